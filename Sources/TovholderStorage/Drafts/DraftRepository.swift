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

/// A row of `draft`.
struct DraftRow: StoredRecord, PersistableRecord {
  static let databaseTableName = "draft"
  static var identityColumns: [String] { ["ownerId", "formKey"] }

  var ownerId: AccountID
  var formKey: String
  var payload: String
  var savedAt: Date

  enum Columns {
    static let ownerId = Column(CodingKeys.ownerId)
    static let savedAt = Column(CodingKeys.savedAt)
  }

  var draft: Draft { Draft(ownerID: ownerId, formKey: formKey, payload: payload, savedAt: savedAt) }
}

public struct DraftRepository: Sendable {
  let db: AppDatabase

  /// Saves (inserts or replaces) a draft. One small write; fine on every keystroke batch.
  /// Without `waiting`, a lock held by another program gives `.locked` at once instead of
  /// after the busy timeout, so typing never freezes (the caller keeps the text and retries).
  public func save(owner: AccountID, formKey: String, payload: String, waiting: Bool = true) throws(StorageError) {
    let now = db.now
    try (waiting ? db.write : db.writeWithoutWaiting) { db in
      // (GRDB's upsert asks for the rowid, which this WITHOUT ROWID table has not.)
      try db.execute(
        literal: """
          INSERT INTO draft (ownerId, formKey, payload, savedAt) VALUES (\(owner), \(formKey), \(payload), \(now))
          ON CONFLICT (ownerId, formKey) DO UPDATE SET payload = excluded.payload, savedAt = excluded.savedAt
          """)
    }
  }

  public func load(owner: AccountID, formKey: String) throws(StorageError) -> Draft? {
    try db.read { db in try DraftRow.fetchOne(db, key: ["ownerId": owner, "formKey": formKey])?.draft }
  }

  /// The owner's drafts, newest first (offered after sign-in).
  public func list(owner: AccountID) throws(StorageError) -> [Draft] {
    try db.read { db in
      try DraftRow.filter(DraftRow.Columns.ownerId == owner).order(DraftRow.Columns.savedAt.desc).fetchAll(db)
        .map(\.draft)
    }
  }

  public func delete(owner: AccountID, formKey: String) throws(StorageError) {
    _ = try db.write { db in try DraftRow.deleteOne(db, key: ["ownerId": owner, "formKey": formKey]) }
  }
}
