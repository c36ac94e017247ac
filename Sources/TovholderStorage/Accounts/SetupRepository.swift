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
    try db.read { db in try SetupRepository.home(db) }
  }

  static func home(_ db: Database) throws -> Home? {
    try HomeRow.fetchOne(db)?.home
  }

  /// When the home's shifts start (the standard 07, 15, 23 before the home is set up).
  public func shiftTimes() throws(StorageError) -> ShiftTimes {
    try db.read { db in try SetupRepository.home(db)?.shiftTimes ?? .standard }
  }

  /// Changes the home's name, address, acting municipality and shift times (an admin or a
  /// leader: the shift changes are how the leaders run the house).
  /// `home.version` must be the version read.
  public func updateHome(_ home: Home, by actor: Actor) throws(StorageError) -> Home {
    guard actor.role != .staff else { throw .accessDenied }
    do { try home.validate() } catch { throw .invalidHome(error) }
    let now = db.now
    return try db.write { db in
      try VersionCheck.require(db, HomeRow.self, id: 1, expected: home.version)
      try db.execute(
        sql: """
          UPDATE home SET name = ?, address = ?, actingMunicipality = ?, dayShiftStart = ?, eveningShiftStart = ?,
            nightShiftStart = ?, version = version + 1, updatedAt = ?, updatedBy = ? WHERE id = 1
          """,
        arguments: [
          home.name.trimmingCharacters(in: .whitespaces), home.address.trimmingCharacters(in: .whitespaces),
          home.actingMunicipality.trimmingCharacters(in: .whitespaces), home.shiftTimes.day, home.shiftTimes.evening,
          home.shiftTimes.night, now, actor.accountID,
        ])
      try AuditLog.append(db, at: now, actor: actor, action: .updateHome)
      guard let saved = try SetupRepository.home(db) else { throw StorageError.notFound }
      return saved
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
