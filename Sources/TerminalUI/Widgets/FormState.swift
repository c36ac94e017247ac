/// The fields, focus, scroll position and open choice picker of a `Form`.
///
/// Keys: Tab/Shift-Tab move focus (wrapping); Down/Up move focus from single-line fields (and
/// from a text area's last/first row), not consumed at the last/first field; a choice field
/// opens its picker on Enter, Space or a typed character (which starts the filter; matches
/// where a word starts) and steps through options with Left/Right; a field of several choices
/// opens a picker where Space checks; every other key goes to the focused input. Esc in an
/// open picker closes only the picker and keeps the choice. Enter on a single-line field is
/// not consumed (the screen takes it: next field, or save).
public struct FormState: Sendable {
  public var fields: [FormField]
  public private(set) var focus = 0
  /// First content row shown, kept up to date by `render`.
  public internal(set) var scrollRow = 0
  /// Where the terminal cursor belongs after the last `render`.
  public internal(set) var cursor: Point?
  /// The picker of the focused choice field while it is open.
  public internal(set) var picker: PickerState?
  /// When set, an empty required field gets this message from `validateAll()`.
  public var requiredMessage: String?
  /// The paste the focused field refused for its length on the last key (nil otherwise); the
  /// field's message says so too, and its text is as it was before the paste.
  public private(set) var refusedPaste: RefusedPaste?

  public init(fields: [FormField], requiredMessage: String? = nil) {
    self.fields = fields
    self.requiredMessage = requiredMessage
  }

  public func index(of id: String) -> Int? { fields.firstIndex { $0.id == id } }
  public func value(_ id: String) -> String { index(of: id).map { fields[$0].value } ?? "" }
  public var focusedField: FormField? { fields.indices.contains(focus) ? fields[focus] : nil }

  public mutating func setFocus(_ index: Int) {
    guard fields.indices.contains(index) else { return }
    picker = nil
    focus = index
  }

  public mutating func setFocus(id: String) { if let i = index(of: id) { setFocus(i) } }

  public mutating func setMessage(_ message: String?, for id: String) {
    if let i = index(of: id) { fields[i].message = message }
  }

  /// The message `field` should show now (nil when its value is acceptable).
  private func check(_ field: FormField) -> String? {
    if field.isRequired, let requiredMessage, field.value.allSatisfy(\.isWhitespace) { return requiredMessage }
    if let limit = field.exceededLimit { return FormTexts.tooLong(limit) }
    return field.validate?(field.value)
  }

  /// Validates every field, sets or clears their messages, and focuses the first failing
  /// field. Returns whether all fields are acceptable.
  @discardableResult
  public mutating func validateAll() -> Bool {
    var first: Int?
    for i in fields.indices {
      fields[i].message = check(fields[i])
      if fields[i].message != nil, first == nil { first = i }
    }
    if let first { setFocus(first) }
    return first == nil
  }

  private mutating func move(_ delta: Int, wrap: Bool) -> Bool {
    guard !fields.isEmpty else { return false }
    var target = focus + delta
    if wrap {
      target = (target % fields.count + fields.count) % fields.count
    } else if !fields.indices.contains(target) {
      return false
    }
    // A field that showed a message is checked again as it is left, so fixed errors go away.
    if fields.indices.contains(focus), fields[focus].message != nil { fields[focus].message = check(fields[focus]) }
    setFocus(target)
    return true
  }

  public mutating func handle(_ key: Key) -> Bool {
    refusedPaste = nil
    if var open = picker {
      _ = open.handle(key)
      switch open.result {
      case .chosen(let item):
        if case .choice(let options, _) = fields[focus].input {
          fields[focus].input = .choice(options: options, selected: item)
        }
        picker = nil
      case .checked(let items):
        if case .multiChoice(let options, _) = fields[focus].input {
          fields[focus].input = .multiChoice(options: options, selected: items)
        }
        picker = nil
      case .cancelled: picker = nil
      case nil: picker = open
      }
      return true
    }
    switch key {
    case .tab: return move(1, wrap: true)
    case .backTab: return move(-1, wrap: true)
    default: break
    }
    guard fields.indices.contains(focus) else { return false }
    switch fields[focus].input {
    case .text(var s, let secret):
      if key == .down || key == .up { return move(key == .down ? 1 : -1, wrap: false) }
      let used = s.handle(key)
      fields[focus].input = .text(s, secret: secret)
      noteRefusal(s.refusedPaste)
      return used
    case .date(var s):
      if key == .down || key == .up { return move(key == .down ? 1 : -1, wrap: false) }
      let used = s.handle(key)
      fields[focus].input = .date(s)
      return used
    case .time(var s):
      if key == .down || key == .up { return move(key == .down ? 1 : -1, wrap: false) }
      let used = s.handle(key)
      fields[focus].input = .time(s)
      return used
    case .area(var s, let height):
      let used = s.handle(key)
      fields[focus].input = .area(s, height: height)
      noteRefusal(s.refusedPaste)
      if !used, key == .down || key == .up { return move(key == .down ? 1 : -1, wrap: false) }
      return used
    case .choice(let options, let selected):
      switch key {
      case .down, .up: return move(key == .down ? 1 : -1, wrap: false)
      case .enter, .char(" "):
        picker = PickerState(items: options, selected: selected, wordStartsOnly: true)
      case .char(let c) where TextMatch.isPrintable(c):
        var p = PickerState(items: options, selected: selected, wordStartsOnly: true)
        p.setFilter(String(c))
        picker = p
      case .left, .right:
        guard !options.isEmpty else { return true }
        let step = key == .right ? 1 : -1
        let next = selected.map { ($0 + step + options.count) % options.count } ?? 0
        fields[focus].input = .choice(options: options, selected: next)
      case .backspace, .delete:
        fields[focus].input = .choice(options: options, selected: nil)
      default: return false
      }
      return true
    case .multiChoice(let options, let selected):
      switch key {
      case .down, .up: return move(key == .down ? 1 : -1, wrap: false)
      case .enter, .char(" "):
        picker = PickerState(items: options, selected: selected.min(), checked: selected, wordStartsOnly: true)
      case .char(let c) where TextMatch.isPrintable(c):
        var p = PickerState(items: options, selected: selected.min(), checked: selected, wordStartsOnly: true)
        p.setFilter(String(c))
        picker = p
      case .backspace, .delete:
        fields[focus].input = .multiChoice(options: options, selected: [])
      default: return false
      }
      return true
    }
  }

  private mutating func noteRefusal(_ refusal: RefusedPaste?) {
    guard let refusal else { return }
    refusedPaste = refusal
    fields[focus].message = FormTexts.pasteTooLong(refusal.length, refusal.limit)
  }
}
