import Foundation
import GRDB
import TovholderCore

/// First run: the home and its first admin.
public struct SetupRepository: Sendable {
  let db: AppDatabase

  /// True once the home has been created.
  public func isInitialized() throws(StorageError) -> Bool {
    try db.read { db in try HomeRow.fetchCount(db) > 0 }
  }

  public func home() throws(StorageError) -> Home? {
    try db.read { db in try HomeRow.fetchOne(db).map { Home(name: $0.name, isFictional: $0.name == DemoNames.homeName) } }
  }

  /// Creates the home and its first admin; returns the admin, signed in.
  public func initialize(homeName: String, admin: NewAccount) throws(StorageError) -> Actor {
    var admin = admin
    admin.role = .admin
    let now = db.now
    do { try admin.validate(now: now) } catch { throw .invalidAccount(error) }
    guard !homeName.trimmingCharacters(in: .whitespaces).isEmpty else {
      throw .invalidAccount(.emptyDisplayName)
    }
    let hash = db.options.passwordHashing.hash(admin.password)
    let actor = try db.write { db -> Actor in
      guard try HomeRow.fetchCount(db) == 0 else { throw StorageError.alreadyInitialized }
      try HomeRow(name: homeName.trimmingCharacters(in: .whitespaces), createdAt: now).insert(db)
      let actor = try AccountRow.insert(db, admin, hash: hash, at: now, by: nil).actor
      try AuditLog.append(db, at: now, actor: actor, action: .initializeHome)
      try AuditLog.append(db, at: now, actor: actor, action: .createAccount, subjectID: actor.accountID)
      return actor
    }
    db.log.event(.accountCreated(account: actor.accountID))
    return actor
  }
}
