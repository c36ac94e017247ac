import Foundation
import Testing
import TovholderCore

@Suite struct AccessRulesTests {
  let staff = Actor(accountID: 1, displayName: "S", role: .staff, unitIDs: [1])
  let leader = Actor(accountID: 2, displayName: "L", role: .leader, unitIDs: [1, 2])
  let admin = Actor(accountID: 3, displayName: "A", role: .admin, unitIDs: [])

  @Test func staffSeeOwnUnitsOnly() {
    #expect(AccessRules.canSeeResidents(in: 1, actor: staff))
    #expect(!AccessRules.canSeeResidents(in: 2, actor: staff))
    #expect(!AccessRules.canSeeAccessLog(in: 1, actor: staff))
    #expect(!AccessRules.canCreateTempAccount(for: [1], actor: staff))
  }

  @Test func leaderSeesLedUnitsAndAccessLog() {
    #expect(AccessRules.canSeeResidents(in: 2, actor: leader))
    #expect(!AccessRules.canSeeResidents(in: 3, actor: leader))
    #expect(AccessRules.canSeeAccessLog(in: 2, actor: leader))
    #expect(AccessRules.canCreateTempAccount(for: [1, 2], actor: leader))
    #expect(!AccessRules.canCreateTempAccount(for: [3], actor: leader))
    #expect(!AccessRules.canManageAccounts(actor: leader))
  }

  @Test func adminManagesButDoesNotSeeRecords() {
    #expect(AccessRules.canManageAccounts(actor: admin))
    #expect(AccessRules.canManageUnits(actor: admin))
    #expect(
      !AccessRules.canSeeResidents(in: 1, actor: Actor(accountID: 3, displayName: "A", role: .admin, unitIDs: [1])))
    #expect(AccessRules.visibleUnitIDs(for: admin).isEmpty)
  }

  @Test func newAccountValidation() {
    let now = CalendarDay(year: 2026, month: 12, day: 3)!.at(hour: 14, minute: 0, second: 0)!
    var a = NewAccount(username: "tina", displayName: "Tina", role: .staff, unitIDs: [1], password: "longenough")
    #expect(throws: Never.self) { try a.validate(now: now) }
    a.unitIDs = []
    #expect(throws: AccountValidationError.noUnits) { try a.validate(now: now) }
    a.unitIDs = [1]
    a.password = "short"
    #expect(throws: AccountValidationError.passwordTooShort(minimum: 8)) { try a.validate(now: now) }
    a.password = "longenough"
    a.expiresAt = now.addingTimeInterval(-1)
    #expect(throws: AccountValidationError.expiryInPast) { try a.validate(now: now) }
  }
}
