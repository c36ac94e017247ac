import Foundation
import GRDB
import TovholderCore

/// Reads and verifies the audit log. Rows are written by the other repositories.
public struct AuditRepository: Sendable {
  let db: AppDatabase

  /// Walks the whole chain in id order. Reports the first row whose hash does not match
  /// its fields, whose link does not match the row before, or whose id leaves a gap; then
  /// compares the end of the chain with the head (see `AuditHeadMigration`), so deleting
  /// the newest rows reports the first missing row.
  public func verify() throws(StorageError) -> AuditVerification {
    let result = try db.read { db -> AuditVerification in
      var previous = AuditLog.genesisHash
      var expectedID: Int64 = 1
      var count = 0
      let rows = try Row.fetchCursor(db, sql: "SELECT * FROM auditLog ORDER BY id")
      while let row = try rows.next() {
        let fields = AuditLog.Fields(row: row)
        let prevHash: String = row["prevHash"]
        let hash: String = row["hash"]
        if fields.id != expectedID || prevHash != previous || fields.hash(previous: previous) != hash {
          return .broken(firstBadRowID: fields.id)
        }
        previous = hash
        expectedID += 1
        count += 1
      }
      if let head = try Row.fetchOne(db, sql: "SELECT rowCount, lastId, lastHash FROM auditHead WHERE id = 1") {
        let headCount: Int = head["rowCount"]
        let headLastID: Int64 = head["lastId"]
        let headHash: String = head["lastHash"]
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
      let last = try Row.fetchOne(db, sql: "SELECT id, hash FROM auditLog ORDER BY id DESC LIMIT 1")
      return AuditHead(rows: last?["id"] ?? 0, hash: last?["hash"] ?? AuditLog.genesisHash)
    }
  }

  /// The id of the row `anchor` names, when the log still holds it with that hash (nil
  /// otherwise). Call after `verify()` found the chain intact: every later row then links
  /// back to it, so the log up to the anchor is as it was when the anchor was printed.
  public func contains(_ anchor: AuditHead) throws(StorageError) -> Int64? {
    try db.read { db in
      if anchor.rows == 0 && anchor.hash == AuditLog.genesisHash { return 0 }
      if let rows = anchor.rows {
        let hash = try String.fetchOne(db, sql: "SELECT hash FROM auditLog WHERE id = ?", arguments: [rows])
        return hash == anchor.hash ? rows : nil
      }
      return try Int64.fetchOne(db, sql: "SELECT id FROM auditLog WHERE hash = ?", arguments: [anchor.hash])
    }
  }

  /// Who read or changed a resident's record, newest first. Leaders of the resident's unit
  /// only; the look-up is itself audited.
  public func accessLog(residentID: ResidentID, actor: Actor, limit: Int = 500) throws(StorageError)
    -> [AuditEntry]
  {
    let now = db.now
    return try db.write { db in
      guard
        let unitID = try Int64.fetchOne(db, sql: "SELECT unitId FROM resident WHERE id = ?", arguments: [residentID])
      else { throw StorageError.notFound }
      guard AccessRules.canSeeAccessLog(in: unitID, actor: actor) else { throw StorageError.accessDenied }
      let rows = try Row.fetchAll(
        db, sql: "SELECT * FROM auditLog WHERE residentId = ? ORDER BY id DESC LIMIT ?",
        arguments: [residentID, limit])
      try AuditLog.append(db, at: now, actor: actor, action: .readAccessLog, residentID: residentID)
      return rows.map(AuditRepository.entry)
    }
  }

  /// The newest rows of the whole log (for `tovholder audit`), newest first. Leaders and admin.
  public func recent(actor: Actor, limit: Int = 100) throws(StorageError) -> [AuditEntry] {
    guard AccessRules.canMaintain(actor: actor) else { throw .accessDenied }
    return try db.read { db in
      try Row.fetchAll(db, sql: "SELECT * FROM auditLog ORDER BY id DESC LIMIT ?", arguments: [limit])
        .map(AuditRepository.entry)
    }
  }

  static func entry(_ row: Row) -> AuditEntry {
    let ms: Int64 = row["atMs"]
    return AuditEntry(
      id: row["id"], at: Date(timeIntervalSince1970: Double(ms) / 1000), actorID: row["actorId"],
      actorName: row["actorName"], action: AuditAction(rawValue: row["action"]) ?? .openRecord,
      residentID: row["residentId"], subjectID: row["subjectId"])
  }
}
