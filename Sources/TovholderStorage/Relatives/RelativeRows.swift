import Foundation
import GRDB
import TovholderCore

/// Rows of the relatives tables as domain values.
enum RelativeRows {
  static func day(_ row: Row, _ column: String) -> CalendarDay? {
    (row[column] as String?).flatMap(CalendarDay.init(iso:))
  }

  static func nonEmpty(_ s: String?) -> String? {
    guard let t = s?.trimmingCharacters(in: .whitespacesAndNewlines), !t.isEmpty else { return nil }
    return t
  }

  static func relative(_ row: Row) -> Relative {
    Relative(
      id: row["id"], residentID: row["residentId"], name: row["name"], relation: row["relation"],
      phone: row["phone"], email: row["email"], address: row["address"],
      preferredContact: (row["preferredContact"] as String?).flatMap(PreferredContact.init(rawValue:)),
      notes: row["notes"], chosenByResident: row["chosenByResident"], version: row["version"])
  }

  static func relatives(_ db: Database, residentID: ResidentID) throws -> [Relative] {
    try Row.fetchAll(
      db, sql: "SELECT * FROM relative WHERE residentId = ? ORDER BY name COLLATE danish, id", arguments: [residentID]
    )
    .map(relative)
  }

  static func fetchRelative(_ db: Database, id: RelativeID) throws -> Relative? {
    try Row.fetchOne(db, sql: "SELECT * FROM relative WHERE id = ?", arguments: [id]).map(relative)
  }

  static let consentSelect = """
    SELECT c.*, a.displayName AS recordedByName, w.displayName AS withdrawnByName
    FROM relativeConsent c JOIN account a ON a.id = c.recordedBy
    LEFT JOIN account w ON w.id = c.withdrawnBy
    """

  static func consent(_ row: Row) -> Consent {
    Consent(
      id: row["id"], residentID: row["residentId"], relativeID: row["relativeId"], kindCode: row["kindCode"],
      givenOn: day(row, "givenOn")!, form: ConsentForm(rawValue: row["form"]) ?? .oral,
      givenBy: (row["givenByGuardianshipId"] as Int64?).map { .guardian($0) } ?? .resident,
      recordedByID: row["recordedBy"], recordedByName: row["recordedByName"], endsOn: day(row, "endsOn"),
      withdrawnOn: day(row, "withdrawnOn"), withdrawnByName: row["withdrawnByName"], note: row["note"])
  }

  static func consents(_ db: Database, residentID: ResidentID) throws -> [Consent] {
    try Row.fetchAll(
      db, sql: "\(consentSelect) WHERE c.residentId = ? ORDER BY c.givenOn, c.id", arguments: [residentID]
    )
    .map(consent)
  }

  static func fetchConsent(_ db: Database, id: ConsentID) throws -> Consent? {
    try Row.fetchOne(db, sql: "\(consentSelect) WHERE c.id = ?", arguments: [id]).map(consent)
  }

  static func guardianship(_ row: Row) -> Guardianship {
    let guardian: Guardian =
      (row["guardianRelativeId"] as Int64?).map { .relative($0) }
      ?? .outside(name: row["outsideName"] ?? "", contact: row["outsideContact"] ?? "")
    var areas = Set<GuardianshipArea>()
    if row["economic"] as Bool { areas.insert(.economic) }
    if row["personal"] as Bool { areas.insert(.personal) }
    let matters = (row["namedMatters"] as String).split(separator: "\n").map(String.init)
    let kinds = (row["limitedToKinds"] as String?).map { Set($0.split(separator: ",").map(String.init)) }
    return Guardianship(
      id: row["id"], residentID: row["residentId"], guardian: guardian,
      section: GuardianshipSection(rawValue: row["section"]) ?? .section5, areas: areas, namedMatters: matters,
      limitedToKinds: kinds, decidedOn: day(row, "decidedOn")!, endsOn: day(row, "endsOn"), version: row["version"])
  }

  static func guardianships(_ db: Database, residentID: ResidentID) throws -> [Guardianship] {
    try Row.fetchAll(
      db, sql: "SELECT * FROM guardianship WHERE residentId = ? ORDER BY decidedOn, id", arguments: [residentID]
    )
    .map(guardianship)
  }

  static func fetchGuardianship(_ db: Database, id: GuardianshipID) throws -> Guardianship? {
    try Row.fetchOne(db, sql: "SELECT * FROM guardianship WHERE id = ?", arguments: [id]).map(guardianship)
  }

  static let contactSelect = "SELECT \(contactColumns) \(contactFrom)"
  static let contactColumns = "l.*, s.displayName AS staffName, o.displayName AS ownerName, r.name AS relativeName"
  static let contactFrom = """
    FROM contactLog l JOIN account s ON s.id = l.staffId
    LEFT JOIN account o ON o.id = l.followUpOwnerId
    LEFT JOIN relative r ON r.id = l.relativeId
    """

  static func contact(_ row: Row) -> ContactLogEntry {
    var followUp: ContactLogEntry.FollowUp?
    if let owner = row["followUpOwnerId"] as Int64?, let due = day(row, "followUpDue") {
      followUp = .init(ownerID: owner, ownerName: row["ownerName"] ?? "", due: due, doneOn: day(row, "followUpDoneOn"))
    }
    return ContactLogEntry(
      id: row["id"], residentID: row["residentId"], relativeID: row["relativeId"], relativeName: row["relativeName"],
      kind: ContactKind(rawValue: row["kind"]) ?? .call, occurredOn: day(row, "occurredOn")!,
      staffID: row["staffId"], staffName: row["staffName"], said: row["said"], agreed: row["agreed"],
      toldAboutHealth: row["toldAboutHealth"],
      uncoveredSharing: ((row["uncoveredSharing"] as String?) ?? "").split(separator: ",").map(String.init),
      uncoveredSeenAt: row["uncoveredSeenAt"], followUp: followUp, version: row["version"])
  }

  static func fetchContact(_ db: Database, id: ContactLogEntryID) throws -> ContactLogEntry? {
    try Row.fetchOne(db, sql: "\(contactSelect) WHERE l.id = ?", arguments: [id]).map(contact)
  }
}
