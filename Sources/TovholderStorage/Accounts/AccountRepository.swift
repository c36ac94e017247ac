import Foundation
import GRDB
import TovholderCore

/// Sign-in and account management.
public struct AccountRepository: Sendable {
  let db: AppDatabase

  /// Signs in; returns the signed-in person. Wrong passwords are counted in the database:
  /// the fifth locks the account for five minutes. Temp accounts are refused from expiry on.
  /// Throws `.signInRefused(SignInError)` for every refusal.
  ///
  /// A wrong password gives the same answer, in the same time, whether the user name exists
  /// or not, locked or not: only someone who knows the password learns that the account is
  /// locked, expired or disabled.
  public func signIn(username: String, password: String) throws(StorageError) -> Actor {
    let found = try db.read { db in
      try AccountRows.fetch(db, username: username.trimmingCharacters(in: .whitespaces))
    }
    guard let (account, row) = found else {
      _ = db.options.passwordHashing.hash(password)  // spend the time a real check takes
      try db.write { db in
        try AuditLog.append(db, at: self.db.now, actorID: nil, actorName: "", action: .signInFailed)
      }
      db.log.event(.signInFailed(account: nil))
      throw .signInRefused(.wrongCredentials)
    }
    let stored: String = row["passwordHash"]
    let ok = PasswordHashing.verify(password, against: stored)
    if ok, let refusal = SignInRules.refusal(account: account, now: db.now) {
      throw .signInRefused(refusal)
    }
    let rehash = ok && db.options.passwordHashing.isWeaker(stored)
    let newHash = rehash ? db.options.passwordHashing.hash(password) : nil
    let now = db.now
    let outcome = try db.write { db -> SignInError? in
      // Re-read inside the transaction: another terminal may have counted meanwhile.
      guard let current = try AccountRows.fetch(db, id: account.id) else { throw StorageError.notFound }
      let refusal = SignInRules.refusal(account: current, now: now)
      let actor = current.actor
      if ok {
        if let refusal { return refusal }
        try db.execute(
          sql:
            "UPDATE account SET failedAttempts = 0, lockedUntil = NULL, passwordHash = COALESCE(?, passwordHash) WHERE id = ?",
          arguments: [newHash, account.id])
        try AuditLog.append(db, at: now, actor: actor, action: .signIn)
        return nil
      }
      try AuditLog.append(db, at: now, actor: actor, action: .signInFailed)
      // A locked, expired or disabled account counts no further; the answer stays the same.
      guard refusal == nil else { return .wrongCredentials }
      let failed =
        try Int.fetchOne(db, sql: "SELECT failedAttempts FROM account WHERE id = ?", arguments: [account.id]) ?? 0
      let next = SignInRules.afterFailure(failedAttempts: failed, now: now)
      try db.execute(
        sql: "UPDATE account SET failedAttempts = ?, lockedUntil = ? WHERE id = ?",
        arguments: [next.failedAttempts, next.lockedUntil, account.id])
      if next.lockedUntil != nil {
        try AuditLog.append(db, at: now, actor: actor, action: .accountLocked)
        self.db.log.event(.accountLocked(account: account.id))
      }
      return .wrongCredentials
    }
    if let outcome {
      if outcome == .wrongCredentials { db.log.event(.signInFailed(account: account.id)) }
      throw .signInRefused(outcome)
    }
    db.log.event(.signedIn(account: account.id))
    return account.actor
  }

  /// Creates an account. Admin may create any; a leader only a time-limited staff account
  /// (a temp) in the units they lead.
  public func create(_ new: NewAccount, by actor: Actor) throws(StorageError) -> Account {
    let now = db.now
    do { try new.validate(now: now) } catch { throw .invalidAccount(error) }
    let isTemp = new.role == .staff && new.expiresAt != nil
    guard
      AccessRules.canManageAccounts(actor: actor)
        || (isTemp && AccessRules.canCreateTempAccount(for: new.unitIDs, actor: actor))
    else { throw .accessDenied }
    let hash = db.options.passwordHashing.hash(new.password)
    let account = try db.write { db -> Account in
      let id = try AccountRows.insert(db, new, hash: hash, at: now, by: actor.accountID)
      try AuditLog.append(db, at: now, actor: actor, action: .createAccount, subjectID: id)
      return try AccountRows.fetch(db, id: id)!
    }
    db.log.event(.accountCreated(account: account.id))
    return account
  }

  /// Saves display name, role, units, expiry and active flag. Admin only. `account.version`
  /// must be the version read; returns the saved account with its new version.
  public func update(_ account: Account, by actor: Actor) throws(StorageError) -> Account {
    guard AccessRules.canManageAccounts(actor: actor) else { throw .accessDenied }
    guard !account.displayName.trimmingCharacters(in: .whitespaces).isEmpty else {
      throw .invalidAccount(.emptyDisplayName)
    }
    if account.role != .admin && account.unitIDs.isEmpty { throw .invalidAccount(.noUnits) }
    let now = db.now
    return try db.write { db in
      try VersionCheck.require(db, table: "account", id: account.id, expected: account.version)
      try db.execute(
        sql: """
          UPDATE account SET displayName = ?, role = ?, expiresAt = ?, isActive = ?,
            version = version + 1, updatedAt = ?, updatedBy = ? WHERE id = ?
          """,
        arguments: [
          account.displayName, account.role.rawValue, account.expiresAt, account.isActive, now,
          actor.accountID, account.id,
        ])
      try AccountRows.setUnits(db, account: account.id, units: account.role == .admin ? [] : account.unitIDs)
      try AuditLog.append(db, at: now, actor: actor, action: .updateAccount, subjectID: account.id)
      return try AccountRows.fetch(db, id: account.id)!
    }
  }

  /// Sets a new password and lifts any lock. Admin only.
  public func resetPassword(accountID: AccountID, to password: String, by actor: Actor) throws(StorageError) {
    guard AccessRules.canManageAccounts(actor: actor) else { throw .accessDenied }
    guard password.count >= PasswordPolicy.minimumLength else {
      throw .invalidAccount(.passwordTooShort(minimum: PasswordPolicy.minimumLength))
    }
    let hash = db.options.passwordHashing.hash(password)
    let now = db.now
    try db.write { db in
      try db.execute(
        sql:
          "UPDATE account SET passwordHash = ?, failedAttempts = 0, lockedUntil = NULL, updatedAt = ?, updatedBy = ? WHERE id = ?",
        arguments: [hash, now, actor.accountID, accountID])
      guard db.changesCount == 1 else { throw StorageError.notFound }
      try AuditLog.append(db, at: now, actor: actor, action: .resetPassword, subjectID: accountID)
    }
    db.log.event(.passwordReset(account: accountID))
  }

  /// Accounts the actor may see: all for admin, those sharing a unit for a leader.
  public func list(for actor: Actor) throws(StorageError) -> [Account] {
    try db.read { db in
      let all = try Row.fetchAll(db, sql: "SELECT * FROM account ORDER BY displayName COLLATE danish")
        .map { try AccountRows.account(db, row: $0) }
      switch actor.role {
      case .admin: return all
      case .leader: return all.filter { !$0.unitIDs.isDisjoint(with: actor.unitIDs) }
      case .staff: return all.filter { $0.id == actor.accountID }
      }
    }
  }

  public func fetch(id: AccountID) throws(StorageError) -> Account? {
    try db.read { db in try AccountRows.fetch(db, id: id) }
  }
}
