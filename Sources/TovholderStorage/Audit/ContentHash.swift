import Crypto
import Foundation
import GRDB

/// A hash of one row's content as stored, column by column. Every write to a covered table
/// records it in its audit row; `tovholder check` hashes each row again and names those that
/// no longer match their last audited write (changed outside the program).
enum ContentHash {
  /// The tables whose every write goes through an audited repository call that records the
  /// row written. A table joins only when all its writes do, or `check` would report the
  /// unaudited ones as changed.
  enum Table: String, CaseIterable, Sendable {
    case note, resident, retentionRule, retentionDeletion
  }

  /// Recorded when the row written cannot be read back (it never is, inside the write).
  static let missing = "missing"

  static func of(_ db: Database, table: Table, id: Int64) throws -> String? {
    try Row.fetchOne(db, sql: "SELECT * FROM \(table.rawValue) WHERE id = ?", arguments: [id]).map(hash)
  }

  /// SHA-256 over each column's name, type and value, one per line, lengths prefixed. NULL
  /// columns are left out, so a later migration that adds a column keeps old hashes valid.
  static func hash(_ row: Row) -> String {
    var text = "tovholder-content-v1"
    for (column, value) in row {
      if value.isNull { continue }
      text += "\n\(column.utf8.count):\(column)="
      switch value.storage {
      case .null: break
      case .int64(let v): text += "i\(v)"
      case .double(let v): text += "d\(v.bitPattern)"
      case .string(let s): text += "s\(s.utf8.count):\(s)"
      case .blob(let data): text += "b" + data.map { String(format: "%02x", $0) }.joined()
      }
    }
    let digits = Array("0123456789abcdef")
    return String(SHA256.hash(data: Data(text.utf8)).flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 15)]] })
  }
}

/// What `check` finds beyond SQLite's own check and the chain.
public struct TamperReport: Equatable, Sendable {
  /// A row whose content differs from its last audited write (or that is gone).
  public struct ChangedRow: Equatable, Sendable {
    public var table: String
    public var id: Int64
  }

  /// Audit triggers that should exist and do not (dropped by hand).
  public var missingTriggers: [String]
  public var changedRows: [ChangedRow]
  /// Rows compared with their audited hash.
  public var checkedRows: Int

  public var isClean: Bool { missingTriggers.isEmpty && changedRows.isEmpty }
}

extension ContentHash {
  /// The triggers that keep the audit log append-only and its head in step.
  static let auditTriggers = [
    "auditLog_noUpdate", "auditLog_noDelete", "auditLog_keepHead", "auditHead_onlyForward",
    "auditHead_noDelete", "auditHead_noInsert",
  ]

  /// The triggers that keep retention settings and records as history (once they exist).
  static let retentionTriggers = [
    "retentionRule_noUpdate", "retentionRule_noDelete", "retentionDeletion_noUpdate", "retentionDeletion_noDelete",
  ]

  static func report(_ db: Database) throws -> TamperReport {
    let present = Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger'"))
    var expected = auditTriggers
    if try db.tableExists("retentionDeletion") { expected += retentionTriggers }
    let missing = expected.filter { !present.contains($0) }
    var changed: [TamperReport.ChangedRow] = []
    var checked = 0
    let columns = try db.columns(in: "auditLog").map(\.name)
    if columns.contains("contentHash") {
      let deleted = try deletedByRetention(db)
      for table in Table.allCases where try db.tableExists(table.rawValue) {
        let rows = try Row.fetchCursor(
          db,
          sql: """
            SELECT a.contentId, a.contentHash FROM auditLog a
            WHERE a.id IN (SELECT max(id) FROM auditLog WHERE contentTable = ? GROUP BY contentId)
            ORDER BY a.contentId
            """, arguments: [table.rawValue])
        while let row = try rows.next() {
          let id: Int64 = row["contentId"]
          let recorded: String = row["contentHash"]
          checked += 1
          let now = try of(db, table: table, id: id)
          if now == nil, deleted[table.rawValue]?.contains(id) == true { continue }
          if now != recorded {
            changed.append(TamperReport.ChangedRow(table: table.rawValue, id: id))
          }
        }
      }
    }
    return TamperReport(missingTriggers: missing, changedRows: changed, checkedRows: checked)
  }

  /// Rows a retention run deleted, per table: expected to be missing. Only records whose own
  /// content still matches their audited hash count (a forged record is itself reported).
  static func deletedByRetention(_ db: Database) throws -> [String: Set<Int64>] {
    guard try db.tableExists("retentionDeletion") else { return [:] }
    var deleted: [String: Set<Int64>] = [:]
    let rows = try Row.fetchAll(
      db,
      sql: """
        SELECT d.*, a.contentHash AS audited FROM retentionDeletion d
        JOIN auditLog a ON a.contentTable = 'retentionDeletion' AND a.contentId = d.id
        """)
    for row in rows {
      let audited: String = row["audited"]
      guard let full = try Row.fetchOne(db, sql: "SELECT * FROM retentionDeletion WHERE id = ?", arguments: [row["id"]]),
        hash(full) == audited
      else { continue }
      for (table, ids) in RetentionSweep.rowIDs(row["rowIds"]) { deleted[table, default: []].formUnion(ids) }
    }
    return deleted
  }
}
