import Foundation
import GRDB
import TovholderCore

/// Notices what other programs (another workstation's session) saved, cheaply enough to ask
/// every second: first `PRAGMA data_version`, which moves only when another connection has
/// committed; only then the audit log since the last look, for a row that records a change.
///
/// Rows that record a read are left out, and so are drafts (never audited): a screen that
/// re-reads after a change, or someone typing into a form at another terminal, must not make
/// every other screen re-read in turn.
public final class ChangeWatch: @unchecked Sendable {
  private let db: AppDatabase
  private var dataVersion: Int64?
  private var lastAuditID: Int64?

  init(db: AppDatabase) {
    self.db = db
  }

  /// True when another program saved a change since the last call (the first call only
  /// takes its bearings). A database that can't be read now answers false; the next call
  /// asks again.
  public func poll() -> Bool {
    do {
      // On the writer connection: the one connection whose data_version is compared with
      // itself, and whose own commits (this program's saves) never move it.
      return try db.pool.writeWithoutTransaction { db in
        let version = try Int64.fetchOne(db, sql: "PRAGMA data_version") ?? 0
        defer { dataVersion = version }
        guard let seen = dataVersion else {
          lastAuditID = try Int64.fetchOne(db, sql: "SELECT max(id) FROM auditLog") ?? 0
          return false
        }
        guard version != seen else { return false }
        let since = lastAuditID ?? 0
        let newest = try Int64.fetchOne(db, sql: "SELECT max(id) FROM auditLog") ?? 0
        lastAuditID = newest
        guard newest > since else { return false }
        return try Bool.fetchOne(
          db,
          sql: """
            SELECT EXISTS (SELECT 1 FROM auditLog WHERE id > ? AND action NOT IN (\(Self.readActions)))
            """,
          arguments: [since]) ?? false
      }
    } catch {
      return false
    }
  }

  /// The audit actions that record a read, as an SQL list of string literals.
  private static let readActions = AuditAction.allCases.filter(\.isAccess)
    .map { "'" + $0.rawValue.replacingOccurrences(of: "'", with: "''") + "'" }.joined(separator: ",")
}

extension AppDatabase {
  /// A watch on other programs' changes to this database (one per screen stack).
  public func changeWatch() -> ChangeWatch { ChangeWatch(db: self) }

  /// True while an open screen re-reads what it shows because another program changed it.
  @TaskLocal static var isRefreshing = false

  /// Runs `body` as a re-read of what an open screen already shows: the opening wrote the
  /// access row, so reading it again writes none and takes no write lock (a read transaction
  /// instead; a real write in `body` fails rather than happening unaudited).
  public static func refreshing<T>(_ body: () throws -> T) rethrows -> T {
    try $isRefreshing.withValue(true, operation: body)
  }
}
