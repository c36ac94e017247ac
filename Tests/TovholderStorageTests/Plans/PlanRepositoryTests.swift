import Foundation
import GRDB
import Testing
import TovholderCore

@testable import TovholderStorage

@Suite struct PlanRepositoryTests {
  let day = PlanFixture.day

  @Test func aPlanIsMadeOncePerResidentWithTheFirstFollowUpOneIntervalOn() throws {
    let p = try PlanFixture()
    #expect(p.plan.nextFollowUp == day("2024-07-10"))
    #expect(p.plan.wish == "Jeg vil bo i egen lejlighed")
    #expect(throws: StorageError.invalidPlan(.planExists)) {
      try p.db.plans.create(
        NewPlan(residentID: p.f.residentA.id, wish: "Igen", startDate: day("2024-02-01")), by: p.f.staffA)
    }
    // The home's rhythm decides the first follow-up of the next plan.
    try p.db.plans.setFollowUpInterval(timesPerYear: 4, by: p.f.leader)
    #expect(try p.db.plans.followUpInterval().timesPerYear == 4)
    let b = try p.db.plans.create(
      NewPlan(residentID: p.f.residentB.id, wish: "Flere venner", startDate: day("2024-02-01")), by: p.f.staffB)
    #expect(b.nextFollowUp == day("2024-05-01"))
    #expect(throws: StorageError.invalidPlan(.intervalOutOfRange(allowed: 2...4))) {
      try p.db.plans.setFollowUpInterval(timesPerYear: 6, by: p.f.leader)
    }
    #expect(throws: StorageError.accessDenied) { try p.db.plans.setFollowUpInterval(timesPerYear: 3, by: p.f.staffA) }
  }

  @Test func onlyStaffOfTheUnitSeeOrChangeThePlan() throws {
    let p = try PlanFixture()
    let id = p.f.residentA.id
    #expect(throws: StorageError.residentNotAvailable) { try p.db.plans.document(residentID: id, actor: p.f.staffB) }
    #expect(throws: StorageError.residentNotAvailable) { try p.db.plans.document(residentID: id, actor: p.f.admin) }
    #expect(throws: StorageError.residentNotAvailable) {
      try p.db.plans.recordProgress(NewProgress(subGoalID: p.sub.id, value: 2), by: p.f.staffB)
    }
    #expect(throws: StorageError.residentNotAvailable) {
      try p.db.plans.addGoal(NewGoal(planID: p.plan.id, fields: PlanFixture.fields("X", .coordinator)), by: p.f.staffB)
    }
    #expect(try p.db.plans.document(residentID: p.f.residentB.id, actor: p.f.staffB) == nil)
  }

  @Test func theDocumentHoldsTheWholePlanAndEveryReadAndChangeIsAudited() throws {
    let p = try PlanFixture()
    p.f.clock.advance(60)
    let value = try p.db.plans.recordProgress(
      NewProgress(subGoalID: p.sub.id, value: 2, note: " første tur "), by: p.f.staffA)
    #expect(value.authorName == "Anna Ærø")
    #expect(value.note == "første tur")
    #expect(value.recordedAt == p.f.clock.now)
    let doc = try #require(try p.db.plans.document(residentID: p.f.residentA.id, actor: p.f.staffA))
    #expect(doc.goals.count == 1)
    #expect(doc.goals[0].goal.responsible == .contactPerson)
    #expect(doc.goals[0].subGoals[0].subGoal.measure == .scale(min: 0, max: 4))
    #expect(doc.goals[0].subGoals[0].interventions.map(\.frequency) == [Frequency(times: 2, per: .week)])
    #expect(doc.goals[0].subGoals[0].progress.map(\.value) == [2])
    #expect(doc.goals[0].subGoals[0].progress[0].timeZoneID == "Europe/Copenhagen")
    #expect(doc.contactPersonName == "Anna Ærø")
    #expect(doc.coordinatorName == "Lise Leder")
    #expect(
      try p.actions().prefix(6) == [
        .readPlan, .recordProgress, .createIntervention, .createSubGoal, .createGoal, .createPlan,
      ])
    #expect(try p.db.audit.verify().isIntact)
  }

  @Test func badInputGetsATypedErrorAndNothingIsSaved() throws {
    let p = try PlanFixture()
    #expect(throws: StorageError.invalidPlan(.missingMeasure)) {
      try p.db.plans.addSubGoal(
        NewSubGoal(goalID: p.goal.id, text: "Uden mål", measure: nil, followUpDate: day("2024-06-01")), by: p.f.staffA)
    }
    #expect(throws: StorageError.invalidPlan(.followUpBeforePlanStart(day("2024-01-10")))) {
      try p.db.plans.addSubGoal(
        NewSubGoal(goalID: p.goal.id, text: "For tidligt", measure: .count, followUpDate: day("2023-12-24")),
        by: p.f.staffA)
    }
    #expect(throws: StorageError.invalidPlan(.scoreOutOfRange(0...4))) {
      try p.db.plans.recordProgress(NewProgress(subGoalID: p.sub.id, value: 7), by: p.f.staffA)
    }
    #expect(throws: StorageError.invalidPlan(.emptyGoalTitle)) {
      try p.db.plans.addGoal(NewGoal(planID: p.plan.id, fields: PlanFixture.fields(" ", .coordinator)), by: p.f.staffA)
    }
    var plan = p.plan
    plan.startDate = day("2024-07-01")
    plan.nextFollowUp = day("2024-12-01")
    // The sub-goal's 15 June would then come before the start.
    #expect(throws: StorageError.invalidPlan(.followUpBeforePlanStart(day("2024-07-01")))) {
      try p.db.plans.update(plan, by: p.f.staffA)
    }
    let doc = try #require(try p.db.plans.document(residentID: p.f.residentA.id, actor: p.f.staffA))
    #expect(doc.goals.flatMap(\.subGoals).count == 1)
    #expect(doc.goals[0].subGoals[0].progress.isEmpty)
    #expect(doc.plan == p.plan)
  }

  @Test func twoEditorsOfTheSameGoalNeverOverwriteEachOther() throws {
    let p = try PlanFixture()
    let other = try p.f.reopen()
    var mine = p.goal
    var theirs = p.goal
    p.f.clock.advance(120)
    mine.title = "Klarer selv indkøb og madplan"
    _ = try p.db.plans.updateGoal(mine, by: p.f.staffA)
    theirs.title = "Handler selv"
    #expect(throws: StorageError.versionConflict(changedBy: "Anna Ærø", at: p.f.clock.now)) {
      try other.plans.updateGoal(theirs, by: p.f.leader)
    }
    var wish = p.plan
    wish.wish = "Egen lejlighed i byen"
    _ = try p.db.plans.update(wish, by: p.f.staffA)
    var stale = p.plan
    stale.wish = "Noget andet"
    #expect(throws: StorageError.versionConflict(changedBy: "Anna Ærø", at: p.f.clock.now)) {
      try other.plans.update(stale, by: p.f.leader)
    }
    let doc = try #require(try other.plans.document(residentID: p.f.residentA.id, actor: p.f.leader))
    #expect(doc.goals[0].goal.title == "Klarer selv indkøb og madplan")
    #expect(doc.plan.wish == "Egen lejlighed i byen")
    // The history keeps what they said before, newest first.
    #expect(
      doc.history.map(\.before) == [
        .plan(wish: "Jeg vil bo i egen lejlighed", nextFollowUp: day("2024-07-10")),
        .goal(p.goal.id, p.goal.fields, .active),
      ])
    #expect(doc.history.allSatisfy { $0.changedByName == "Anna Ærø" && $0.reason == .edited })
  }

  @Test func aChangedMeasureMustStillFitTheValuesRecorded() throws {
    let p = try PlanFixture()
    _ = try p.db.plans.recordProgress(NewProgress(subGoalID: p.sub.id, value: 4), by: p.f.staffA)
    var sub = p.sub
    sub.fields.measure = .yesNo
    sub.fields.target = 1
    #expect(throws: StorageError.invalidPlan(.scoreOutOfRange(0...1))) {
      try p.db.plans.updateSubGoal(sub, by: p.f.staffA)
    }
    sub.fields.measure = .scale(min: 0, max: 10)
    sub.fields.target = 8
    let saved = try p.db.plans.updateSubGoal(sub, by: p.f.staffA)
    #expect(saved.version == 2)
    #expect(saved.measure == .scale(min: 0, max: 10))
  }

  @Test func theWishAndGoalsAreSearchable() throws {
    let p = try PlanFixture()
    let hits = try p.db.search.search("netto", actor: p.f.staffA)
    #expect(hits.first?.hits.first?.kind == .plan)
    #expect(try p.db.search.search("netto", actor: p.f.staffB).isEmpty)
  }

  @Test func aCommandLineNamesTheResidentByNumberOrCPR() throws {
    let p = try PlanFixture()
    #expect(try p.db.plans.resident(reference: "\(p.f.residentA.id)", actor: p.f.staffA).id == p.f.residentA.id)
    #expect(try p.db.plans.resident(reference: "010190-1234", actor: p.f.staffA).id == p.f.residentA.id)
    #expect(throws: StorageError.residentNotAvailable) {
      try p.db.plans.resident(reference: "Bjørn", actor: p.f.staffA)
    }
    #expect(throws: StorageError.residentNotAvailable) {
      try p.db.plans.resident(reference: "0101901234", actor: p.f.staffB)
    }
  }
}
