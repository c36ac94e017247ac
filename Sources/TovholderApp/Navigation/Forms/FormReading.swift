import Foundation
import TerminalUI
import TovholderCore

/// What a form holds, read by field id as the save function needs it. After the engine's
/// checks every date, time and number here parses; a reader returns nil for an empty field.
public struct FormReading<ID: FormFieldID>: Sendable {
  let values: [String: String]
  let kinds: [String: FieldKind]
  let today: CalendarDay
  let now: TimeOfDay
  public let timeZone: TimeZone

  /// The value as the form keeps it (a choice: its key).
  public func raw(_ id: ID) -> String { values[id.key] ?? "" }

  /// Text without blanks around it.
  public func text(_ id: ID) -> String { raw(id).trimmingCharacters(in: .whitespacesAndNewlines) }

  public func isEmpty(_ id: ID) -> Bool { text(id).isEmpty }

  /// The chosen option's key.
  public func choice(_ id: ID) -> String? {
    let v = raw(id)
    return v.isEmpty ? nil : v
  }

  /// The chosen option's key as a row id.
  public func rowID(_ id: ID) -> Int64? { choice(id).flatMap { Int64($0) } }

  public func choices(_ id: ID) -> Set<String> { Set(raw(id).split(separator: ",").map(String.init)) }

  /// A yes/no field: nil while not answered.
  public func flag(_ id: ID) -> Bool? {
    switch raw(id) {
    case "yes": return true
    case "no": return false
    default: return nil
    }
  }

  public func number(_ id: ID) -> Double? { FormChecks.number(text(id)) }

  public func integer(_ id: ID) -> Int? { number(id).flatMap { $0 == $0.rounded() ? Int(exactly: $0) : nil } }

  public func day(_ id: ID) -> CalendarDay? {
    guard !isEmpty(id), case .success(let d) = DateInput.parse(text(id), today: today) else { return nil }
    return d
  }

  public func time(_ id: ID) -> TimeOfDay? {
    guard !isEmpty(id), case .success(let t) = TimeInput.parse(text(id), now: now) else { return nil }
    return t
  }

  /// The moment of a date field and a time field, in the session's zone.
  public func instant(_ dayID: ID, _ timeID: ID) -> Date? {
    guard let d = day(dayID), let t = time(timeID) else { return nil }
    return d.instant(at: t, in: timeZone)
  }
}

/// A problem with one field, found while saving; shown under the field.
public struct FieldProblem: Error {
  public var key: String
  public var message: String

  public init<ID: FormFieldID>(_ id: ID, _ message: String) {
    key = id.key
    self.message = message
  }
}

/// Several field problems at once (all go on their fields; focus on the first).
public struct FieldProblems: Error {
  public var problems: [FieldProblem]
  public init(_ problems: [FieldProblem]) { self.problems = problems }
}

/// What a save did: the words for the message line, the saved row (a list below selects
/// it) and where to go.
public struct FormSaved {
  public var message: String?
  public var kind: AppContext.Message.Kind
  public var savedID: Int64?
  public var then: ScreenAction

  public init(
    _ message: String?, kind: AppContext.Message.Kind = .info, savedID: Int64? = nil, then: ScreenAction = .pop
  ) {
    self.message = message
    self.kind = kind
    self.savedID = savedID
    self.then = then
  }
}
