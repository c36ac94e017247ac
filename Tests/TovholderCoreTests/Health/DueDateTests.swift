import Foundation
import Testing
import TovholderCore

@Suite struct HealthDueDateTests {
  @Test func monthsClampToTheLastDayAndLeapYearsCount() {
    let month = ScreeningInterval("1m")!
    #expect(month.after(day(2024, 1, 31)) == day(2024, 2, 29))
    #expect(month.after(day(2023, 1, 31)) == day(2023, 2, 28))
    #expect(month.after(day(2024, 3, 31)) == day(2024, 4, 30))
    #expect(month.after(day(2024, 12, 15)) == day(2025, 1, 15))
    #expect(ScreeningInterval("3m")!.after(day(2024, 11, 30)) == day(2025, 2, 28))
    #expect(ScreeningInterval("1y")!.after(day(2024, 2, 29)) == day(2025, 2, 28))
    #expect(ScreeningInterval("4y")!.after(day(2024, 2, 29)) == day(2028, 2, 29))
    #expect(ScreeningInterval("2y")!.after(day(2099, 3, 1)) == day(2101, 3, 1))
  }

  @Test func daysAndWeeksCrossMonthsAndLeapDays() {
    #expect(ScreeningInterval("14d")!.after(day(2024, 2, 20)) == day(2024, 3, 5))
    #expect(ScreeningInterval("14d")!.after(day(2023, 2, 20)) == day(2023, 3, 6))
    #expect(ScreeningInterval("1w")!.after(day(2024, 12, 28)) == day(2025, 1, 4))
    #expect(ScreeningInterval("2u")!.after(day(2024, 2, 28)) == day(2024, 3, 13))
    #expect(day(2024, 1, 1).adding(days: 366) == day(2025, 1, 1))
    #expect(day(2000, 3, 1).adding(days: -1) == day(2000, 2, 29))
    #expect(day(1900, 3, 1).adding(days: -1) == day(1900, 2, 28))
    #expect(day(2024, 3, 1).days(to: day(2024, 2, 1)) == -29)
  }

  @Test func lookBackPeriods() {
    #expect(ScreeningInterval("3m")!.before(day(2024, 5, 31)) == day(2024, 2, 29))
    #expect(ScreeningInterval("1y")!.before(day(2025, 2, 28)) == day(2024, 2, 28))
  }

  @Test func intervalParsing() {
    #expect(ScreeningInterval(" 6 m ") == ScreeningInterval(count: 6, unit: .month))
    #expect(ScreeningInterval("1å") == ScreeningInterval(count: 1, unit: .year))
    #expect(ScreeningInterval("0m") == nil)
    #expect(ScreeningInterval("-3m") == nil)
    #expect(ScreeningInterval("3") == nil)
    #expect(ScreeningInterval("m") == nil)
    #expect(ScreeningInterval("121m") == nil)
    #expect(ScreeningInterval("3x") == nil)
    #expect(ScreeningInterval("2w")!.description == "2w")
  }

  @Test func nextDueFollowsLastScreeningButNotBeforeStart() {
    let m = ScreeningInterval("1m")!
    #expect(DueRule.nextDue(lastTaken: nil, startDay: day(2024, 5, 1), interval: m) == day(2024, 5, 1))
    #expect(DueRule.nextDue(lastTaken: day(2024, 1, 31), startDay: day(2023, 1, 1), interval: m) == day(2024, 2, 29))
    // Taken before the assignment began: due at the start, not earlier.
    #expect(DueRule.nextDue(lastTaken: day(2024, 1, 2), startDay: day(2024, 6, 1), interval: m) == day(2024, 6, 1))
  }

  @Test func weeksRunMondayToSunday() {
    #expect(day(2024, 11, 25).weekdayFromMonday == 0)  // a Monday
    #expect(day(2026, 11, 24).weekdayFromMonday == 1)  // a Tuesday
    #expect(day(2024, 2, 29).endOfWeek == day(2024, 3, 3))
    #expect(day(2024, 3, 3).endOfWeek == day(2024, 3, 3))
    #expect(day(2023, 2, 10).endOfMonth == day(2023, 2, 28))
  }

  @Test func statusBuckets() {
    let today = day(2024, 2, 27)  // Tuesday; the week ends Sunday 3 March, the month on the 29th
    #expect(DueRule.status(due: day(2024, 2, 26), today: today) == .overdue)
    #expect(DueRule.status(due: today, today: today) == .thisWeek)
    #expect(DueRule.status(due: day(2024, 3, 3), today: today) == .thisWeek)
    #expect(DueRule.status(due: day(2024, 3, 4), today: today) == .later)
    let mid = day(2024, 2, 13)
    #expect(DueRule.status(due: day(2024, 2, 19), today: mid) == .thisMonth)
    #expect(DueRule.status(due: day(2024, 2, 29), today: mid) == .thisMonth)
    #expect(DueRule.status(due: day(2024, 3, 1), today: mid) == .later)
    #expect(ScreeningDueStatus.overdue < .thisWeek && ScreeningDueStatus.thisMonth < .later)
  }
}
