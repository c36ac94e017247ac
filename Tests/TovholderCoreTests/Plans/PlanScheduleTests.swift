import Testing
import TovholderCore

@Suite struct PlanScheduleTests {
  let day = PlanSamples.day

  @Test func monthsAreAddedWithTheMonthEndKept() {
    #expect(day("2024-01-31").adding(months: 1) == day("2024-02-29"))
    #expect(day("2023-01-31").adding(months: 1) == day("2023-02-28"))
    #expect(day("2024-11-15").adding(months: 3) == day("2025-02-15"))
    #expect(day("2024-03-01").adding(months: -3) == day("2023-12-01"))
    #expect(day("2024-02-28").adding(days: 2) == day("2024-03-01"))
    #expect(day("2024-03-31").adding(days: -31) == day("2024-02-29"))
    #expect(day("2024-03-31").days(since: day("2024-03-01")) == 30)
    // Across the change to summer time the day count stays whole.
    #expect(day("2024-04-01").days(since: day("2024-03-30")) == 2)
  }

  @Test func theHomeIntervalIsTwoToFourTimesAYear() throws {
    #expect(FollowUpInterval.standard.months == 6)
    #expect(try FollowUpInterval(timesPerYear: 3).months == 4)
    #expect(try FollowUpInterval(timesPerYear: 4).next(after: day("2024-11-30")) == day("2025-02-28"))
    #expect(throws: PlanValidationError.intervalOutOfRange(allowed: 2...4)) { try FollowUpInterval(timesPerYear: 1) }
    #expect(throws: PlanValidationError.intervalOutOfRange(allowed: 2...4)) { try FollowUpInterval(timesPerYear: 5) }
  }

  @Test func dueStatusCountsDaysOverdueAndWithinThirtyDays() {
    let today = day("2024-06-01")
    #expect(PlanSchedule.status(of: day("2024-05-31"), today: today) == .overdue(days: 1))
    #expect(PlanSchedule.status(of: today, today: today) == .dueSoon(days: 0))
    #expect(PlanSchedule.status(of: day("2024-07-01"), today: today) == .dueSoon(days: 30))
    #expect(PlanSchedule.status(of: day("2024-07-02"), today: today) == .notDue)
    #expect(!PlanSchedule.status(of: day("2025-01-01"), today: today).isListed)
  }

  @Test func anEarlierOpenSubGoalDateDrivesThePlansDueDate() {
    var doc = PlanSamples.document
    // Sub-goal dates 2024-04-01 and 2024-03-01 come before the plan's 2024-07-10.
    #expect(doc.dueDate.day == day("2024-03-01"))
    #expect(doc.dueDate.isSubGoal)
    // Closed sub-goals and ended goals do not count.
    doc.goals[1].goal.status = .ended
    #expect(doc.dueDate.day == day("2024-04-01"))
    doc.goals[0].subGoals[0].subGoal.isClosed = true
    #expect(doc.dueDate.day == day("2024-07-10"))
    #expect(!doc.dueDate.isSubGoal)
  }

  @Test func nextFollowUpIsTheAgreedDateElseOneIntervalOn() throws {
    let four = try FollowUpInterval(timesPerYear: 4)
    #expect(PlanSchedule.nextFollowUp(after: day("2024-05-20"), agreed: nil, interval: four) == day("2024-08-20"))
    #expect(
      PlanSchedule.nextFollowUp(after: day("2024-05-20"), agreed: day("2024-06-15"), interval: four)
        == day("2024-06-15"))
  }

  @Test func dueItemsAreOrderedOverdueFirstThenResidentsWithoutAPlan() {
    func item(_ name: String, _ due: String?) -> PlanDueItem {
      PlanDueItem(
        residentID: 1, residentName: name, unitID: 1, planID: due == nil ? nil : 1, dueOn: due.map(day),
        reason: due == nil ? .noPlan : .planFollowUp, status: .notDue)
    }
    let ordered = PlanDueItem.ordered([
      item("Åse", nil), item("Bo", "2024-06-10"), item("Anne", nil), item("Carl", "2024-05-01"),
      item("Dorte", "2024-06-10"),
    ])
    #expect(ordered.map(\.residentName) == ["Carl", "Bo", "Dorte", "Anne", "Åse"])
  }
}
