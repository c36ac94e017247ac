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

  /// Writes a backup into `folder` named `tovholder-YYYYMMDD-HHMMSS.sqlite` (Danish time) and
  /// then keeps only the `keep` newest files of that pattern there, removing older ones (other
  /// files in the folder are never touched). Returns the new file and the removed ones.
  public func backup(intoFolder folder: URL, keep: Int) throws(StorageError) -> (written: URL, removed: [URL]) {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
      throw .io(errno: ENOTDIR)
    }
    let written = folder.appendingPathComponent(Self.prefix + Self.stamp(db.now) + ".sqlite")
    try backup(to: written)
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
      .filter { $0.hasPrefix(Self.prefix) && $0.hasSuffix(".sqlite") && $0.count == written.lastPathComponent.count }
      .sorted(by: >)
    var removed: [URL] = []
    for name in names.dropFirst(max(1, keep)) {
      let url = folder.appendingPathComponent(name)
      for suffix in ["", "-wal", "-shm"] { unlink(url.path + suffix) }
      removed.append(url)
    }
    return (written, removed)
  }

  private static let prefix = "tovholder-"

  /// `YYYYMMDD-HHMMSS` in Danish time: names that sort in time order.
  static func stamp(_ date: Date) -> String {
    let f = DateFormatter()
    f.locale = Locale(identifier: "en_US_POSIX")
    f.timeZone = .danish
    f.dateFormat = "yyyyMMdd-HHmmss"
    return f.string(from: date)
  }

  /// The checks of `integrityCheck()` on another file (a backup), opened read-only: it stays
  /// byte-identical, and the empty -wal and -shm files the check's connection makes beside it
  /// are removed again.
  public static func check(copy file: URL, options: AppDatabase.Options = .init()) throws(StorageError)
    -> IntegrityReport
  {
    try leavingNoTrace(beside: file) { () throws(StorageError) in
      let db = try AppDatabase.openReadOnly(at: file, options: options)
      defer { try? db.pool.close() }
      return try db.maintenance.integrityCheck()
    }
  }

  /// Runs `body`, which reads `file`, and removes the -wal and -shm files its connections
  /// made beside it when the -wal is left empty (nothing of the file is in them).
  static func leavingNoTrace<T>(beside file: URL, _ body: () throws(StorageError) -> T) throws(StorageError) -> T {
    let fm = FileManager.default
    let made = ["-wal", "-shm"].map { file.path + $0 }.filter { !fm.fileExists(atPath: $0) }
    defer {
      let walIsEmpty = ((try? fm.attributesOfItem(atPath: file.path + "-wal"))?[.size] as? NSNumber)?.intValue == 0
      if made.count == 2, walIsEmpty { made.forEach { unlink($0) } }
    }
    return try body()
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
