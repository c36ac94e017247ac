import Foundation
import GRDB
import TovholderCore

/// First run: the home and its first admin.
public struct SetupRepository: Sendable {
  let db: AppDatabase

  /// True once the home has been created.
  public func isInitialized() throws(StorageError) -> Bool {
    try db.read { db in try Bool.fetchOne(db, sql: "SELECT 1 FROM home") != nil }
  }

  public func home() throws(StorageError) -> Home? {
    try db.read { db in
      try String.fetchOne(db, sql: "SELECT name FROM home").map {
        Home(name: $0, isFictional: $0 == DemoNames.homeName)
      }
    }
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
      guard try Bool.fetchOne(db, sql: "SELECT 1 FROM home") == nil else {
        throw StorageError.alreadyInitialized
      }
      try db.execute(
        sql: "INSERT INTO home (id, name, createdAt) VALUES (1, ?, ?)",
        arguments: [homeName.trimmingCharacters(in: .whitespaces), now])
      let id = try AccountRows.insert(db, admin, hash: hash, at: now, by: nil)
      let actor = try AccountRows.fetch(db, id: id)!.actor
      try AuditLog.append(db, at: now, actor: actor, action: .initializeHome)
      try AuditLog.append(db, at: now, actor: actor, action: .createAccount, subjectID: id)
      return actor
    }
    db.log.event(.accountCreated(account: actor.accountID))
    return actor
  }
}
