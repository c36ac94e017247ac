import Foundation

/// Five wrong passwords lock an account for five minutes; a temp account is refused from
/// its expiry on. The counters live in the database; these are the pure rules.
public enum SignInRules {
  public static let maxFailedAttempts = 5
  public static let lockDuration: TimeInterval = 5 * 60

  /// The state after one more wrong password: the new count, and the lock if it is reached.
  /// The count restarts at zero once a lock is set.
  public static func afterFailure(failedAttempts: Int, now: Date) -> (
    failedAttempts: Int, lockedUntil: Date?
  ) {
    let count = failedAttempts + 1
    if count >= maxFailedAttempts {
      return (0, now.addingTimeInterval(lockDuration))
    }
    return (count, nil)
  }

  /// Attempts left before the lock, after `failedAttempts` wrong ones.
  public static func attemptsLeft(failedAttempts: Int) -> Int {
    max(0, maxFailedAttempts - failedAttempts)
  }

  public static func isLocked(lockedUntil: Date?, now: Date) -> Bool {
    guard let lockedUntil else { return false }
    return now < lockedUntil
  }

  public static func isExpired(expiresAt: Date?, now: Date) -> Bool {
    guard let expiresAt else { return false }
    return now >= expiresAt
  }

  /// Checked before the password: the reasons an account may not sign in at all.
  public static func refusal(account: Account, now: Date) -> SignInError? {
    if !account.isActive { return .disabled }
    if isExpired(expiresAt: account.expiresAt, now: now) { return .expired(at: account.expiresAt!) }
    if isLocked(lockedUntil: account.lockedUntil, now: now) {
      return .locked(until: account.lockedUntil!)
    }
    return nil
  }
}

/// Why sign-in failed. An unknown user name and a wrong password look the same.
public enum SignInError: Error, Equatable, Sendable {
  /// Wrong user name or password. The same for a real and an unknown user name, so it
  /// carries nothing (no attempts left) that would tell them apart.
  case wrongCredentials
  case locked(until: Date)
  case expired(at: Date)
  case disabled
}
