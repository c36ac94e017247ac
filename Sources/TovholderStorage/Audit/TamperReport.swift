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

  static func report(_ db: Database) throws -> TamperReport {
    let present = Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger'"))
    var report = TamperReport(
      missingTriggers: auditTriggers.filter { !present.contains($0) }, changedRows: [], checkedRows: 0)
    guard try db.columns(in: "auditLog").contains(where: { $0.name == "contentHash" }) else { return report }
    for table in Table.allCases {
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
        if try of(db, table: table, id: id) != recorded {
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
}
