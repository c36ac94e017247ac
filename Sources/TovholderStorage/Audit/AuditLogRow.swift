import Foundation
import GRDB
import TovholderCore

/// A row of `auditLog`. Written once by `AuditLog.append`, never changed (triggers refuse).
struct AuditLogRow: StoredRecord, PersistableRecord {
  static let databaseTableName = "auditLog"

  var id: AuditEntryID
  var atMs: Int64
  var actorId: AccountID?
  var actorName: String
  /// The action's code, kept as stored so `verify` can hash rows this version has no name for.
  var action: String
  var residentId: ResidentID?
  var subjectId: Int64?
  var prevHash: String
  var hash: String
  /// The row a write wrote and its content hash (`ContentHash`); none for reads, for rows
  /// written before `0011-v3-audit-content-hash`, and in a file not yet migrated to it.
  var contentTable: String?
  var contentId: Int64?
  var contentHash: String?

  enum Columns {
    static let id = Column(CodingKeys.id)
    static let residentId = Column(CodingKeys.residentId)
  }

  func entry() throws -> AuditEntry {
    guard let action = AuditAction(rawValue: action) else { throw undecodable(id) }
    return AuditEntry(
      id: id, at: Date(timeIntervalSince1970: Double(atMs) / 1000), actorID: actorId, actorName: actorName,
      action: action, residentID: residentId, subjectID: subjectId)
  }

  /// The newest row's id and hash: what the next row links to.
  struct Link: Decodable, FetchableRecord {
    var id: AuditEntryID
    var hash: String

    static func newest(_ db: Database) throws -> Link? {
      try AuditLogRow.select(Columns.id, Column("hash")).order(Columns.id.desc).asRequest(of: Link.self)
        .fetchOne(db)
    }
  }
}

/// The one row of `auditHead` (see `Migrations/0010-v2-residents-audit-head.sql`).
struct AuditHeadRow: StoredRecord, TableRecord {
  static let databaseTableName = "auditHead"

  var id: Int64
  var rowCount: Int
  var lastId: AuditEntryID
  var lastHash: String
}
