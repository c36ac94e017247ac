import Foundation
import GRDB

/// Optimistic versions: an update names the version it started from; if the row has moved
/// on, the update is refused with who changed it and when.
enum VersionCheck {
  /// Throws `.notFound` or `.versionConflict` unless `table` row `id` is at `expected`.
  static func require(_ db: Database, table: String, id: Int64, expected: Int) throws {
    guard
      let row = try Row.fetchOne(
        db,
        sql: """
          SELECT t.version, t.updatedAt, a.displayName FROM \(table) t
          LEFT JOIN account a ON a.id = t.updatedBy WHERE t.id = ?
          """, arguments: [id])
    else { throw StorageError.notFound }
    let version: Int = row["version"]
    if version != expected {
      throw StorageError.versionConflict(
        changedBy: row["displayName"] ?? "", at: row["updatedAt"] ?? Date(timeIntervalSince1970: 0))
    }
  }
}
