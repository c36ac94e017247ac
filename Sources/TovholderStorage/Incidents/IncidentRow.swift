import Foundation
import GRDB
import TovholderCore

/// A row of `incident`: the report as the reporter filled it in, and the case flow.
struct IncidentRow: StoredRecord, MutablePersistableRecord {
  static let databaseTableName = "incident"

  var id: IncidentID?
  var unitId: UnitID
  var residentId: ResidentID?
  var reporterId: AccountID
  var place: String
  var occurredDay: CalendarDay
  var occurredMonth: String
  var occurredMinute: Int?
  var timeCertainty: TimeCertainty
  var timeZone: String
  var occurredAt: Date
  var categoryCode: String
  var categoryName: String
  var medicineName: String
  var medicineSubstance: String
  var medicineRoute: String
  var medicineStrength: String
  var headline: String
  var course: String
  var consequences: String
  var prevention: String
  var actualConsequence: Consequence
  var possibleConsequence: Consequence
  var severity: Severity
  var status: IncidentStatus
  var rejectionReason: RejectionReason?
  var rejectionComment: String?
  var duplicateOf: IncidentID?
  var analysis = ""
  var feedback = ""
  var registeredAt: Date
  var statusChangedAt: Date
  var statusChangedBy: AccountID?
  var batchId: IncidentBatchID?
  var version = 1
  var updatedAt: Date
  var updatedBy: AccountID?

  enum Columns {
    static let unitId = Column(CodingKeys.unitId)
    static let occurredDay = Column(CodingKeys.occurredDay)
  }

  mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

  /// A newly registered event.
  init(_ r: IncidentReport, categoryName: String, by actor: AccountID, at now: Date) {
    unitId = r.unitID
    reporterId = actor
    place = ""
    occurredDay = r.time.day
    occurredMonth = ""
    timeCertainty = r.time.certainty
    timeZone = r.time.timeZoneID
    occurredAt = now
    categoryCode = r.categoryCode
    self.categoryName = categoryName
    medicineName = ""
    medicineSubstance = ""
    medicineRoute = ""
    medicineStrength = ""
    headline = ""
    course = ""
    consequences = ""
    prevention = ""
    actualConsequence = r.actual
    possibleConsequence = r.possible
    severity = r.severity
    status = .registered
    registeredAt = now
    statusChangedAt = now
    statusChangedBy = actor
    updatedAt = now
    updatedBy = actor
    setReport(r, categoryName: categoryName)
  }

  /// The columns the reporter fills in.
  mutating func setReport(_ r: IncidentReport, categoryName: String) {
    unitId = r.unitID
    residentId = r.residentID
    place = r.place
    occurredDay = r.time.day
    occurredMonth = IncidentMonth(r.time.day).text
    occurredMinute = r.time.minuteOfDay
    timeCertainty = r.time.certainty
    timeZone = r.time.timeZoneID
    occurredAt = r.time.instant
    categoryCode = r.categoryCode
    self.categoryName = categoryName
    medicineName = r.medicine.name
    medicineSubstance = r.medicine.substance
    medicineRoute = r.medicine.route
    medicineStrength = r.medicine.strength
    headline = r.headline
    course = r.description.course
    consequences = r.description.consequences
    prevention = r.description.prevention
    actualConsequence = r.actual
    possibleConsequence = r.possible
    severity = r.severity
  }

  mutating func stamp(_ now: Date, by actor: AccountID) {
    version += 1
    updatedAt = now
    updatedBy = actor
  }

  func report() throws -> IncidentReport {
    guard let zone = TimeZone(identifier: timeZone) else { throw undecodable(id) }
    return IncidentReport(
      unitID: unitId, residentID: residentId, place: place,
      time: IncidentTime(day: occurredDay, minuteOfDay: occurredMinute, certainty: timeCertainty, timeZone: zone),
      categoryCode: categoryCode,
      medicine: MedicineInvolved(
        name: medicineName, substance: medicineSubstance, route: medicineRoute, strength: medicineStrength),
      headline: headline,
      description: IncidentDescription(course: course, consequences: consequences, prevention: prevention),
      actual: actualConsequence, possible: possibleConsequence)
  }

  /// The event as `actor` may see it: the reporter only where the rules allow.
  func incident(reporterName: String, actions: [IncidentAction], actor: Actor) throws -> Incident {
    guard let id else { throw undecodable(nil) }
    let showReporter = IncidentRules.canSeeReporter(unitID: unitId, reporterID: reporterId, actor: actor)
    return Incident(
      id: id, report: try report(), categoryName: categoryName, severity: severity,
      reporter: showReporter ? IncidentPerson(id: reporterId, name: reporterName) : nil,
      registeredAt: registeredAt, status: status, rejection: rejectionReason,
      review: IncidentReview(analysis: analysis, actions: actions, feedback: feedback),
      statusChangedAt: statusChangedAt, batchID: batchId, version: version, rejectionComment: rejectionComment,
      duplicateOf: duplicateOf)
  }

  /// An event with its reporter's name.
  struct WithReporter: Decodable, FetchableRecord {
    var row: IncidentRow
    var reporterName: String

    func incident(actions: [IncidentAction], actor: Actor) throws -> Incident {
      try row.incident(reporterName: reporterName, actions: actions, actor: actor)
    }
  }

  static func fetch(_ db: Database, id: IncidentID) throws -> WithReporter? {
    let request: SQLRequest<WithReporter> = """
      SELECT incident.*, account.displayName AS reporterName FROM incident
      JOIN account ON account.id = incident.reporterId WHERE incident.id = \(id)
      """
    return try request.fetchOne(db)
  }

  /// The event if `actor` may see it; `.notFound` / `.accessDenied` otherwise.
  static func visible(_ db: Database, id: IncidentID, actor: Actor) throws -> WithReporter {
    guard let found = try fetch(db, id: id) else { throw StorageError.notFound }
    guard IncidentRules.canSee(unitID: found.row.unitId, reporterID: found.row.reporterId, actor: actor) else {
      throw StorageError.accessDenied
    }
    return found
  }
}

/// The columns of an event that lists show (queue, own reports, a resident's events, batches).
struct IncidentSummaryRow: Decodable, FetchableRecord {
  var id: IncidentID
  var unitId: UnitID
  var unitName: String
  var residentId: ResidentID?
  var headline: String
  var categoryCode: String
  var categoryName: String
  var severity: Severity
  var status: IncidentStatus
  var occurredDay: CalendarDay
  var registeredAt: Date
  var feedback: String
  var batchId: IncidentBatchID?

  /// `SELECT \(columns) FROM incident JOIN unit ON unit.id = incident.unitId …`
  static let columns: SQL = """
    incident.id, incident.unitId, unit.name AS unitName, incident.residentId, incident.headline,
    incident.categoryCode, incident.categoryName, incident.severity, incident.status, incident.occurredDay,
    incident.registeredAt, incident.feedback, incident.batchId
    """

  init(row: Row) throws {
    do {
      self = try FetchableRecordDecoder().decode(Self.self, from: row)
    } catch {
      throw StorageError.undecodable(table: IncidentRow.databaseTableName, id: IncidentRow.identity(of: row))
    }
  }

  func summary(now: Date) -> IncidentSummary {
    IncidentSummary(
      id: id, unitID: unitId, unitName: unitName, residentID: residentId, headline: headline,
      categoryCode: categoryCode, categoryName: categoryName, severity: severity, status: status,
      occurredDay: occurredDay, registeredAt: registeredAt,
      daysSinceRegistration: IncidentRules.days(
        from: CalendarDay(registeredAt, in: .danish), to: CalendarDay(now, in: .danish)),
      hasFeedback: !feedback.isEmpty, batchID: batchId)
  }
}

/// A row of `incidentAction`: one agreed action of a review, in order.
struct IncidentActionRow: StoredRecord, PersistableRecord {
  static let databaseTableName = "incidentAction"
  static var identityColumns: [String] { ["incidentId", "position"] }

  var incidentId: IncidentID
  var position: Int
  var text: String
  var owner: String
  var due: CalendarDay

  enum Columns {
    static let incidentId = Column(CodingKeys.incidentId)
    static let position = Column(CodingKeys.position)
  }

  var action: IncidentAction { IncidentAction(text: text, owner: owner, due: due) }

  static func actions(_ db: Database, incidentID: IncidentID) throws -> [IncidentAction] {
    try filter(Columns.incidentId == incidentID).order(Columns.position).fetchAll(db).map(\.action)
  }

  static func replace(_ db: Database, incidentID: IncidentID, _ actions: [IncidentAction]) throws {
    try filter(Columns.incidentId == incidentID).deleteAll(db)
    for (i, a) in actions.enumerated() {
      try IncidentActionRow(incidentId: incidentID, position: i, text: a.text, owner: a.owner, due: a.due).insert(db)
    }
  }
}

/// A row of `incidentBatch`: the monthly batch report of a unit.
struct IncidentBatchRow: StoredRecord, MutablePersistableRecord {
  static let databaseTableName = "incidentBatch"

  var id: IncidentBatchID?
  var unitId: UnitID
  var month: String
  var createdAt: Date
  var createdBy: AccountID

  mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
