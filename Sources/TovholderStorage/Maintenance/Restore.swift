import Foundation
import GRDB
import TovholderCore

/// `tovholder restore BACKUP`: puts a backup back in place of the database.
///
/// The backup is checked first (SQLite's integrity check, the audit chain and the rows
/// against their audited content); the database is refused while any program has it open
/// (a session at a workstation, a running backup). The file it replaces is kept beside it,
/// renamed `NAME.replaced-YYYYMMDD-HHMMSS` (owner-only, with its WAL), and the restored
/// database's audit log gets a row saying who restored it and when.
public enum Restore {
  public struct Result: Equatable, Sendable {
    /// Where the file that was replaced now lies (nil when there was none).
    public var replacedPath: String?
    /// The backup's report (it passed, or `restore` threw).
    public var report: IntegrityReport
  }

  public enum Refusal: Error, Equatable, Sendable {
    /// The backup failed its check: nothing was changed.
    case backupDamaged(IntegrityReport)
    /// Another program has the database open: nothing was changed.
    case databaseInUse(pid: Int32)
  }

  /// Restores `backup` over `database`. `actorName` is who did it, for the audit row (the
  /// system account running the command).
  public static func restore(
    backup: URL, over database: URL, actorName: String, options: AppDatabase.Options = .init()
  ) throws -> Result {
    let report = try Maintenance.check(copy: backup, options: options)
    guard report.isOK else { throw Refusal.backupDamaged(report) }
    let path = database.path
    if let pid = OpenDatabaseProbe.otherProcess(holding: path) { throw Refusal.databaseInUse(pid: pid) }
    if let kind = NetworkFileSystem.kind(of: database.deletingLastPathComponent().path) {
      throw StorageError.networkFileSystem(path: path, kind: kind)
    }
    let folder = database.deletingLastPathComponent().path
    try? FileManager.default.createDirectory(
      atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    let temporary = folder + "/." + database.lastPathComponent + ".restoring-\(getpid())"
    try Maintenance.leavingNoTrace(beside: backup) { () throws(StorageError) in try copy(backup, to: temporary) }
    var replaced: String?
    if FileManager.default.fileExists(atPath: path) {
      let stamp = Maintenance.stamp(options.clock())
      var candidate = path + ".replaced-" + stamp
      var n = 1
      while FileManager.default.fileExists(atPath: candidate) {
        n += 1
        candidate = path + ".replaced-" + stamp + "-\(n)"
      }
      // The WAL goes with the file it belongs to, so the kept file is whole; the shared-memory
      // index is rebuilt by whoever opens a file next.
      for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: path + suffix) {
        guard rename(path + suffix, candidate + suffix) == 0 else {
          unlink(temporary)
          throw StorageError.io(errno: errno)
        }
        chmod(candidate + suffix, 0o600)
      }
      unlink(path + "-shm")
      replaced = candidate
    }
    guard rename(temporary, path) == 0 else {
      let code = errno
      unlink(temporary)
      throw StorageError.io(errno: code)
    }
    let restored = try AppDatabase.open(at: database, options: options)
    let now = restored.now
    try restored.write { db in
      try AuditLog.append(db, at: now, actorID: nil, actorName: actorName, action: .restoreDatabase)
    }
    restored.log.event(.restored)
    return Result(replacedPath: replaced, report: report)
  }

  /// A consistent copy of `source` in a new owner-only file at `path` (SQLite's backup, so a
  /// backup that still has a WAL beside it is copied whole).
  private static func copy(_ source: URL, to path: String) throws(StorageError) {
    close(try PrivateFile.create(path))
    do {
      var config = Configuration()
      config.readonly = true
      let from = try DatabaseQueue(path: source.path, configuration: config)
      let to = try DatabaseQueue(path: path)
      try from.backup(to: to)
      try to.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
      try to.close()
      try from.close()
      let fd = open(path, O_RDONLY | O_CLOEXEC)
      if fd >= 0 {
        fsync(fd)
        close(fd)
      }
      for suffix in ["-wal", "-shm"] { unlink(path + suffix) }
    } catch {
      for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) }
      throw StorageError.from(error, path: path)
    }
  }
}

/// Whether another process has an SQLite database open, asked without opening it: every
/// connection to a WAL database holds a read lock on one byte of its `-shm` file (SQLite's
/// "DMS" slot, byte 128) for as long as it is open, and a reader in a transaction holds a
/// shared lock on the database file itself.
enum OpenDatabaseProbe {
  static func otherProcess(holding path: String) -> Int32? {
    if let pid = lockHolder(path + "-shm", start: 128, length: 1) { return pid }
    return lockHolder(path, start: 0x4000_0000, length: 512)
  }

  /// The process holding a lock that would stop a write lock on the range, if any.
  private static func lockHolder(_ path: String, start: Int, length: Int) -> Int32? {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var lock = flock()
    lock.l_type = Int16(F_WRLCK)
    lock.l_whence = Int16(SEEK_SET)
    lock.l_start = off_t(start)
    lock.l_len = off_t(length)
    guard fcntl(fd, F_GETLK, &lock) == 0, lock.l_type != Int16(F_UNLCK) else { return nil }
    return lock.l_pid
  }
}
