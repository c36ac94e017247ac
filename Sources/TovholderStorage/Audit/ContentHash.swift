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
    case note, resident
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

  static func report(_ db: Database) throws -> TamperReport {
    let present = Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger'"))
    let missing = auditTriggers.filter { !present.contains($0) }
    var changed: [TamperReport.ChangedRow] = []
    var checked = 0
    let columns = try db.columns(in: "auditLog").map(\.name)
    if columns.contains("contentHash") {
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
          checked += 1
          if try of(db, table: table, id: id) != recorded {
            changed.append(TamperReport.ChangedRow(table: table.rawValue, id: id))
          }
        }
      }
    }
    return TamperReport(missingTriggers: missing, changedRows: changed, checkedRows: checked)
  }
}
