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
    static let hash = Column(CodingKeys.hash)
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
      try links.order(Columns.id.desc).fetchOne(db)
    }

    static func fetchOne(_ db: Database, id: AuditEntryID) throws -> Link? {
      try links.filter(Columns.id == id).fetchOne(db)
    }

    /// The first row with this hash (a hash names one row unless the chain was forged).
    static func fetchOne(_ db: Database, hash: String) throws -> Link? {
      try links.filter(Columns.hash == hash).order(Columns.id).fetchOne(db)
    }

    private static var links: QueryInterfaceRequest<Link> {
      AuditLogRow.select(Columns.id, Columns.hash).asRequest(of: Link.self)
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
