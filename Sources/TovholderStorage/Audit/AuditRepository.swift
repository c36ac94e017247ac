import Foundation
import GRDB
import TovholderCore

/// Reads and verifies the audit log. Rows are written by the other repositories.
public struct AuditRepository: Sendable {
  let db: AppDatabase

  /// Walks the whole chain in id order. Reports the first row whose hash does not match
  /// its fields, whose link does not match the row before, or whose id leaves a gap; then
  /// compares the end of the chain with the head (see `Migrations/0010-v2-residents-audit-head.sql`), so deleting
  /// the newest rows reports the first missing row.
  public func verify() throws(StorageError) -> AuditVerification {
    let result = try db.read { db -> AuditVerification in
      var previous = AuditLog.genesisHash
      var expectedID: Int64 = 1
      var count = 0
      let rows = try AuditLogRow.order(AuditLogRow.Columns.id).fetchCursor(db)
      while true {
        let next: AuditLogRow?
        do {
          next = try rows.next()
        } catch StorageError.undecodable(_, let id) {
          // A value the program never writes (NULL, wrong type): the row was edited.
          return .broken(firstBadRowID: Int64(id) ?? expectedID)
        }
        guard let row = next else { break }
        let fields = AuditLog.Fields(row)
        if fields.id != expectedID || row.prevHash != previous || fields.hash(previous: previous) != row.hash {
          return .broken(firstBadRowID: fields.id)
        }
        previous = row.hash
        expectedID += 1
        count += 1
      }
      if let head = try AuditHeadRow.fetchOne(db, key: 1) {
        let headCount = head.rowCount
        let headLastID = head.lastId
        let headHash = head.lastHash
        if count < headCount || expectedID - 1 < headLastID { return .broken(firstBadRowID: expectedID) }
        if count > headCount || expectedID - 1 > headLastID || headHash != previous {
          return .broken(firstBadRowID: min(expectedID - 1, headLastID + 1))
        }
      } else {
        return .broken(firstBadRowID: expectedID)
      }
      return .intact(rows: count)
    }
    if case .broken(let id) = result { db.log.event(.auditBroken(row: id)) }
    return result
  }

  /// The newest row of the chain (for `tovholder audit anchor`). Only reads.
  public func head() throws(StorageError) -> AuditHead {
    try db.read { db in
      let last = try AuditLogRow.Link.newest(db)
      return AuditHead(rows: last?.id ?? 0, hash: last?.hash ?? AuditLog.genesisHash)
    }
  }

  /// The id of the row `anchor` names, when the log still holds it with that hash (nil
  /// otherwise). Call after `verify()` found the chain intact: every later row then links
  /// back to it, so the log up to the anchor is as it was when the anchor was printed.
  public func contains(_ anchor: AuditHead) throws(StorageError) -> Int64? {
    try db.read { db in
      if anchor.rows == 0 && anchor.hash == AuditLog.genesisHash { return 0 }
      if let rows = anchor.rows {
        let link = try AuditLogRow.Link.fetchOne(db, id: rows)
        return link?.hash == anchor.hash ? rows : nil
      }
      return try AuditLogRow.Link.fetchOne(db, hash: anchor.hash)?.id
    }
  }

  /// Who read or changed a resident's record, newest first (see `RightsRepository.accessLog`).
  public func accessLog(residentID: ResidentID, actor: Actor) throws(StorageError) -> [AuditEntry] {
    try db.rights.accessLog(residentID: residentID, actor: actor)
  }

  /// The newest rows of the whole log (for `tovholder audit`), newest first. Leaders and admin.
  public func recent(actor: Actor, limit: Int = 100) throws(StorageError) -> [AuditEntry] {
    guard AccessRules.canMaintain(actor: actor) else { throw .accessDenied }
    return try db.read { db in
      try AuditLogRow.order(AuditLogRow.Columns.id.desc).limit(limit).fetchAll(db).map { try $0.entry() }
    }
  }
}
