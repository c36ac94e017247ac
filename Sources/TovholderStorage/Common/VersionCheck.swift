import Foundation
import GRDB

/// Optimistic versions: an update names the version it started from; if the row has moved
/// on, the update is refused with who changed it and when.
enum VersionCheck {
  /// Throws `.notFound` or `.versionConflict` unless `Record`'s row `id` is at `expected`.
  static func require<Record: TableRecord>(_ db: Database, _ record: Record.Type, id: Int64, expected: Int)
    throws
  {
    try require(db, table: Record.databaseTableName, id: id, expected: expected)
  }

  private static func require(_ db: Database, table: String, id: Int64, expected: Int) throws {
    let request: SQLRequest<Stamp> = """
      SELECT t.version, t.updatedAt, a.displayName FROM \(sql: table) t
      LEFT JOIN account a ON a.id = t.updatedBy WHERE t.id = \(id)
      """
    let stamp: Stamp?
    do {
      stamp = try request.fetchOne(db)
    } catch {
      throw StorageError.undecodable(table: table, id: String(id))
    }
    guard let stamp else { throw StorageError.notFound }
    if stamp.version != expected {
      throw StorageError.versionConflict(changedBy: stamp.displayName ?? "", at: stamp.updatedAt ?? .distantPast)
    }
  }

  /// A row's version, when it was saved and by whom.
  private struct Stamp: Decodable, FetchableRecord {
    var version: Int
    /// NULL only on `home` before its first change, and then its version is still 1.
    var updatedAt: Date?
    var displayName: String?
  }
}
