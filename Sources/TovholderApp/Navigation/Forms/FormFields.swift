import Foundation
import TerminalUI
import TovholderCore

/// The ids of one form's fields: an enum per form, never a position. `key` names the field in
/// the form's draft, so it stays the same between releases.
public protocol FormFieldID: Hashable, Sendable {
  var key: String { get }
}

extension FormFieldID where Self: RawRepresentable, RawValue == String {
  public var key: String { rawValue }
}

/// One option of a choice: a stable key (a code or a row id) and the words shown. The form and
/// its draft keep the key, so a list that changes order never changes what was chosen.
public struct ChoiceOption: Hashable, Sendable {
  public var key: String
  public var label: String

  public init(_ key: String, _ label: String) {
    self.key = key
    self.label = label
  }

  public init(id: Int64, _ label: String) { self.init(String(id), label) }
}

/// Most characters a field takes, by purpose.
public enum FieldLimit {
  /// A note, a description, minutes: as long as a UTH's course of events.
  public static let note = 20_000
  /// One line of text: a headline, a place, what was agreed.
  public static let line = 200
  public static let name = 120
  public static let phone = 40
  public static let email = 254
  public static let password = 256
}

/// What a field holds and how it is typed.
public enum FieldKind: Sendable {
  case text(maxLength: Int)
  /// Typed text shown as dots, never kept in a draft.
  case secret(maxLength: Int)
  case textArea(maxLength: Int, height: Int)
  /// Digits, a decimal comma when `decimals` > 0, a minus when `range` allows one.
  case number(decimals: Int, range: ClosedRange<Double>?)
  case date
  case time
  case choice([ChoiceOption])
  case multiChoice([ChoiceOption])
  case yesNo
}

/// One field of a form: its id, label, kind, required mark, first value and own check.
public struct FieldSpec<ID: FormFieldID>: Sendable {
  public var id: ID
  public var label: String
  public var kind: FieldKind
  public var isRequired: Bool
  /// The value the field opens with, as the form keeps it: text as typed, a choice as its
  /// option's key, several choices as keys joined by ",", yes/no as "yes" or "no".
  public var initial: String
  /// A message when the (non-empty) value is not acceptable; run with Ctrl-S.
  public var validate: (@Sendable (String) -> String?)?
  /// What a required field says when left empty, if more helpful than "must be filled in".
  public var requiredMessage: String?

  public init(
    _ id: ID, _ label: String, kind: FieldKind, required: Bool = false, initial: String = "",
    validate: (@Sendable (String) -> String?)? = nil
  ) {
    self.id = id
    self.label = label
    self.kind = kind
    self.isRequired = required
    self.initial = initial
    self.validate = validate
  }

  public static func text(
    _ id: ID, _ label: String, _ value: String = "", required: Bool = false, max: Int = FieldLimit.line,
    validate: (@Sendable (String) -> String?)? = nil
  ) -> FieldSpec {
    FieldSpec(id, label, kind: .text(maxLength: max), required: required, initial: value, validate: validate)
  }

  public static func secret(_ id: ID, _ label: String, required: Bool = false, max: Int = FieldLimit.password)
    -> FieldSpec
  {
    FieldSpec(id, label, kind: .secret(maxLength: max), required: required)
  }

  public static func area(
    _ id: ID, _ label: String, _ value: String = "", height: Int, required: Bool = false,
    max: Int = FieldLimit.note
  ) -> FieldSpec {
    FieldSpec(id, label, kind: .textArea(maxLength: max, height: height), required: required, initial: value)
  }

  public static func number(
    _ id: ID, _ label: String, _ value: String = "", required: Bool = false, decimals: Int = 0,
    range: ClosedRange<Double>? = nil, validate: (@Sendable (String) -> String?)? = nil
  ) -> FieldSpec {
    FieldSpec(
      id, label, kind: .number(decimals: decimals, range: range), required: required, initial: value,
      validate: validate)
  }

  public static func date(_ id: ID, _ label: String, _ day: CalendarDay?, required: Bool = false) -> FieldSpec {
    FieldSpec(id, label, kind: .date, required: required, initial: day?.fieldText ?? "")
  }

  public static func time(_ id: ID, _ label: String, _ time: TimeOfDay?, required: Bool = false) -> FieldSpec {
    FieldSpec(id, label, kind: .time, required: required, initial: time?.fieldText ?? "")
  }

  public static func choice(
    _ id: ID, _ label: String, _ options: [ChoiceOption], _ selected: String?, required: Bool = false
  ) -> FieldSpec {
    FieldSpec(id, label, kind: .choice(options), required: required, initial: selected ?? "")
  }

  public static func multi(
    _ id: ID, _ label: String, _ options: [ChoiceOption], _ selected: Set<String>, required: Bool = false
  ) -> FieldSpec {
    let keys = options.map(\.key).filter(selected.contains)
    return FieldSpec(id, label, kind: .multiChoice(options), required: required, initial: keys.joined(separator: ","))
  }

  public static func yesNo(_ id: ID, _ label: String, _ value: Bool?, required: Bool = false) -> FieldSpec {
    FieldSpec(id, label, kind: .yesNo, required: required, initial: value.map { $0 ? "yes" : "no" } ?? "")
  }

  /// The same field, saying `message` when it is left empty.
  public func whenEmpty(_ message: String) -> FieldSpec {
    var spec = self
    spec.requiredMessage = message
    return spec
  }

  /// The choice options of a choice, multi-choice or yes/no field.
  func options(_ t: Texts) -> [ChoiceOption]? {
    switch kind {
    case .choice(let o), .multiChoice(let o): return o
    case .yesNo: return [ChoiceOption("no", t("answer.no")), ChoiceOption("yes", t("answer.yes"))]
    default: return nil
    }
  }
}
