import Foundation
import GRDB
import TovholderCore

/// A row of `account`. The password hash never leaves Storage.
struct AccountRow: StoredRecord, MutablePersistableRecord {
  static let databaseTableName = "account"

  var id: AccountID?
  var username: String
  var displayName: String
  var role: Role
  var passwordHash: String
  var failedAttempts = 0
  var lockedUntil: Date?
  var expiresAt: Date?
  var isActive = true
  var createdAt: Date
  var createdBy: AccountID?
  var version = 1
  var updatedAt: Date
  var updatedBy: AccountID?

  enum Columns {
    static let username = Column(CodingKeys.username)
    static let displayName = Column(CodingKeys.displayName)
  }

  static let units = hasMany(AccountUnitRow.self).forKey("units")

  mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

  func account(units: Set<UnitID>) throws -> Account {
    guard let id else { throw undecodable(nil) }
    return Account(
      id: id, username: username, displayName: displayName, role: role, unitIDs: units,
      expiresAt: expiresAt, isActive: isActive, lockedUntil: lockedUntil, version: version)
  }

  func account(_ db: Database) throws -> Account {
    try account(units: AccountUnitRow.units(db, account: id ?? 0))
  }

  static func fetch(_ db: Database, id: AccountID) throws -> Account? {
    try fetchOne(db, key: id)?.account(db)
  }

  static func fetch(_ db: Database, username: String) throws -> AccountRow? {
    try filter(Columns.username == username).fetchOne(db)
  }

  static func displayName(_ db: Database, id: AccountID) throws -> String? {
    try select(Columns.displayName, as: String.self).filter(key: id).fetchOne(db)
  }

  /// Inserts an account and its units; returns it. Caller writes the audit row.
  static func insert(_ db: Database, _ new: NewAccount, hash: String, at: Date, by: AccountID?) throws -> Account {
    let row = AccountRow(
      username: new.username.trimmingCharacters(in: .whitespaces),
      displayName: new.displayName.trimmingCharacters(in: .whitespaces), role: new.role, passwordHash: hash,
      expiresAt: new.expiresAt, createdAt: at, createdBy: by, updatedAt: at, updatedBy: by)
    let saved: AccountRow
    do {
      saved = try row.insertAndFetch(db)
    } catch let error as DatabaseError where error.isUniqueViolation {
      throw StorageError.usernameTaken
    }
    let account = try saved.account(units: [])
    let units = new.role == .admin ? [] : new.unitIDs
    try AccountUnitRow.set(db, account: account.id, units: units)
    return try saved.account(units: units)
  }
}

/// A row of `accountUnit`: an account works in (or leads) a unit.
struct AccountUnitRow: StoredRecord, PersistableRecord {
  static let databaseTableName = "accountUnit"
  static var identityColumns: [String] { ["accountId", "unitId"] }

  var accountId: AccountID
  var unitId: UnitID

  enum Columns {
    static let accountId = Column(CodingKeys.accountId)
  }

  static func units(_ db: Database, account: AccountID) throws -> Set<UnitID> {
    Set(try filter(Columns.accountId == account).fetchAll(db).map(\.unitId))
  }

  static func set(_ db: Database, account: AccountID, units: Set<UnitID>) throws {
    try filter(Columns.accountId == account).deleteAll(db)
    for unit in units.sorted() {
      guard try UnitRow.exists(db, key: unit) else { throw StorageError.notFound }
      try AccountUnitRow(accountId: account, unitId: unit).insert(db)
    }
  }
}
