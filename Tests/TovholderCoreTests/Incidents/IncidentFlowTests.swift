import Foundation
import Testing
import TovholderCore

@Suite struct IncidentsFlowTests {
  let leader = Actor(accountID: 1, displayName: "Lise", role: .leader, unitIDs: [10])
  let otherLeader = Actor(accountID: 2, displayName: "Ole", role: .leader, unitIDs: [20])
  let staff = Actor(accountID: 3, displayName: "Anna", role: .staff, unitIDs: [10])
  let admin = Actor(accountID: 4, displayName: "Admin", role: .admin, unitIDs: [])
  let today = CalendarDay(year: 2026, month: 3, day: 10)!

  var review: IncidentReview {
    IncidentReview(
      analysis: "Travlhed ved vagtskifte",
      actions: [
        IncidentAction(text: "Dobbelttjek", owner: "Teamleder", due: CalendarDay(year: 2026, month: 4, day: 1)!)
      ],
      feedback: "Tak for indberetningen")
  }

  @Test func allowedSteps() {
    #expect(IncidentFlow.next(from: .registered) == [.underReview, .rejected])
    #expect(IncidentFlow.next(from: .underReview) == [.closed, .rejected])
    #expect(IncidentFlow.next(from: .closed).isEmpty)
    #expect(IncidentFlow.next(from: .rejected).isEmpty)
  }

  @Test func leaderWalksTheFlow() throws {
    try IncidentFlow.check(.startReview, from: .registered, unitID: 10, actor: leader, today: today)
    try IncidentFlow.check(.close(review), from: .underReview, unitID: 10, actor: leader, today: today)
    for reason in RejectionReason.allCases {
      try IncidentFlow.check(.reject(reason), from: .registered, unitID: 10, actor: leader, today: today)
      try IncidentFlow.check(.reject(reason), from: .underReview, unitID: 10, actor: leader, today: today)
    }
  }

  @Test func skippedAndBackwardStepsRefused() {
    #expect(throws: IncidentTransitionError.notAllowed(from: .registered, to: .closed)) {
      try IncidentFlow.check(.close(review), from: .registered, unitID: 10, actor: leader, today: today)
    }
    #expect(throws: IncidentTransitionError.notAllowed(from: .closed, to: .underReview)) {
      try IncidentFlow.check(.startReview, from: .closed, unitID: 10, actor: leader, today: today)
    }
    #expect(throws: IncidentTransitionError.notAllowed(from: .rejected, to: .rejected)) {
      try IncidentFlow.check(.reject(.duplicate), from: .rejected, unitID: 10, actor: leader, today: today)
    }
  }

  @Test func onlyLeadersOfTheUnit() {
    for actor in [otherLeader, staff, admin] {
      #expect(throws: IncidentTransitionError.notLeaderOfUnit) {
        try IncidentFlow.check(.startReview, from: .registered, unitID: 10, actor: actor, today: today)
      }
    }
  }

  @Test func closingNeedsAnalysisFeedbackAndCompleteActions() {
    var r = review
    r.analysis = "  \n"
    #expect(throws: IncidentTransitionError.missingAnalysis) { try IncidentFlow.validate(r, today: today) }
    r = review
    r.feedback = ""
    #expect(throws: IncidentTransitionError.missingFeedback) { try IncidentFlow.validate(r, today: today) }
    r = review
    r.actions.append(IncidentAction(text: "Ny måtte", owner: " ", due: today))
    #expect(throws: IncidentTransitionError.incompleteAction(index: 1)) { try IncidentFlow.validate(r, today: today) }
    r = review
    r.actions[0].due = CalendarDay(year: 2026, month: 3, day: 9)!
    #expect(throws: IncidentTransitionError.actionDueInPast(index: 0)) { try IncidentFlow.validate(r, today: today) }
    r = review
    r.actions = []
    #expect(throws: Never.self) { try IncidentFlow.validate(r, today: today) }
  }

  @Test func fiveRejectionReasons() {
    #expect(RejectionReason.allCases.count == 5)
    #expect(RejectionReason.allCases.map { IncidentExport.rejectionName($0, .da) }.contains("Dublet"))
  }

  @Test func reporterIdentityForLeadersOfTheUnitAndTheReporterOnly() {
    let reporter = staff.accountID
    #expect(IncidentRules.canSeeReporter(unitID: 10, reporterID: reporter, actor: staff))
    #expect(IncidentRules.canSeeReporter(unitID: 10, reporterID: reporter, actor: leader))
    let colleague = Actor(accountID: 9, displayName: "Bo", role: .staff, unitIDs: [10])
    #expect(!IncidentRules.canSeeReporter(unitID: 10, reporterID: reporter, actor: colleague))
    #expect(IncidentRules.canSee(unitID: 10, reporterID: reporter, actor: colleague))
    #expect(!IncidentRules.canSeeReporter(unitID: 10, reporterID: reporter, actor: otherLeader))
    #expect(!IncidentRules.canSee(unitID: 10, reporterID: reporter, actor: otherLeader))
    #expect(!IncidentRules.canSee(unitID: 10, reporterID: reporter, actor: admin))
  }

  @Test func reporterEditsOnlyWhileRegistered() {
    #expect(IncidentRules.canEditReport(status: .registered, reporterID: 3, actor: staff))
    #expect(!IncidentRules.canEditReport(status: .underReview, reporterID: 3, actor: staff))
    #expect(!IncidentRules.canEditReport(status: .registered, reporterID: 3, actor: leader))
  }

  @Test func batchEligibility() {
    let fall = IncidentCategory(code: "fall", name: "Fald", nameEnglish: "Fall", allowsBatchReport: true)
    let device = IncidentCategory(code: "device", name: "Udstyr", nameEnglish: "Device")
    #expect(IncidentBatchRule.isEligible(category: fall, severity: .minor))
    #expect(!IncidentBatchRule.isEligible(category: fall, severity: .seriousRisk))
    #expect(!IncidentBatchRule.isEligible(category: device, severity: .noHarm))
    #expect(!IncidentBatchRule.isEligible(category: nil, severity: .noHarm))
  }
}
