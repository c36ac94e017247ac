/// One field of a `Form`: a label, a required mark, an input and an error message line.
public struct FormField: Sendable {
  public enum Input: Sendable, Equatable {
    case text(TextFieldState, secret: Bool)
    /// Multi-line text, `height` rows tall.
    case area(TextAreaState, height: Int)
    case date(DateFieldState)
    case time(TimeFieldState)
    /// One of `options` (index into it), chosen with a `Picker`.
    case choice(options: [String], selected: Int?)
    /// Any of `options` (indices into it), checked in a `Picker` of several.
    case multiChoice(options: [String], selected: Set<Int>)
  }

  /// The caller's name for the field (to read values and set messages).
  public var id: String
  public var label: String
  public var isRequired: Bool
  public var input: Input
  /// Shown under the field (as an error) when set.
  public var message: String?
  /// Returns a message when `value` is not acceptable. Run by `FormState.validateAll()`.
  public var validate: (@Sendable (String) -> String?)?

  public init(
    id: String, label: String, isRequired: Bool = false, input: Input,
    validate: (@Sendable (String) -> String?)? = nil
  ) {
    self.id = id
    self.label = label
    self.isRequired = isRequired
    self.input = input
    self.validate = validate
  }

  public static func text(
    id: String, label: String, text: String = "", isRequired: Bool = false, secret: Bool = false,
    maxLength: Int? = TextFieldState.defaultMaxLength, validate: (@Sendable (String) -> String?)? = nil
  ) -> FormField {
    FormField(
      id: id, label: label, isRequired: isRequired,
      input: .text(TextFieldState(text: text, maxLength: maxLength), secret: secret), validate: validate)
  }

  /// The field's value as text: the typed text, or the chosen option ("" when none).
  public var value: String {
    switch input {
    case .text(let s, _): return s.text
    case .area(let s, _): return s.text
    case .date(let s): return s.text
    case .time(let s): return s.text
    case .choice(let options, let selected):
      return selected.flatMap { options.indices.contains($0) ? options[$0] : nil } ?? ""
    case .multiChoice(let options, let selected):
      return options.indices.filter(selected.contains).map { options[$0] }.joined(separator: ", ")
    }
  }

  /// The limit the field's text passes (it came in too long), or nil.
  public var exceededLimit: Int? {
    switch input {
    case .text(let s, _): return s.isOverLimit ? s.maxLength : nil
    case .area(let s, _): return s.isOverLimit ? s.maxLength : nil
    default: return nil
    }
  }

  /// The chosen option's index for a choice field.
  public var selectedOption: Int? {
    if case .choice(_, let selected) = input { return selected }
    return nil
  }

  public var isSingleLine: Bool {
    if case .area = input { return false }
    return true
  }

  /// Rows the input takes (without the message line).
  var inputHeight: Int {
    if case .area(_, let height) = input { return max(1, height) }
    return 1
  }

  var height: Int { inputHeight + (message == nil ? 0 : 1) }
}
