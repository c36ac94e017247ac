import Foundation
import GRDB
import TovholderCore
import TovholderResources

enum HealthRows {
  /// The catalogue compiled into the program. A test checks that it parses.
  static let builtIn: HealthCatalogue =
    (try? HealthCatalogue.parse(TovholderResources.healthTemplates))
    ?? HealthCatalogue(templates: [])

  static let encoder: JSONEncoder = {
    let e = JSONEncoder()
    e.outputFormatting = [.sortedKeys]
    e.dateEncodingStrategy = .millisecondsSince1970
    return e
  }()

  static let decoder: JSONDecoder = {
    let d = JSONDecoder()
    d.dateDecodingStrategy = .millisecondsSince1970
    return d
  }()

  static func json<T: Encodable>(_ value: T) throws -> String {
    String(decoding: try encoder.encode(value), as: UTF8.self)
  }

  static func decode<T: Decodable>(_ type: T.Type, _ text: String) -> T? {
    try? decoder.decode(type, from: Data(text.utf8))
  }

  /// Catalogue templates merged with the home's own (active ones).
  static func catalogue(_ db: Database) throws -> HealthCatalogue {
    let custom = try String.fetchAll(db, sql: "SELECT definition FROM screeningTemplate WHERE isActive ORDER BY key")
      .compactMap { decode(ScreeningTemplate.self, $0) }
    return builtIn.merged(with: custom)
  }

  static func template(_ db: Database, key: String) throws -> ScreeningTemplate {
    guard let t = try catalogue(db).template(key) else { throw StorageError.health(.unknownTemplate(key)) }
    return t
  }

  static let screeningColumns = "screening.*, rec.displayName AS recordedByName, seer.displayName AS seenByName"
  static let screeningJoins = """
    JOIN account rec ON rec.id = screening.recordedBy
    LEFT JOIN account seer ON seer.id = screening.seenBy
    """
  static let selectScreening = "SELECT \(screeningColumns) FROM screening \(screeningJoins)"

  static func screening(_ row: Row) -> Screening {
    let seenAt: Date? = row["seenAt"]
    return Screening(
      id: row["id"], residentID: row["residentId"], templateKey: row["templateKey"], takenAt: row["takenAt"],
      timeZoneID: row["timeZone"], values: decode([String: ScreeningValue].self, row["vals"]) ?? [:],
      note: row["note"], flags: decode([ScreeningFlag].self, row["flags"]) ?? [],
      recordedByName: row["recordedByName"] ?? "",
      seen: seenAt.map { Screening.Seen(byName: row["seenByName"] ?? "", at: $0, note: row["seenNote"] ?? "") },
      version: row["version"])
  }

  static func fetchScreening(_ db: Database, id: ScreeningID) throws -> Screening? {
    try Row.fetchOne(db, sql: "\(selectScreening) WHERE screening.id = ?", arguments: [id]).map(screening)
  }

  /// A resident's screenings of one template, newest first.
  static func screenings(_ db: Database, residentID: ResidentID, templateKey: String, limit: Int = 500) throws
    -> [Screening]
  {
    try Row.fetchAll(
      db,
      sql: """
        \(selectScreening) WHERE screening.residentId = ? AND screening.templateKey = ?
        ORDER BY screening.takenAt DESC, screening.id DESC LIMIT ?
        """, arguments: [residentID, templateKey, limit]
    ).map(screening)
  }

  static func assignment(_ row: Row) -> ScreeningAssignment {
    ScreeningAssignment(
      id: row["id"], residentID: row["residentId"], templateKey: row["templateKey"],
      interval: (row["interval"] as String?).flatMap { ScreeningInterval($0) },
      startDay: CalendarDay(iso: row["startDay"]) ?? CalendarDay(year: 2000, month: 1, day: 1)!,
      responsibleID: row["responsibleId"], isActive: row["isActive"], version: row["version"])
  }

  static func fetchAssignment(_ db: Database, id: AssignmentID) throws -> ScreeningAssignment? {
    try Row.fetchOne(db, sql: "SELECT * FROM screeningAssignment WHERE id = ?", arguments: [id]).map(assignment)
  }

  static func consent(_ row: Row) -> HealthConsent {
    HealthConsent(
      status: HealthConsent.Status(rawValue: row["status"]) ?? .refused,
      form: HealthConsent.Form(rawValue: row["form"]) ?? .oral,
      day: CalendarDay(iso: row["day"]) ?? CalendarDay(year: 2000, month: 1, day: 1)!, note: row["note"],
      recordedByName: row["recordedByName"] ?? "", recordedAt: row["recordedAt"])
  }

  static func consents(_ db: Database, residentID: ResidentID) throws -> [HealthConsent] {
    try Row.fetchAll(
      db,
      sql: """
        SELECT c.*, a.displayName AS recordedByName FROM healthConsent c
        LEFT JOIN account a ON a.id = c.recordedBy WHERE c.residentId = ? ORDER BY c.id DESC
        """, arguments: [residentID]
    ).map(consent)
  }

  static func isNurse(_ db: Database, _ accountID: AccountID) throws -> Bool {
    try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM healthNurse WHERE accountId = ?)", arguments: [accountID])
      ?? false
  }

  static func placeholders(_ n: Int) -> String { Array(repeating: "?", count: n).joined(separator: ",") }
}
