import Testing
import TovholderCore

@Suite struct PlanValidationTests {
  let day = PlanSamples.day
  let start = PlanSamples.day("2024-01-10")

  @Test func aSubGoalWithoutAMeasureIsRefused() {
    let new = NewSubGoal(goalID: 1, text: "Går en tur", measure: nil, followUpDate: day("2024-03-01"))
    #expect(throws: PlanValidationError.missingMeasure) { try new.validated(planStart: start) }
  }

  @Test func aFollowUpDateBeforeThePlanStartIsRefused() {
    let new = NewSubGoal(goalID: 1, text: "Går en tur", measure: .count, followUpDate: day("2024-01-09"))
    #expect(throws: PlanValidationError.followUpBeforePlanStart(start)) { try new.validated(planStart: start) }
    var same = new
    same.followUpDate = start
    #expect(throws: Never.self) { try same.validated(planStart: start) }
    #expect(throws: PlanValidationError.followUpBeforePlanStart(start)) {
      try PlanValidation.plan(wish: "Bo selv", start: start, nextFollowUp: day("2023-12-01"))
    }
    #expect(throws: PlanValidationError.emptyWish) {
      try PlanValidation.plan(wish: " \n", start: start, nextFollowUp: day("2024-06-01"))
    }
  }

  @Test func targetsAndScoresMustBeInTheMeasuresRange() {
    let new = NewSubGoal(
      goalID: 1, text: "Sover godt", measure: .scale(min: 0, max: 4), target: 5, followUpDate: day("2024-03-01"))
    #expect(throws: PlanValidationError.targetOutOfRange(0...4)) { try new.validated(planStart: start) }
    let sub = PlanSamples.sub(1, goal: 1, "Sover godt", "2024-03-01", measure: .scale(min: 0, max: 10))
    #expect(throws: PlanValidationError.scoreOutOfRange(0...10)) {
      try NewProgress(subGoalID: 1, value: 11).validate(for: sub)
    }
    #expect(throws: PlanValidationError.scoreOutOfRange(0...10)) {
      try NewProgress(subGoalID: 1, value: -1).validate(for: sub)
    }
    #expect(throws: Never.self) { try NewProgress(subGoalID: 1, value: 10).validate(for: sub) }
    let yesNo = PlanSamples.sub(2, goal: 1, "Tager medicin", "2024-03-01", measure: .yesNo, target: 1)
    #expect(throws: PlanValidationError.scoreOutOfRange(0...1)) {
      try NewProgress(subGoalID: 2, value: 2).validate(for: yesNo)
    }
    var closed = sub
    closed.isClosed = true
    #expect(throws: PlanValidationError.subGoalClosed) { try NewProgress(subGoalID: 1, value: 3).validate(for: closed) }
    #expect(NewProgress(subGoalID: 1, value: 3, note: "  ").cleanNote == nil)
    #expect(NewProgress(subGoalID: 1, value: 3, note: " god dag ").cleanNote == "god dag")
  }

  @Test func interventionsNeedTextAndASaneFrequency() {
    #expect(throws: PlanValidationError.emptyInterventionText) {
      try NewIntervention(subGoalID: 1, text: "", frequency: .asNeeded).validate()
    }
    #expect(throws: PlanValidationError.frequencyOutOfRange) {
      try NewIntervention(subGoalID: 1, text: "Går med", frequency: Frequency(times: 0, per: .week)).validate()
    }
    #expect(throws: PlanValidationError.emptyOutsideName) {
      try NewIntervention(subGoalID: 1, text: "Går med", frequency: .asNeeded, responsible: .outside(" ")).validate()
    }
  }

  func followUp(_ decisions: [GoalDecision], heldOn: String = "2024-05-01", next: String? = nil) -> NewFollowUp {
    NewFollowUp(planID: 1, planVersion: 1, heldOn: day(heldOn), decisions: decisions, nextFollowUp: next.map(day))
  }

  func check(_ f: NewFollowUp) throws(PlanValidationError) {
    let doc = PlanSamples.document
    try PlanValidation.followUp(
      f, plan: doc.plan, openGoals: doc.openGoals, scoreRange: 0...4, today: day("2024-05-02"))
  }

  @Test func aFollowUpDecidesEveryOpenGoalOnce() {
    let ok = [
      GoalDecision(goalID: 1, goalVersion: 1, decision: .continue),
      GoalDecision(goalID: 2, goalVersion: 1, decision: .end),
    ]
    #expect(throws: Never.self) { try check(followUp(ok)) }
    #expect(throws: PlanValidationError.missingDecision(2)) { try check(followUp([ok[0]])) }
    #expect(throws: PlanValidationError.invalidDecision(1)) { try check(followUp(ok + [ok[0]])) }
    #expect(throws: PlanValidationError.invalidDecision(9)) {
      try check(followUp(ok + [GoalDecision(goalID: 9, goalVersion: 1, decision: .end)]))
    }
  }

  @Test func aChangeOrRevisitationNeedsANoteAndScoresStayInRange() {
    let end = GoalDecision(goalID: 2, goalVersion: 1, decision: .end)
    #expect(throws: PlanValidationError.decisionNeedsNote(1)) {
      try check(followUp([GoalDecision(goalID: 1, goalVersion: 1, decision: .change, note: " "), end]))
    }
    #expect(throws: PlanValidationError.decisionNeedsNote(1)) {
      try check(followUp([GoalDecision(goalID: 1, goalVersion: 1, decision: .revisitation), end]))
    }
    #expect(throws: PlanValidationError.followUpScoreOutOfRange(0...4)) {
      try check(followUp([GoalDecision(goalID: 1, goalVersion: 1, decision: .continue, score: 5), end]))
    }
    #expect(FollowUpDecision.end.resultingStatus == .ended)
    #expect(FollowUpDecision.revisitation.resultingStatus == .revisitation)
    #expect(FollowUpDecision.change.resultingStatus == .active)
  }

  @Test func aFollowUpIsDatedWithinThePlanAndBeforeTheNextOne() {
    let all = [
      GoalDecision(goalID: 1, goalVersion: 1, decision: .continue),
      GoalDecision(goalID: 2, goalVersion: 1, decision: .continue),
    ]
    #expect(throws: PlanValidationError.followUpBeforePlanStart(start)) {
      try check(followUp(all, heldOn: "2024-01-09"))
    }
    #expect(throws: PlanValidationError.followUpInFuture) { try check(followUp(all, heldOn: "2024-05-03")) }
    #expect(throws: PlanValidationError.nextFollowUpNotAfterMeeting) {
      try check(followUp(all, heldOn: "2024-05-01", next: "2024-05-01"))
    }
  }
}
