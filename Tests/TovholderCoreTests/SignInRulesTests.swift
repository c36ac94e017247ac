import Foundation
import Testing
import TovholderCore

@Suite struct SignInRulesTests {
  let now = Date(timeIntervalSince1970: 1_700_000_000)

  @Test func fiveWrongPasswordsLockForFiveMinutes() {
    var count = 0
    var lock: Date?
    for i in 1...5 {
      #expect(lock == nil, "locked too early at attempt \(i)")
      (count, lock) = SignInRules.afterFailure(failedAttempts: count, now: now)
    }
    #expect(lock == now.addingTimeInterval(300))
    #expect(SignInRules.isLocked(lockedUntil: lock, now: now.addingTimeInterval(299)))
    #expect(!SignInRules.isLocked(lockedUntil: lock, now: now.addingTimeInterval(300)))
    #expect(SignInRules.attemptsLeft(failedAttempts: 3) == 2)
  }

  @Test func tempAccountExpires() {
    var account = Account(id: 1, username: "vikar", displayName: "Vikar", role: .staff, unitIDs: [1])
    account.expiresAt = now
    #expect(SignInRules.refusal(account: account, now: now.addingTimeInterval(-1)) == nil)
    #expect(SignInRules.refusal(account: account, now: now) == .expired(at: now))
    account.isActive = false
    #expect(SignInRules.refusal(account: account, now: now.addingTimeInterval(-1)) == .disabled)
  }
}
