import GRDB

/// A table's row as stored. Each table has one record type in its area's folder
/// (`ResidentRecord` for `resident`), `Codable` with a property per column, fetched with
/// requests built from the type (`ResidentRecord.filter(...)`) or `SQL` literals with their
/// arguments interpolated, and written with `insertAndFetch`/`updateAndFetch` so a write
/// returns the row as stored.
///
/// Decoding never invents a value: a row that can't be read (NULL where the schema forbids it,
/// a day or CPR number that isn't one, an unknown code) throws `StorageError.undecodable`
/// naming the table and the row's id, and nothing of its contents.
protocol StoredRecord: Codable, FetchableRecord, TableRecord {
  /// The columns that identify a row in an error: the primary key.
  static var identityColumns: [String] { get }
}

extension StoredRecord {
  static var identityColumns: [String] { ["id"] }

  init(row: Row) throws {
    do {
      self = try FetchableRecordDecoder().decode(Self.self, from: row)
    } catch {
      throw StorageError.undecodable(table: Self.databaseTableName, id: Self.identity(of: row))
    }
  }

  static func identity(of row: Row) -> String {
    identityColumns.map { column in
      guard let value = row[column] as DatabaseValue? else { return "?" }
      switch value.storage {
      case .int64(let n): return String(n)
      case .string(let s): return s
      default: return "?"
      }
    }.joined(separator: "/")
  }
}

/// A stored value that Core turns into a domain value (a day, a CPR number, a code) and may
/// refuse: `decoded` throws `.undecodable` for the record's table and id.
extension StoredRecord {
  func undecodable(_ id: CustomStringConvertible?) -> StorageError {
    .undecodable(table: Self.databaseTableName, id: id.map(\.description) ?? "?")
  }
}
