import Foundation
import GRDB
import TovholderCore

/// The result of `integrityCheck()`.
public struct IntegrityReport: Equatable, Sendable {
  /// SQLite's `PRAGMA integrity_check` said "ok".
  public var sqliteOK: Bool
  /// The problems SQLite listed (page numbers and index names; no row data), if any.
  public var sqliteProblems: [String]
  public var audit: AuditVerification
  /// Dropped audit triggers and rows changed outside the program.
  public var tampering: TamperReport

  public var isOK: Bool { sqliteOK && audit.isIntact && tampering.isClean }
}

/// Backup and checks (`tovholder backup`, `tovholder check`).
public struct Maintenance: Sendable {
  let db: AppDatabase

  /// Writes a consistent copy to `destination` (a new file, 0600) with SQLite's online
  /// backup while others keep working. Refuses to overwrite an existing file.
  public func backup(to destination: URL) throws(StorageError) {
    let path = destination.path
    guard !FileManager.default.fileExists(atPath: path) else { throw .io(errno: EEXIST) }
    close(try PrivateFile.create(path))
    do {
      let target = try DatabaseQueue(path: path)
      try db.pool.backup(to: target)
      try target.close()
    } catch {
      try? FileManager.default.removeItem(atPath: path)
      throw StorageError.from(error, path: path)
    }
    db.log.event(.backup)
  }

  /// SQLite's integrity check, the audit chain, the audit triggers, and each covered row
  /// against the content hash of its last audited write. Only reads.
  public func integrityCheck() throws(StorageError) -> IntegrityReport {
    let (lines, tampering) = try db.read { db in
      (try String.fetchAll(db, sql: "PRAGMA integrity_check"), try ContentHash.report(db))
    }
    let ok = lines == ["ok"]
    return IntegrityReport(
      sqliteOK: ok, sqliteProblems: ok ? [] : lines, audit: try db.audit.verify(), tampering: tampering)
  }
}
