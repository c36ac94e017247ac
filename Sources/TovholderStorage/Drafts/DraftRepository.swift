import Foundation
import GRDB
import TovholderCore

/// A form in progress, saved as the user types so nothing is lost. It belongs to a person and
/// the sign-in session that typed it; `formKey` says what the form is about (e.g.
/// `note.new.12`: a new note on resident 12). One form may have several drafts.
public struct Draft: Hashable, Sendable {
  public var id: Int64
  public var ownerID: AccountID
  public var sessionID: String
  public var formKey: String
  public var payload: String
  /// When the form was opened (a quick log's draft finished the next day keeps its day).
  public var startedAt: Date
  public var savedAt: Date
}

/// One sign-in: drafts are written by a session, and the previous sign-in tells which drafts
/// are new to the person.
public struct SignInSession: Hashable, Sendable {
  public var id: String
  public var startedAt: Date
  /// When the same person signed in before this, if ever.
  public var previousStartedAt: Date?
}

/// A row of `draft`.
struct DraftRow: StoredRecord {
  static let databaseTableName = "draft"

  var id: Int64
  var ownerId: AccountID
  var sessionId: String
  var formKey: String
  var payload: String
  var startedAt: Date
  var savedAt: Date

  enum Columns {
    static let id = Column(CodingKeys.id)
    static let ownerId = Column(CodingKeys.ownerId)
    static let formKey = Column(CodingKeys.formKey)
    static let savedAt = Column(CodingKeys.savedAt)
  }

  var draft: Draft {
    Draft(
      id: id, ownerID: ownerId, sessionID: sessionId, formKey: formKey, payload: payload, startedAt: startedAt,
      savedAt: savedAt)
  }

  static func owned(by owner: AccountID) -> QueryInterfaceRequest<DraftRow> {
    filter(Columns.ownerId == owner).order(Columns.savedAt.desc, Columns.id.desc)
  }
}

public struct DraftRepository: Sendable {
  let db: AppDatabase

  /// Records a sign-in of `owner` under a new session id.
  public func beginSession(owner: AccountID, id: String) throws(StorageError) -> SignInSession {
    let now = db.now
    return try db.write { db in
      let previous = try Date.fetchOne(
        db, sql: "SELECT MAX(startedAt) FROM signInSession WHERE accountId = ?", arguments: [owner])
      try db.execute(
        sql: "INSERT INTO signInSession (id, accountId, startedAt) VALUES (?, ?, ?)", arguments: [id, owner, now])
      return SignInSession(id: id, startedAt: now, previousStartedAt: previous)
    }
  }

  /// Saves a draft and returns its id. With `id`, the row is updated only while it still
  /// belongs to `session`; when another session has taken it over (or it is gone), a new row
  /// is made, so two sessions of one person never overwrite each other's typing.
  /// Without `waiting`, a lock held by another program gives `.locked` after a moment
  /// (`AppDatabase.briefWait`) instead of the busy timeout, so typing never freezes (the
  /// caller keeps the text and retries).
  public func save(
    id: Int64?, owner: AccountID, session: String, formKey: String, startedAt: Date, payload: String,
    waiting: Bool = true
  ) throws(StorageError) -> Int64 {
    let now = db.now
    let body = { (db: Database) throws -> Int64 in
      if let id {
        try db.execute(
          sql: "UPDATE draft SET payload = ?, savedAt = ? WHERE id = ? AND ownerId = ? AND sessionId = ?",
          arguments: [payload, now, id, owner, session])
        if db.changesCount > 0 { return id }
      }
      try db.execute(
        sql: """
          INSERT INTO draft (ownerId, sessionId, formKey, payload, startedAt, savedAt) VALUES (?, ?, ?, ?, ?, ?)
          """, arguments: [owner, session, formKey, payload, startedAt, now])
      return db.lastInsertedRowID
    }
    return try waiting ? db.write(body) : db.writeWaitingBriefly(body)
  }

  /// Moves a draft to `session` (the person goes on with it here); the session that wrote it
  /// before makes a new draft if it types again.
  public func claim(id: Int64, owner: AccountID, session: String) throws(StorageError) {
    try db.write { db in
      try db.execute(
        sql: "UPDATE draft SET sessionId = ? WHERE id = ? AND ownerId = ?", arguments: [session, id, owner])
    }
  }

  public func load(id: Int64, owner: AccountID) throws(StorageError) -> Draft? {
    try db.read { db in
      try DraftRow.filter(DraftRow.Columns.id == id && DraftRow.Columns.ownerId == owner).fetchOne(db)?.draft
    }
  }

  /// The owner's newest draft of one form.
  public func load(owner: AccountID, formKey: String) throws(StorageError) -> Draft? {
    try find(owner: owner, formKey: formKey).first
  }

  /// The owner's drafts of one form, newest first.
  public func find(owner: AccountID, formKey: String) throws(StorageError) -> [Draft] {
    try db.read { db in
      try DraftRow.owned(by: owner).filter(DraftRow.Columns.formKey == formKey).fetchAll(db).map(\.draft)
    }
  }

  /// The owner's drafts, newest first.
  public func list(owner: AccountID) throws(StorageError) -> [Draft] {
    try db.read { db in
      try DraftRow.owned(by: owner).fetchAll(db).map(\.draft)
    }
  }

  public func count(owner: AccountID) throws(StorageError) -> Int {
    try db.read { db in
      try DraftRow.filter(DraftRow.Columns.ownerId == owner).fetchCount(db)
    }
  }

  public func delete(id: Int64, owner: AccountID, waiting: Bool = true) throws(StorageError) {
    let body = { (db: Database) throws in
      try db.execute(sql: "DELETE FROM draft WHERE id = ? AND ownerId = ?", arguments: [id, owner])
    }
    try waiting ? db.write(body) : db.writeWaitingBriefly(body)
  }

  /// Runs `body` so that the draft goes in the same transaction as each write it makes: the
  /// record a form saves and the removal of its draft commit together or not at all
  /// (`kill -9` between them can no longer leave both).
  public static func discarding<T>(_ id: Int64?, owner: AccountID, _ body: () throws -> T) rethrows -> T {
    guard let id else { return try body() }
    return try $pendingDiscard.withValue(PendingDiscard(id: id, owner: owner), operation: body)
  }

  struct PendingDiscard: Sendable {
    var id: Int64
    var owner: AccountID
  }

  @TaskLocal static var pendingDiscard: PendingDiscard?

  /// Called by `AppDatabase.write` inside its transaction.
  static func discardPending(_ db: Database) throws {
    guard let d = pendingDiscard else { return }
    try db.execute(sql: "DELETE FROM draft WHERE id = ? AND ownerId = ?", arguments: [d.id, d.owner])
  }
}
