/// A text field for a date typed in Danish form (see `DateInput` for what is accepted).
public struct DateFieldState: Sendable, Equatable {
  public var field: TextFieldState

  public init() { field = TextFieldState(text: "", maxLength: 16) }

  public init(date: (some CalendarDate)?) {
    field = TextFieldState(text: date?.fieldText ?? "", maxLength: 16)
  }

  public var text: String {
    get { field.text }
    set { field.text = newValue }
  }
  public var cursor: Point? { field.cursor }

  public func value<Day: CalendarDate>(today: Day) -> Result<Day, DateInputError> {
    DateInput.parse(field.text, today: today)
  }

  /// Rewrites a valid entry in the standard form ("i går" → "23-12-2026"). Returns whether it was valid.
  @discardableResult
  public mutating func normalize(today: some CalendarDate) -> Bool {
    guard case .success(let d) = value(today: today) else { return false }
    if field.text != d.fieldText { field.text = d.fieldText }
    return true
  }

  public mutating func handle(_ key: Key) -> Bool { field.handle(key) }
}

/// A text field for a time of day (see `TimeInput`).
public struct TimeFieldState: Sendable, Equatable {
  public var field: TextFieldState

  public init() { field = TextFieldState(text: "", maxLength: 8) }

  public init(time: (some ClockTime)?) {
    field = TextFieldState(text: time?.fieldText ?? "", maxLength: 8)
  }

  public var text: String {
    get { field.text }
    set { field.text = newValue }
  }
  public var cursor: Point? { field.cursor }

  public func value<Time: ClockTime>(now: Time) -> Result<Time, TimeInputError> {
    TimeInput.parse(field.text, now: now)
  }

  /// Rewrites a valid entry as "14:05". Returns whether it was valid.
  @discardableResult
  public mutating func normalize(now: some ClockTime) -> Bool {
    guard case .success(let t) = value(now: now) else { return false }
    if field.text != t.fieldText { field.text = t.fieldText }
    return true
  }

  public mutating func handle(_ key: Key) -> Bool { field.handle(key) }
}

/// Draws a `DateFieldState` or `TimeFieldState` as a text field.
public struct DateField: Sendable {
  public var textField: TextField
  public init(isFocused: Bool = true, placeholder: String = "") {
    textField = TextField(isFocused: isFocused, placeholder: placeholder)
  }
  public func render(into buffer: inout Buffer, area: Rect, state: inout DateFieldState) {
    textField.render(into: &buffer, area: area, state: &state.field)
  }
}

public struct TimeField: Sendable {
  public var textField: TextField
  public init(isFocused: Bool = true, placeholder: String = "") {
    textField = TextField(isFocused: isFocused, placeholder: placeholder)
  }
  public func render(into buffer: inout Buffer, area: Rect, state: inout TimeFieldState) {
    textField.render(into: &buffer, area: area, state: &state.field)
  }
}
