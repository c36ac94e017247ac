import Crypto
import Foundation
import GRDB

/// What the migration tests compare: the schema as SQLite stores it, and each table's rows.
enum SchemaDump {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures")
  static let migrationsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Sources/TovholderStorage/Migrations")

  /// Every object of `sqlite_master`, by name, as `-- type name (table)` and its SQL.
  static func schema(_ db: Database) throws -> String {
    try Row.fetchAll(db, sql: "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name")
      .map { row in
        let sql: String? = row["sql"]
        return "-- \(row["type"] as String) \(row["name"] as String) (\(row["tbl_name"] as String))\n"
          + (sql.map { $0 + ";\n" } ?? "")
      }
      .joined(separator: "\n")
  }

  /// Ordinary tables with data of their own (not full-text indexes and their shadow tables,
  /// which SQLite rebuilds).
  static func tables(_ db: Database) throws -> [String] {
    let virtual = try String.fetchAll(
      db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'")
    return try String.fetchAll(
      db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
    ).filter { name in !virtual.contains { name.hasPrefix($0) } }
  }

  static func columns(_ db: Database, _ table: String) throws -> [String] {
    try db.columns(in: table).map(\.name)
  }

  /// A table's rows in the given columns: how many, the first and last (in the columns'
  /// order) as text, and a SHA-256 of all of them.
  struct Contents: Equatable, CustomStringConvertible {
    var count: Int
    var first: String
    var last: String
    var digest: String

    var description: String { "\(count) rows, first \(first), last \(last), digest \(digest.prefix(12))" }
  }

  static func contents(_ db: Database, _ table: String, columns: [String]) throws -> Contents {
    let list = columns.map { "\"\($0)\"" }.joined(separator: ", ")
    let order = (1...columns.count).map(String.init).joined(separator: ", ")
    let rows = try Row.fetchCursor(db, sql: "SELECT \(list) FROM \"\(table)\" ORDER BY \(order)")
    var hash = SHA256()
    var count = 0
    var first = ""
    var last = ""
    while let row = try rows.next() {
      let text = row.description
      hash.update(data: Data(text.utf8))
      hash.update(data: Data([0]))
      if count == 0 { first = text }
      last = text
      count += 1
    }
    let digest = hash.finalize().map { String(format: "%02x", $0) }.joined()
    return Contents(count: count, first: first, last: last, digest: digest)
  }

  static func sha256(_ text: String) -> String {
    SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
  }
}
