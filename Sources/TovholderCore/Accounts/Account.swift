import Foundation

/// A person who signs in (medarbejder). Never carries the password hash.
public struct Account: Hashable, Sendable, Identifiable {
  public var id: AccountID
  /// Sign-in name, unique regardless of case.
  public var username: String
  public var displayName: String
  public var role: Role
  /// The units the account works in (staff) or leads (leader). Empty for admin.
  public var unitIDs: Set<UnitID>
  /// Set for a temp's account: sign-in is refused from this moment on.
  public var expiresAt: Date?
  /// False when an admin has disabled the account.
  public var isActive: Bool
  /// Set while the account is locked after too many wrong passwords.
  public var lockedUntil: Date?
  public var version: Int

  public init(
    id: AccountID, username: String, displayName: String, role: Role, unitIDs: Set<UnitID>,
    expiresAt: Date? = nil, isActive: Bool = true, lockedUntil: Date? = nil, version: Int = 1
  ) {
    self.id = id
    self.username = username
    self.displayName = displayName
    self.role = role
    self.unitIDs = unitIDs
    self.expiresAt = expiresAt
    self.isActive = isActive
    self.lockedUntil = lockedUntil
    self.version = version
  }

  public var isTemporary: Bool { expiresAt != nil }

  /// The signed-in person this account becomes.
  public var actor: Actor {
    Actor(accountID: id, displayName: displayName, role: role, unitIDs: unitIDs)
  }
}

/// What is needed to create an account.
public struct NewAccount: Sendable {
  public var username: String
  public var displayName: String
  public var role: Role
  public var unitIDs: Set<UnitID>
  public var password: String
  public var expiresAt: Date?

  public init(
    username: String, displayName: String, role: Role, unitIDs: Set<UnitID>, password: String,
    expiresAt: Date? = nil
  ) {
    self.username = username
    self.displayName = displayName
    self.role = role
    self.unitIDs = unitIDs
    self.password = password
    self.expiresAt = expiresAt
  }

  /// Checks the fields; throws the first problem found.
  public func validate(now: Date) throws(AccountValidationError) {
    let name = username.trimmingCharacters(in: .whitespaces)
    if name.isEmpty { throw .emptyUsername }
    if name.contains(where: { $0.isWhitespace }) { throw .usernameContainsSpace }
    if displayName.trimmingCharacters(in: .whitespaces).isEmpty { throw .emptyDisplayName }
    if password.count < PasswordPolicy.minimumLength {
      throw .passwordTooShort(minimum: PasswordPolicy.minimumLength)
    }
    if role != .admin && unitIDs.isEmpty { throw .noUnits }
    if let expiresAt, expiresAt <= now { throw .expiryInPast }
  }
}

public enum PasswordPolicy {
  public static let minimumLength = 8
}

public enum AccountValidationError: Error, Equatable, Sendable {
  case emptyUsername
  case usernameContainsSpace
  case emptyDisplayName
  case passwordTooShort(minimum: Int)
  /// Staff and leaders need at least one unit.
  case noUnits
  case expiryInPast
}
