import Foundation
import GRDB
import TovholderCore

/// A form in progress, saved as the user types so nothing is lost. One draft per owner and
/// form key (e.g. "note.new.resident-12"); the payload is the form's own encoding.
public struct Draft: Hashable, Sendable {
  public var ownerID: AccountID
  public var formKey: String
  public var payload: String
  public var savedAt: Date
}

public struct DraftRepository: Sendable {
  let db: AppDatabase

  /// Saves (inserts or replaces) a draft. One small write; fine on every keystroke batch.
  /// Without `waiting`, a lock held by another program gives `.locked` at once instead of
  /// after the busy timeout, so typing never freezes (the caller keeps the text and retries).
  public func save(owner: AccountID, formKey: String, payload: String, waiting: Bool = true) throws(StorageError) {
    let now = db.now
    try (waiting ? db.write : db.writeWithoutWaiting) { db in
      try db.execute(
        sql: """
          INSERT INTO draft (ownerId, formKey, payload, savedAt) VALUES (?, ?, ?, ?)
          ON CONFLICT (ownerId, formKey) DO UPDATE SET payload = excluded.payload, savedAt = excluded.savedAt
          """, arguments: [owner, formKey, payload, now])
    }
  }

  public func load(owner: AccountID, formKey: String) throws(StorageError) -> Draft? {
    try db.read { db in
      try Row.fetchOne(
        db, sql: "SELECT * FROM draft WHERE ownerId = ? AND formKey = ?", arguments: [owner, formKey]
      ).map(Self.draft)
    }
  }

  /// The owner's drafts, newest first (offered after sign-in).
  public func list(owner: AccountID) throws(StorageError) -> [Draft] {
    try db.read { db in
      try Row.fetchAll(
        db, sql: "SELECT * FROM draft WHERE ownerId = ? ORDER BY savedAt DESC", arguments: [owner]
      ).map(Self.draft)
    }
  }

  public func delete(owner: AccountID, formKey: String) throws(StorageError) {
    try db.write { db in
      try db.execute(
        sql: "DELETE FROM draft WHERE ownerId = ? AND formKey = ?", arguments: [owner, formKey])
    }
  }

  static func draft(_ row: Row) -> Draft {
    Draft(ownerID: row["ownerId"], formKey: row["formKey"], payload: row["payload"], savedAt: row["savedAt"])
  }
}
