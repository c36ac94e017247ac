import Foundation
import GRDB
import TovholderCore

/// Reading and writing `incident` rows.
enum IncidentRows {
  static let select = """
    SELECT incident.*, account.displayName AS reporterName FROM incident
    JOIN account ON account.id = incident.reporterId
    """

  static func report(_ row: Row) -> IncidentReport {
    let day = CalendarDay(iso: row["occurredDay"]) ?? CalendarDay(year: 1970, month: 1, day: 1)!
    let zone = TimeZone(identifier: row["timeZone"]) ?? .danish
    let certainty = TimeCertainty(rawValue: row["timeCertainty"]) ?? .unknown
    return IncidentReport(
      unitID: row["unitId"], residentID: row["residentId"], place: row["place"],
      time: IncidentTime(day: day, minuteOfDay: row["occurredMinute"], certainty: certainty, timeZone: zone),
      categoryCode: row["categoryCode"],
      medicine: MedicineInvolved(
        name: row["medicineName"], substance: row["medicineSubstance"], route: row["medicineRoute"],
        strength: row["medicineStrength"]),
      headline: row["headline"],
      description: IncidentDescription(
        course: row["course"], consequences: row["consequences"], prevention: row["prevention"]),
      actual: Consequence(rawValue: row["actualConsequence"]) ?? .none,
      possible: Consequence(rawValue: row["possibleConsequence"]) ?? .none)
  }

  /// The event as `actor` may see it: the reporter only where the rules allow.
  static func incident(_ row: Row, actions: [IncidentAction], actor: Actor) -> Incident {
    let reporterID: AccountID = row["reporterId"]
    let unitID: UnitID = row["unitId"]
    let showReporter = IncidentRules.canSeeReporter(unitID: unitID, reporterID: reporterID, actor: actor)
    return Incident(
      id: row["id"], report: report(row), categoryName: row["categoryName"],
      severity: Severity(rawValue: row["severity"]) ?? .noHarm,
      reporter: showReporter ? IncidentPerson(id: reporterID, name: row["reporterName"]) : nil,
      registeredAt: row["registeredAt"], status: IncidentStatus(rawValue: row["status"]) ?? .registered,
      rejection: (row["rejectionReason"] as String?).flatMap(RejectionReason.init(rawValue:)),
      review: IncidentReview(analysis: row["analysis"], actions: actions, feedback: row["feedback"]),
      statusChangedAt: row["statusChangedAt"], batchID: row["batchId"], version: row["version"])
  }

  static func actions(_ db: Database, incidentID: IncidentID) throws -> [IncidentAction] {
    try Row.fetchAll(
      db, sql: "SELECT * FROM incidentAction WHERE incidentId = ? ORDER BY position", arguments: [incidentID]
    ).compactMap { row in
      guard let due = CalendarDay(iso: row["due"]) else { return nil }
      return IncidentAction(text: row["text"], owner: row["owner"], due: due)
    }
  }

  static func replaceActions(_ db: Database, incidentID: IncidentID, _ actions: [IncidentAction]) throws {
    try db.execute(sql: "DELETE FROM incidentAction WHERE incidentId = ?", arguments: [incidentID])
    for (i, a) in actions.enumerated() {
      try db.execute(
        sql: "INSERT INTO incidentAction (incidentId, position, text, owner, due) VALUES (?, ?, ?, ?, ?)",
        arguments: [incidentID, i, a.text, a.owner, a.due.iso])
    }
  }

  static func fetchRow(_ db: Database, id: IncidentID) throws -> Row? {
    try Row.fetchOne(db, sql: "\(select) WHERE incident.id = ?", arguments: [id])
  }

  /// The row if `actor` may see the event; `.notFound` / `.accessDenied` otherwise.
  static func visibleRow(_ db: Database, id: IncidentID, actor: Actor) throws -> Row {
    guard let row = try fetchRow(db, id: id) else { throw StorageError.notFound }
    guard IncidentRules.canSee(unitID: row["unitId"], reporterID: row["reporterId"], actor: actor) else {
      throw StorageError.accessDenied
    }
    return row
  }

  /// The columns a report fills, in the order of `reportArguments`.
  static let reportColumns = [
    "unitId", "residentId", "place", "occurredDay", "occurredMonth", "occurredMinute", "timeCertainty",
    "timeZone", "occurredAt", "categoryCode", "categoryName", "medicineName", "medicineSubstance",
    "medicineRoute", "medicineStrength", "headline", "course", "consequences", "prevention",
    "actualConsequence", "possibleConsequence", "severity",
  ]

  static func reportArguments(_ r: IncidentReport, categoryName: String) -> StatementArguments {
    [
      r.unitID, r.residentID, r.place, r.time.day.iso, IncidentMonth(r.time.day).text, r.time.minuteOfDay,
      r.time.certainty.rawValue, r.time.timeZoneID, r.time.instant, r.categoryCode, categoryName,
      r.medicine.name, r.medicine.substance, r.medicine.route, r.medicine.strength, r.headline,
      r.description.course, r.description.consequences, r.description.prevention, r.actual.rawValue,
      r.possible.rawValue, r.severity.rawValue,
    ]
  }

  static func summary(_ row: Row, now: Date) -> IncidentSummary {
    let registeredAt: Date = row["registeredAt"]
    let day = CalendarDay(iso: row["occurredDay"]) ?? CalendarDay(year: 1970, month: 1, day: 1)!
    return IncidentSummary(
      id: row["id"], unitID: row["unitId"], unitName: row["unitName"], residentID: row["residentId"],
      headline: row["headline"], categoryCode: row["categoryCode"], categoryName: row["categoryName"],
      severity: Severity(rawValue: row["severity"]) ?? .noHarm,
      status: IncidentStatus(rawValue: row["status"]) ?? .registered, occurredDay: day,
      registeredAt: registeredAt,
      daysSinceRegistration: IncidentRules.days(
        from: CalendarDay(registeredAt, in: .danish), to: CalendarDay(now, in: .danish)),
      hasFeedback: !((row["feedback"] as String?) ?? "").isEmpty, batchID: row["batchId"])
  }
}
