import Foundation

public typealias ScreeningID = Int64
public typealias AssignmentID = Int64

/// A recorded screening: the values entered (and derived), when it was taken, and any flags.
public struct Screening: Hashable, Sendable, Identifiable {
  public var id: ScreeningID
  public var residentID: ResidentID
  public var templateKey: String
  /// When the measurement was taken (UTC instant) and the zone it was entered in.
  public var takenAt: Date
  public var timeZoneID: String
  /// Entered values, carried-forward values and derived values, by field key.
  public var values: [String: ScreeningValue]
  public var note: String
  public var flags: [ScreeningFlag]
  public var recordedByName: String
  /// Set once a nurse or leader has looked at a flagged screening.
  public var seen: Seen?
  public var version: Int

  public struct Seen: Hashable, Sendable {
    public var byName: String
    public var at: Date
    public var note: String
    public init(byName: String, at: Date, note: String) {
      self.byName = byName
      self.at = at
      self.note = note
    }
  }

  public init(
    id: ScreeningID, residentID: ResidentID, templateKey: String, takenAt: Date,
    timeZoneID: String = "Europe/Copenhagen", values: [String: ScreeningValue], note: String = "",
    flags: [ScreeningFlag] = [], recordedByName: String = "", seen: Seen? = nil, version: Int = 1
  ) {
    self.id = id
    self.residentID = residentID
    self.templateKey = templateKey
    self.takenAt = takenAt
    self.timeZoneID = timeZoneID
    self.values = values
    self.note = note
    self.flags = flags
    self.recordedByName = recordedByName
    self.seen = seen
    self.version = version
  }

  public var isFlagged: Bool { !flags.isEmpty }
  public var day: CalendarDay { CalendarDay(takenAt, in: TimeZone(identifier: timeZoneID) ?? .danish) }
}

/// What is needed to record a screening. `takenAt` nil means now.
public struct NewScreening: Sendable {
  public var residentID: ResidentID
  public var templateKey: String
  public var takenAt: Date?
  public var values: [String: ScreeningValue]
  public var note: String

  public init(
    residentID: ResidentID, templateKey: String, takenAt: Date? = nil, values: [String: ScreeningValue],
    note: String = ""
  ) {
    self.residentID = residentID
    self.templateKey = templateKey
    self.takenAt = takenAt
    self.values = values
    self.note = note
  }
}

/// Everything the health area can refuse. Carries field keys and limits, never personal data.
public enum HealthError: Error, Equatable, Sendable {
  case unknownTemplate(String)
  case unknownField(String)
  case missingValue(field: String)
  /// A value that cannot be right (700 kg): refused, not flagged.
  case outOfValidRange(field: String, min: Double, max: Double)
  /// A number where yes/no was expected, or the like.
  case wrongKind(field: String)
  case textTooLong(field: String, max: Int)
  case noteTooLong(max: Int)
  case takenInFuture
  /// Mark-seen needs a short note of what was done.
  case emptySeenNote
  case notFlagged
  /// Exporting health data for the GP needs the resident's recorded health consent.
  case noHealthConsent
  case invalidTemplate(TemplateProblem)
  case invalidInterval
  case invalidCatalogue(String)
  /// The person named responsible does not work in the resident's unit.
  case responsibleNotInUnit
}

/// Why a template the home defines is refused.
public enum TemplateProblem: Error, Equatable, Sendable {
  case invalidKey
  case keyTaken
  case emptyName
  case noFields
  case duplicateField(String)
  case emptyFieldName(String)
  case normalOutsideValid(String)
  case ruleNamesUnknownField(String)
  /// A field already recorded in screenings would be removed or change kind or unit.
  case fieldInUse(String)
}
