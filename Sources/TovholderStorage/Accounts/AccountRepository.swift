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
    let found = try db.read { db -> (Account, String)? in
      guard let row = try AccountRow.fetch(db, username: username.trimmingCharacters(in: .whitespaces)) else {
        return nil
      }
      return (try row.account(db), row.passwordHash)
    }
    guard let (account, stored) = found else {
      _ = db.options.passwordHashing.hash(password)  // spend the time a real check takes
      try db.write { db in
        try AuditLog.append(db, at: self.db.now, actorID: nil, actorName: "", action: .signInFailed)
      }
      db.log.event(.signInFailed(account: nil))
      throw .signInRefused(.wrongCredentials)
    }
    let ok = PasswordHashing.verify(password, against: stored)
    if ok, let refusal = SignInRules.refusal(account: account, now: db.now) {
      throw .signInRefused(refusal)
    }
    let rehash = ok && db.options.passwordHashing.isWeaker(stored)
    let newHash = rehash ? db.options.passwordHashing.hash(password) : nil
    let now = db.now
    let outcome = try db.write { db -> SignInError? in
      // Re-read inside the transaction: another terminal may have counted meanwhile.
      guard var row = try AccountRow.fetchOne(db, key: account.id) else { throw StorageError.notFound }
      let current = try row.account(db)
      let refusal = SignInRules.refusal(account: current, now: now)
      let actor = current.actor
      if ok {
        if let refusal { return refusal }
        try row.updateChanges(db) {
          $0.failedAttempts = 0
          $0.lockedUntil = nil
          if let newHash { $0.passwordHash = newHash }
        }
        try AuditLog.append(db, at: now, actor: actor, action: .signIn)
        return nil
      }
      try AuditLog.append(db, at: now, actor: actor, action: .signInFailed)
      // A locked, expired or disabled account counts no further; the answer stays the same.
      guard refusal == nil else { return .wrongCredentials }
      let next = SignInRules.afterFailure(failedAttempts: row.failedAttempts, now: now)
      try row.updateChanges(db) {
        $0.failedAttempts = next.failedAttempts
        $0.lockedUntil = next.lockedUntil
      }
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
      let account = try AccountRow.insert(db, new, hash: hash, at: now, by: actor.accountID)
      try AuditLog.append(db, at: now, actor: actor, action: .createAccount, subjectID: account.id)
      return account
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
      try VersionCheck.require(db, AccountRow.self, id: account.id, expected: account.version)
      guard var row = try AccountRow.fetchOne(db, key: account.id) else { throw StorageError.notFound }
      row.displayName = account.displayName
      row.role = account.role
      row.expiresAt = account.expiresAt
      row.isActive = account.isActive
      row.version += 1
      row.updatedAt = now
      row.updatedBy = actor.accountID
      let saved = try row.updateAndFetch(db)
      let units = account.role == .admin ? [] : account.unitIDs
      try AccountUnitRow.set(db, account: account.id, units: units)
      try AuditLog.append(db, at: now, actor: actor, action: .updateAccount, subjectID: account.id)
      return try saved.account(units: units)
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
      guard var row = try AccountRow.fetchOne(db, key: accountID) else { throw StorageError.notFound }
      try row.updateChanges(db) {
        $0.passwordHash = hash
        $0.failedAttempts = 0
        $0.lockedUntil = nil
        $0.updatedAt = now
        $0.updatedBy = actor.accountID
      }
      try AuditLog.append(db, at: now, actor: actor, action: .resetPassword, subjectID: accountID)
    }
    db.log.event(.passwordReset(account: accountID))
  }

  /// Accounts the actor may see: all for admin, those sharing a unit for a leader.
  public func list(for actor: Actor) throws(StorageError) -> [Account] {
    try db.read { db in
      let all = try AccountWithUnits.fetchAll(
        db,
        AccountRow.including(all: AccountRow.units)
          .order(AccountRow.Columns.displayName.collating(AppDatabase.danishCollation))
      ).map { try $0.account.account(units: Set($0.units.map(\.unitId))) }
      switch actor.role {
      case .admin: return all
      case .leader: return all.filter { !$0.unitIDs.isDisjoint(with: actor.unitIDs) }
      case .staff: return all.filter { $0.id == actor.accountID }
      }
    }
  }

  /// The active staff and leaders of a unit the actor sees, by name: the colleagues a form
  /// may name (who took part in a use of force). Names and roles only; empty for other units.
  public func colleagues(in unit: UnitID, for actor: Actor) throws(StorageError) -> [Account] {
    guard AccessRules.visibleUnitIDs(for: actor).contains(unit) else { return [] }
    return try db.read { db in
      try AccountWithUnits.fetchAll(
        db,
        AccountRow.including(all: AccountRow.units)
          .order(AccountRow.Columns.displayName.collating(AppDatabase.danishCollation))
      ).map { try $0.account.account(units: Set($0.units.map(\.unitId))) }
        .filter { $0.role != .admin && $0.isActive && $0.unitIDs.contains(unit) }
    }
  }

  public func fetch(id: AccountID) throws(StorageError) -> Account? {
    try db.read { db in try AccountRow.fetch(db, id: id) }
  }

  /// The account with this user name (as typed at sign-in), active or not.
  public func fetch(username: String) throws(StorageError) -> Account? {
    try db.read { db in try AccountRow.fetch(db, username: username.trimmingCharacters(in: .whitespaces))?.account(db) }
  }
}

/// An account with the units it works in, read in one request.
private struct AccountWithUnits: Decodable, FetchableRecord {
  var account: AccountRow
  var units: [AccountUnitRow]
}
