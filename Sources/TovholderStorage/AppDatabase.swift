import Foundation
import GRDB
import GRDBSQLite
import Logging
import TovholderCore

/// The Tovholder database: one file, one `DatabasePool` (WAL), one repository per area.
///
///     let db = try AppDatabase.open(at: AppDatabase.defaultURL())
///     if try !db.setup.isInitialized() { … first run … }
///     let me = try db.accounts.signIn(username: "personale", password: "demo1234")
///     let residents = try db.residents.list(for: me)
public final class AppDatabase: Sendable {
  /// Tunables; the defaults are the production values.
  public struct Options: Sendable {
    /// Cost of new password hashes. Tests may lower it; production uses `.production`.
    public var passwordHashing: PasswordHashing
    /// How long to wait for another program's write lock before `StorageError.locked`. Other
    /// terminals hold it for milliseconds, but on an overloaded server (the load benchmark at
    /// 50 sessions on 2 cores) the terminal holding it may wait for the CPU for seconds; a
    /// person then waits a little longer instead of being told to try again.
    public var busyTimeout: TimeInterval
    public var logger: Logger
    /// Now, for every timestamp the database writes (tests set it, e.g. past a lockout).
    public var clock: Clock
    /// The catalogues loaded at start (health templates, kinds of information shared with relatives).
    public var catalogues: Catalogues

    public init(
      passwordHashing: PasswordHashing = .production, busyTimeout: TimeInterval = 15,
      logger: Logger = Logger(label: "tovholder.storage"), clock: Clock = .system,
      catalogues: Catalogues = .shipped
    ) {
      self.passwordHashing = passwordHashing
      self.busyTimeout = busyTimeout
      self.logger = logger
      self.clock = clock
      self.catalogues = catalogues
    }

    /// The same, with the clock given as a function (`clock: { settable.now }`).
    public init(
      passwordHashing: PasswordHashing = .production, busyTimeout: TimeInterval = 15,
      logger: Logger = Logger(label: "tovholder.storage"), clock: @escaping @Sendable () -> Date,
      catalogues: Catalogues = .shipped
    ) {
      self.init(
        passwordHashing: passwordHashing, busyTimeout: busyTimeout, logger: logger, clock: Clock(clock),
        catalogues: catalogues)
    }
  }

  public let url: URL
  let pool: DatabasePool
  public let options: Options

  var now: Date { options.clock() }
  public var catalogues: Catalogues { options.catalogues }
  var log: StorageLog { StorageLog(logger: options.logger) }

  init(url: URL, pool: DatabasePool, options: Options) {
    self.url = url
    self.pool = pool
    self.options = options
  }

  /// Opens (creating if missing) the database at `url` and brings its schema up to date.
  /// Refuses, without changing the file, anything that is not a Tovholder database, a newer
  /// schema, a read-only file or a locked one.
  public static func open(at url: URL, options: Options = Options()) throws(StorageError)
    -> AppDatabase
  {
    try Opener(url: url, options: options).open()
  }

  /// Opens an existing database to read only, for checks: creates nothing, migrates nothing,
  /// writes nothing (the file stays byte-identical). `.missingDatabase` or `.emptyDatabase`
  /// name the path when there is nothing to check.
  public static func openReadOnly(at url: URL, options: Options = Options()) throws(StorageError)
    -> AppDatabase
  {
    try Opener(url: url, options: options).openReadOnly()
  }

  /// `$XDG_DATA_HOME/tovholder/tovholder.sqlite`, else `~/.local/share/tovholder/tovholder.sqlite`.
  public static func defaultURL(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> URL {
    xdgDirectory("XDG_DATA_HOME", fallback: ".local/share", environment: environment)
      .appendingPathComponent("tovholder.sqlite")
  }

  static func xdgDirectory(_ variable: String, fallback: String, environment: [String: String])
    -> URL
  {
    let base: URL
    if let value = environment[variable], value.hasPrefix("/") {
      base = URL(fileURLWithPath: value, isDirectory: true)
    } else {
      let home = environment["HOME"] ?? NSHomeDirectory()
      base = URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(fallback)
    }
    return base.appendingPathComponent("tovholder", isDirectory: true)
  }

  /// What every connection of the pool gets when it opens: the `danish` collation for
  /// ordering names (`ORDER BY name COLLATE danish`), and a small page cache.
  ///
  /// Memory: one person uses the program at a time, so two readers are plenty (GRDB's
  /// default is five, each with its own cache and its own copy of the parsed schema).
  /// SQLite's default cache is 2 MB per connection; 512 kB holds what a screen reads
  /// (searches read at most 50 hits newest first), and the operating system's file cache
  /// serves the rest. Memory-mapped I/O stays off: mapped pages of a 300 MB file would
  /// count in the program's RSS.
  ///
  /// The WAL file is kept when the last connection closes (persistent WAL): GRDB creates and
  /// drops a table on every open that finds no WAL file, which bumped the schema counter of a
  /// healthy file by 2 on each open. Kept, an open that changes nothing leaves the database
  /// file byte-identical; real changes still reach it at checkpoints as before.
  static func configure(_ config: inout Configuration) {
    config.maximumReaderCount = 2
    config.prepareDatabase { db in
      db.add(collation: danishCollation)
      try db.execute(sql: "PRAGMA cache_size = -512; PRAGMA mmap_size = 0")
      var persist: Int32 = 1
      _ = sqlite3_file_control(db.sqliteConnection, "main", SQLITE_FCNTL_PERSIST_WAL, &persist)
    }
  }

  static let danishCollation = DatabaseCollation(DanishCollation.name) { a, b in
    let order = DanishCollation.compare(a, b)
    return order < 0 ? .orderedAscending : order > 0 ? .orderedDescending : .orderedSame
  }

  // MARK: Repositories

  public var setup: SetupRepository { SetupRepository(db: self) }
  public var accounts: AccountRepository { AccountRepository(db: self) }
  public var units: UnitRepository { UnitRepository(db: self) }
  public var residents: ResidentRepository { ResidentRepository(db: self) }
  public var notes: NoteRepository { NoteRepository(db: self) }
  public var incidents: IncidentRepository { IncidentRepository(db: self) }
  public var search: SearchRepository { SearchRepository(db: self) }
  public var audit: AuditRepository { AuditRepository(db: self) }
  public var drafts: DraftRepository { DraftRepository(db: self) }
  public var maintenance: Maintenance { Maintenance(db: self) }
  public var episodes: EpisodeRepository { EpisodeRepository(db: self) }
  public var force: ForceRepository { ForceRepository(db: self) }
  public var risk: RiskRepository { RiskRepository(db: self) }

  // MARK: Helpers for repositories

  /// One transaction. Inside `DraftRepository.discarding`, the form's draft is removed in it too.
  func write<T>(_ body: (Database) throws -> T) throws(StorageError) -> T {
    // A screen re-reading after another program's change: see `refreshing`.
    if Self.isRefreshing {
      return try read { db in try AuditLog.$accessAlreadyRecorded.withValue(true) { try body(db) } }
    }
    do {
      return try pool.write { db in
        try DraftRepository.discardPending(db)
        return try body(db)
      }
    } catch let refusal as ResidentRefusal {
      throw record(refusal)
    } catch {
      throw StorageError.from(error)
    }
  }

  func read<T>(_ body: (Database) throws -> T) throws(StorageError) -> T {
    do {
      return try pool.read(body)
    } catch let refusal as ResidentRefusal {
      throw record(refusal)
    } catch {
      throw StorageError.from(error)
    }
  }

  /// True when the write lock is free now or within a moment (`briefWait`).
  public var isWriteLockFree: Bool {
    do {
      try writeWaitingBriefly { _ in }
      return true
    } catch {
      return false
    }
  }

  /// How long a write made while the person types waits for the lock before it is left to
  /// the idle tick. Other terminals' writes take milliseconds, so under load a short wait
  /// gets in (asking without waiting loses to them again and again: with 100 terminals a
  /// save waited seconds for a free instant); a program holding the lock for long still
  /// never freezes the screen longer than this.
  static let briefWait = 0.2

  /// A write that waits at most `briefWait` for another program's lock: `.locked` after that.
  func writeWaitingBriefly<T>(_ body: (Database) throws -> T) throws(StorageError) -> T {
    let restore = "PRAGMA busy_timeout = \(Int(options.busyTimeout * 1000))"
    let brief = "PRAGMA busy_timeout = \(Int(min(Self.briefWait, options.busyTimeout) * 1000))"
    return try storage {
      try pool.writeWithoutTransaction { db in
        try db.execute(sql: brief)
        defer { try? db.execute(sql: restore) }
        var result: T?
        try db.inTransaction(.immediate) {
          result = try body(db)
          return .commit
        }
        guard let result else { throw StorageError.locked }
        return result
      }
    }
  }

  /// Audits a refused look-up (who asked for which resident) in a transaction of its own,
  /// since the one that refused is rolled back, and gives the one answer for "not yours" and
  /// "no such resident".
  private func record(_ refusal: ResidentRefusal) -> StorageError {
    // A screen re-reading on its own (another terminal's change) asked nothing of the person.
    if Self.isRefreshing { return .residentNotAvailable }
    let now = self.now
    do {
      try pool.write { db in
        try AuditLog.append(
          db, at: now, actor: refusal.actor, action: .accessRefused, residentID: refusal.residentID)
      }
    } catch {
      return StorageError.from(error)
    }
    log.event(.accessDenied(account: refusal.actor.accountID))
    return .residentNotAvailable
  }
}
