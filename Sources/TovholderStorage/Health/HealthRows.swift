import Foundation
import GRDB
import TovholderCore

enum HealthRows {
  /// Catalogue templates merged with the home's own (active ones).
  static func catalogue(_ db: Database, builtIn: HealthCatalogue) throws -> HealthCatalogue {
    let custom = try ScreeningTemplateRow.filter(Column("isActive")).order(Column("key")).fetchAll(db)
      .map(\.definition)
    return builtIn.merged(with: custom)
  }

  static func template(_ db: Database, key: String, builtIn: HealthCatalogue) throws -> ScreeningTemplate {
    guard let t = try catalogue(db, builtIn: builtIn).template(key) else {
      throw StorageError.health(.unknownTemplate(key))
    }
    return t
  }

  static func fetchScreening(_ db: Database, id: ScreeningID) throws -> Screening? {
    let request: SQLRequest<ScreeningRow.WithNames> = """
      SELECT \(ScreeningRow.WithNames.columns) \(ScreeningRow.WithNames.from) WHERE screening.id = \(id)
      """
    return try request.fetchOne(db)?.screening()
  }

  /// A resident's screenings of one template, newest first.
  static func screenings(_ db: Database, residentID: ResidentID, templateKey: String, limit: Int = 500) throws
    -> [Screening]
  {
    let request: SQLRequest<ScreeningRow.WithNames> = """
      SELECT \(ScreeningRow.WithNames.columns) \(ScreeningRow.WithNames.from)
      WHERE screening.residentId = \(residentID) AND screening.templateKey = \(templateKey)
      ORDER BY screening.takenAt DESC, screening.id DESC LIMIT \(limit)
      """
    return try request.fetchAll(db).map { try $0.screening() }
  }

  static func consents(_ db: Database, residentID: ResidentID) throws -> [HealthConsent] {
    let request: SQLRequest<HealthConsentRow.WithName> = """
      SELECT c.*, a.displayName AS recordedByName FROM healthConsent c
      LEFT JOIN account a ON a.id = c.recordedBy WHERE c.residentId = \(residentID) ORDER BY c.id DESC
      """
    return try request.fetchAll(db).map(\.consent)
  }

  static func isNurse(_ db: Database, _ accountID: AccountID) throws -> Bool {
    try HealthNurseRow.exists(db, key: accountID)
  }
}

/// A row of `screeningTemplate`: a template of the home's own (its definition as JSON).
struct ScreeningTemplateRow: StoredRecord, PersistableRecord {
  static let databaseTableName = "screeningTemplate"
  static var identityColumns: [String] { ["key"] }

  var key: String
  var definition: ScreeningTemplate
  var isActive = true
  var version = 1
  var updatedAt: Date
  var updatedBy: AccountID?
}

/// A row of `screeningAssignment`: a template applied to a resident.
struct ScreeningAssignmentRow: StoredRecord, MutablePersistableRecord {
  static let databaseTableName = "screeningAssignment"

  var id: AssignmentID?
  var residentId: ResidentID
  var templateKey: String
  /// `ScreeningInterval.description`; NULL for the template's own.
  var interval: String?
  var startDay: CalendarDay
  var responsibleId: AccountID?
  var isActive = true
  var version = 1
  var updatedAt: Date
  var updatedBy: AccountID?

  enum Columns {
    static let residentId = Column(CodingKeys.residentId)
    static let templateKey = Column(CodingKeys.templateKey)
    static let isActive = Column(CodingKeys.isActive)
  }

  mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

  func assignment() throws -> ScreeningAssignment {
    guard let id else { throw undecodable(nil) }
    var parsed: ScreeningInterval?
    if let interval {
      guard let i = ScreeningInterval(interval) else { throw undecodable(id) }
      parsed = i
    }
    return ScreeningAssignment(
      id: id, residentID: residentId, templateKey: templateKey, interval: parsed, startDay: startDay,
      responsibleID: responsibleId, isActive: isActive, version: version)
  }

  /// An assignment with the name of who answers for it (the contact person unless another is named).
  struct WithResponsible: Decodable, FetchableRecord {
    var row: ScreeningAssignmentRow
    var responsibleName: String?
  }
}

/// A row of `screening`: the values and flags as JSON.
struct ScreeningRow: StoredRecord, MutablePersistableRecord {
  static let databaseTableName = "screening"

  var id: ScreeningID?
  var residentId: ResidentID
  var templateKey: String
  var takenAt: Date
  var timeZone: String
  var vals: [String: ScreeningValue]
  var note: String
  var flags: [ScreeningFlag]
  var isFlagged: Bool
  var recordedBy: AccountID
  var seenBy: AccountID?
  var seenAt: Date?
  var seenNote: String?
  var version = 1
  var updatedAt: Date
  var updatedBy: AccountID?

  mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

  /// A screening with the names of who recorded it and who marked it seen.
  struct WithNames: Decodable, FetchableRecord {
    var row: ScreeningRow
    var recordedByName: String?
    var seenByName: String?

    /// `SELECT \(columns) \(from) WHERE …`
    static let columns: SQL = "screening.*, rec.displayName AS recordedByName, seer.displayName AS seenByName"
    static let from: SQL = """
      FROM screening JOIN account rec ON rec.id = screening.recordedBy
      LEFT JOIN account seer ON seer.id = screening.seenBy
      """

    func screening() throws -> Screening {
      guard let id = row.id else { throw row.undecodable(nil) }
      return Screening(
        id: id, residentID: row.residentId, templateKey: row.templateKey, takenAt: row.takenAt,
        timeZoneID: row.timeZone, values: row.vals, note: row.note, flags: row.flags,
        recordedByName: recordedByName ?? "",
        seen: row.seenAt.map { Screening.Seen(byName: seenByName ?? "", at: $0, note: row.seenNote ?? "") },
        version: row.version)
    }
  }
}

/// A row of `healthConsent`: one entry of the append-only consent history.
struct HealthConsentRow: StoredRecord, MutablePersistableRecord {
  static let databaseTableName = "healthConsent"

  var id: Int64?
  var residentId: ResidentID
  var status: HealthConsent.Status
  var form: HealthConsent.Form
  var day: CalendarDay
  var note: String
  var recordedAt: Date
  var recordedBy: AccountID

  mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

  struct WithName: Decodable, FetchableRecord {
    var row: HealthConsentRow
    var recordedByName: String?

    var consent: HealthConsent {
      HealthConsent(
        status: row.status, form: row.form, day: row.day, note: row.note, recordedByName: recordedByName ?? "",
        recordedAt: row.recordedAt)
    }
  }
}

/// A row of `healthNurse`: an account named a nurse.
struct HealthNurseRow: StoredRecord, PersistableRecord {
  static let databaseTableName = "healthNurse"
  static var identityColumns: [String] { ["accountId"] }

  var accountId: AccountID
}
