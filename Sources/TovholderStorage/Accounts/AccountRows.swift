import Foundation
import GRDB
import TovholderCore

/// Reading accounts from rows.
enum AccountRows {
  static func account(_ db: Database, row: Row) throws -> Account {
    let id: Int64 = row["id"]
    let units = try Int64.fetchSet(
      db, sql: "SELECT unitId FROM accountUnit WHERE accountId = ?", arguments: [id])
    return Account(
      id: id, username: row["username"], displayName: row["displayName"],
      role: Role(rawValue: row["role"]) ?? .staff, unitIDs: units, expiresAt: row["expiresAt"],
      isActive: row["isActive"], lockedUntil: row["lockedUntil"], version: row["version"])
  }

  static func fetch(_ db: Database, id: AccountID) throws -> Account? {
    guard let row = try Row.fetchOne(db, sql: "SELECT * FROM account WHERE id = ?", arguments: [id])
    else { return nil }
    return try account(db, row: row)
  }

  static func fetch(_ db: Database, username: String) throws -> (Account, Row)? {
    guard
      let row = try Row.fetchOne(
        db, sql: "SELECT * FROM account WHERE username = ?", arguments: [username])
    else { return nil }
    return (try account(db, row: row), row)
  }

  /// Inserts an account and its units; returns its id. Caller writes the audit row.
  static func insert(_ db: Database, _ new: NewAccount, hash: String, at: Date, by: AccountID?)
    throws -> AccountID
  {
    do {
      try db.execute(
        sql: """
          INSERT INTO account (username, displayName, role, passwordHash, expiresAt, createdAt,
            createdBy, updatedAt, updatedBy) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          new.username.trimmingCharacters(in: .whitespaces),
          new.displayName.trimmingCharacters(in: .whitespaces), new.role.rawValue, hash,
          new.expiresAt, at, by, at, by,
        ])
    } catch let error as DatabaseError where error.isUniqueViolation {
      throw StorageError.usernameTaken
    }
    let id = db.lastInsertedRowID
    try setUnits(db, account: id, units: new.role == .admin ? [] : new.unitIDs)
    return id
  }

  static func setUnits(_ db: Database, account: AccountID, units: Set<UnitID>) throws {
    try db.execute(sql: "DELETE FROM accountUnit WHERE accountId = ?", arguments: [account])
    for unit in units.sorted() {
      guard try Bool.fetchOne(db, sql: "SELECT 1 FROM unit WHERE id = ?", arguments: [unit]) != nil
      else { throw StorageError.notFound }
      try db.execute(
        sql: "INSERT INTO accountUnit (accountId, unitId) VALUES (?, ?)", arguments: [account, unit])
    }
  }
}
