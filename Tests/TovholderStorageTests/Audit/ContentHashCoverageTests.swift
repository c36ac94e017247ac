import Foundation
import GRDB
import Testing

@testable import TovholderStorage

/// A new table that holds a resident's data cannot be forgotten by `check`: every table with
/// a `residentId` column, or a foreign key into a covered table, is covered, a part of a
/// covered table, or named here with the reason it is not.
@Suite struct ContentHashCoverageTests {
  static let notResidentData: [String: String] = [
    "auditLog": "the log itself, kept by its hash chain",
    "searchItem": "the search index, rebuilt from the records it points at",
  ]

  @Test func everyTableWithAResidentsDataIsCovered() throws {
    let f = try Fixture(seed: false)
    let covered = Set(ContentHash.Table.allCases.map(\.rawValue))
    let parts = Set(ContentHash.Table.allCases.flatMap { $0.parts.map(\.table) })
    let known = covered.union(parts).union(Self.notResidentData.keys)
    let tables = try f.db.pool.read { db in
      try String.fetchAll(
        db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
      ).map { name in
        (
          name: name, columns: try db.columns(in: name).map(\.name),
          pointsAt: try Row.fetchAll(db, sql: "PRAGMA foreign_key_list(\(name))").map { row -> String in row["table"] }
        )
      }
    }
    var uncovered: [String] = []
    for table in tables where !known.contains(table.name) {
      if table.columns.contains("residentId") || table.pointsAt.contains(where: covered.union(parts).contains) {
        uncovered.append(table.name)
      }
    }
    #expect(uncovered == [], "add these to ContentHash.Table or a table's parts")
    // Every covered table and part exists and has the column its records are named by.
    let names = Set(tables.map(\.name))
    for table in ContentHash.Table.allCases {
      #expect(tables.first { $0.name == table.rawValue }?.columns.contains(table.key) == true, "\(table)")
      for part in table.parts { #expect(names.contains(part.table), "\(part.table)") }
    }
  }
}
