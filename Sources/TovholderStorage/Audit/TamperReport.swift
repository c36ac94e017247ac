import Foundation
import GRDB

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
  /// Rows of covered tables with no audited hash to compare with: written before the
  /// content hash existed (`0011-v3-audit-content-hash`), or by the demo.
  public var uncheckedRows: Int = 0

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
    var report = TamperReport(
      missingTriggers: expected.filter { !present.contains($0) }, changedRows: [], checkedRows: 0)
    guard try db.columns(in: "auditLog").contains(where: { $0.name == "contentHash" }) else { return report }
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
        if recorded != missing { report.checkedRows += 1 }
        let now = try of(db, table: table, id: id)
        if now == missing, deleted[table.rawValue]?.contains(id) == true { continue }
        if now != recorded {
          report.changedRows.append(TamperReport.ChangedRow(table: table.rawValue, id: id))
        }
      }
      report.uncheckedRows +=
        try Int.fetchOne(
          db,
          sql: """
            SELECT count(*) FROM \(table.rawValue) WHERE \(table.key) NOT IN
              (SELECT contentId FROM auditLog WHERE contentTable = ?)
            """, arguments: [table.rawValue]) ?? 0
    }
    return report
  }

  /// Rows a retention run deleted, per table: expected to be missing. Only records whose own
  /// content still matches their audited hash count (a forged record is itself reported).
  static func deletedByRetention(_ db: Database) throws -> [String: Set<Int64>] {
    guard try db.tableExists("retentionDeletion") else { return [:] }
    var deleted: [String: Set<Int64>] = [:]
    let rows = try Row.fetchAll(
      db,
      sql: """
        SELECT d.id, d.rowIds, a.contentHash AS audited FROM retentionDeletion d
        JOIN auditLog a ON a.contentTable = 'retentionDeletion' AND a.contentId = d.id
        """)
    for row in rows {
      let audited: String = row["audited"]
      guard try of(db, table: .retentionDeletion, id: row["id"]) == audited else { continue }
      for (table, ids) in RetentionSweep.rowIDs(row["rowIds"]) { deleted[table, default: []].formUnion(ids) }
    }
    return deleted
  }
}
