import Foundation

public typealias IncidentID = Int64
public typealias IncidentBatchID = Int64

/// The medicine involved in a medicine event (lægemiddel, aktivt stof, administrationsvej, styrke).
public struct MedicineInvolved: Hashable, Sendable, Codable {
  public var name: String
  public var substance: String
  public var route: String
  public var strength: String

  public init(name: String = "", substance: String = "", route: String = "", strength: String = "") {
    self.name = name
    self.substance = substance
    self.route = route
    self.strength = strength
  }

  public var isEmpty: Bool {
    [name, substance, route, strength].allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty }
  }
}

/// The free text of a report, guided by the DPSD form's three prompts.
public struct IncidentDescription: Hashable, Sendable, Codable {
  /// What happened before, during and after.
  public var course: String
  /// Consequences for the resident.
  public var consequences: String
  /// Ideas to prevent it happening again.
  public var prevention: String

  public init(course: String = "", consequences: String = "", prevention: String = "") {
    self.course = course
    self.consequences = consequences
    self.prevention = prevention
  }
}

/// What the reporter fills in (the DPSD fields). Used to register and, while the event is
/// still `registered`, to edit it.
public struct IncidentReport: Hashable, Sendable {
  public var unitID: UnitID
  /// Optional: some events concern no one resident.
  public var residentID: ResidentID?
  /// Hændelsessted, e.g. "Køkkenet i Hus A".
  public var place: String
  public var time: IncidentTime
  public var categoryCode: String
  public var medicine: MedicineInvolved
  public var headline: String
  public var description: IncidentDescription
  public var actual: Consequence
  public var possible: Consequence

  public init(
    unitID: UnitID, residentID: ResidentID? = nil, place: String, time: IncidentTime, categoryCode: String,
    medicine: MedicineInvolved = MedicineInvolved(), headline: String,
    description: IncidentDescription, actual: Consequence, possible: Consequence
  ) {
    self.unitID = unitID
    self.residentID = residentID
    self.place = place
    self.time = time
    self.categoryCode = categoryCode
    self.medicine = medicine
    self.headline = headline
    self.description = description
    self.actual = actual
    self.possible = possible
  }

  /// Derived by `SeverityTable`; shown while the reporter chooses.
  public var severity: Severity { SeverityTable.severity(actual: actual, possible: possible) }
}

/// A person named on an event. Only set where the rules let the reader see it.
public struct IncidentPerson: Hashable, Sendable {
  public var id: AccountID
  public var name: String

  public init(id: AccountID, name: String) {
    self.id = id
    self.name = name
  }
}

/// A saved unintended event (UTH).
public struct Incident: Hashable, Sendable, Identifiable {
  public var id: IncidentID
  public var report: IncidentReport
  /// The category's name when the event was saved (kept if the catalogue drops it).
  public var categoryName: String
  public var severity: Severity
  /// The reporter; nil when the reader may not see who reported (see `IncidentRules`).
  public var reporter: IncidentPerson?
  public var registeredAt: Date
  public var status: IncidentStatus
  public var rejection: RejectionReason?
  /// Why, in the leader's words (the national form asks for a reason and a comment).
  public var rejectionComment: String?
  /// The event this one repeats, when rejected as a duplicate.
  public var duplicateOf: IncidentID?
  public var review: IncidentReview
  public var statusChangedAt: Date
  public var batchID: IncidentBatchID?
  public var version: Int

  public init(
    id: IncidentID, report: IncidentReport, categoryName: String, severity: Severity, reporter: IncidentPerson?,
    registeredAt: Date, status: IncidentStatus, rejection: RejectionReason? = nil,
    review: IncidentReview = IncidentReview(), statusChangedAt: Date, batchID: IncidentBatchID? = nil,
    version: Int = 1, rejectionComment: String? = nil, duplicateOf: IncidentID? = nil
  ) {
    self.rejectionComment = rejectionComment
    self.duplicateOf = duplicateOf
    self.id = id
    self.report = report
    self.categoryName = categoryName
    self.severity = severity
    self.reporter = reporter
    self.registeredAt = registeredAt
    self.status = status
    self.rejection = rejection
    self.review = review
    self.statusChangedAt = statusChangedAt
    self.batchID = batchID
    self.version = version
  }

  /// Whole days from registration to `now` (the leader's queue shows it).
  public func daysSinceRegistration(now: Date, in timeZone: TimeZone = .danish) -> Int {
    IncidentRules.days(from: CalendarDay(registeredAt, in: timeZone), to: CalendarDay(now, in: timeZone))
  }
}
