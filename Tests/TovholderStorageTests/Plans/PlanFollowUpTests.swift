import Foundation
import Testing
import TovholderCore

@testable import TovholderStorage

@Suite struct PlanFollowUpTests {
  let day = PlanFixture.day

  /// A second goal (held by the GP) with a yes/no sub-goal.
  func secondGoal(_ p: PlanFixture) throws -> (Goal, SubGoal) {
    let g = try p.db.plans.addGoal(
      NewGoal(planID: p.plan.id, fields: PlanFixture.fields("Går til lægen", .outside("Egen læge"))), by: p.f.staffA)
    let s = try p.db.plans.addSubGoal(
      NewSubGoal(goalID: g.id, text: "Møder op", measure: .yesNo, target: 1, followUpDate: day("2024-09-01")),
      by: p.f.staffA)
    return (g, s)
  }

  @Test func aFollowUpAppliesEveryDecisionAndKeepsTheHistory() throws {
    let p = try PlanFixture()
    let (g2, s2) = try secondGoal(p)
    let revised = PlanFixture.fields("Klarer selv indkøb med liste", .contactPerson)
    let meeting = try p.db.plans.holdFollowUp(
      NewFollowUp(
        planID: p.plan.id, planVersion: p.plan.version, heldOn: day("2024-05-28"), participants: "Bjørn, søster",
        decisions: [
          GoalDecision(
            goalID: p.goal.id, goalVersion: 1, decision: .change, score: 2, note: "Liste hjælper", revised: revised),
          GoalDecision(goalID: g2.id, goalVersion: 1, decision: .end, score: 4, note: ""),
        ]), by: p.f.leader)
    #expect(meeting.decisions.map(\.decision) == [.change, .end])
    #expect(meeting.decisions[0].goalTitle == "Klarer selv indkøb")
    #expect(meeting.nextFollowUp == day("2024-11-28"))
    #expect(meeting.authorName == "Lise Leder")
    let doc = try #require(try p.db.plans.document(residentID: p.f.residentA.id, actor: p.f.staffA))
    #expect(doc.plan.nextFollowUp == day("2024-11-28"))
    #expect(doc.plan.version == p.plan.version + 1)
    #expect(doc.goals[0].goal.title == "Klarer selv indkøb med liste")
    #expect(doc.goals[1].goal.status == .ended)
    #expect(doc.subGoal(s2.id)?.subGoal.isClosed == true)
    // The meeting covered the goal: its open sub-goal (due 15 June, before the next meeting)
    // moves to the next follow-up, so the resident leaves the due list; the ended one keeps its date.
    #expect(doc.subGoal(p.sub.id)?.subGoal.followUpDate == day("2024-11-28"))
    #expect(doc.subGoal(s2.id)?.subGoal.followUpDate == day("2024-09-01"))
    #expect(doc.followUps.count == 1)
    #expect(doc.history.map(\.reason) == [.followUp(.end), .followUp(.change)])
    #expect(doc.history.last?.before == .goal(p.goal.id, p.goal.fields, .active))
    // An ended goal takes no more values, edits or sub-goals.
    #expect(throws: StorageError.invalidPlan(.subGoalClosed)) {
      try p.db.plans.recordProgress(NewProgress(subGoalID: s2.id, value: 1), by: p.f.staffA)
    }
    var ended = doc.goals[1].goal
    ended.title = "Igen"
    #expect(throws: StorageError.invalidPlan(.goalEnded)) { try p.db.plans.updateGoal(ended, by: p.f.staffA) }
    #expect(try p.actions().first == .readPlan)
    #expect(try p.actions().dropFirst().first == .holdFollowUp)
  }

  @Test func revisitationKeepsTheGoalOpenAndTheNextMeetingMustDecideIt() throws {
    let p = try PlanFixture()
    _ = try p.db.plans.holdFollowUp(
      NewFollowUp(
        planID: p.plan.id, planVersion: 1, heldOn: day("2024-05-01"),
        decisions: [
          GoalDecision(goalID: p.goal.id, goalVersion: 1, decision: .revisitation, note: "Kommunen vurderer")
        ],
        nextFollowUp: day("2024-08-01")), by: p.f.staffA)
    let doc = try #require(try p.db.plans.document(residentID: p.f.residentA.id, actor: p.f.staffA))
    #expect(doc.goals[0].goal.status == .revisitation)
    #expect(doc.plan.nextFollowUp == day("2024-08-01"))
    // The meeting covered the goal: its sub-goal due 15 June moves to the next meeting.
    #expect(doc.subGoal(p.sub.id)?.subGoal.followUpDate == day("2024-08-01"))
    #expect(throws: StorageError.invalidPlan(.missingDecision(p.goal.id))) {
      try p.db.plans.holdFollowUp(
        NewFollowUp(planID: p.plan.id, planVersion: doc.plan.version, heldOn: day("2024-05-29"), decisions: []),
        by: p.f.staffA)
    }
  }

  @Test func subGoalsDueByTheMeetingMoveToTheNextFollowUp() throws {
    let p = try PlanFixture()
    p.f.clock.advance(30 * 86_400)  // 28 June: the sub-goal's 15 June has passed.
    _ = try p.db.plans.holdFollowUp(
      NewFollowUp(
        planID: p.plan.id, planVersion: 1, heldOn: day("2024-06-20"),
        decisions: [GoalDecision(goalID: p.goal.id, goalVersion: 1, decision: .continue, score: 2)]), by: p.f.staffA)
    let doc = try #require(try p.db.plans.document(residentID: p.f.residentA.id, actor: p.f.staffA))
    #expect(doc.plan.nextFollowUp == day("2024-12-20"))
    #expect(doc.subGoal(p.sub.id)?.subGoal.followUpDate == day("2024-12-20"))
    #expect(try p.db.plans.dueList(units: [p.f.unitA.id], actor: p.f.staffA).isEmpty)
  }

  @Test func aMeetingStartedFromAnOldPlanOrGoalIsAConflictAndChangesNothing() throws {
    let p = try PlanFixture()
    var goal = p.goal
    goal.title = "Ændret imens"
    _ = try p.db.plans.updateGoal(goal, by: p.f.staffA)
    #expect(throws: StorageError.versionConflict(changedBy: "Anna Ærø", at: p.f.clock.now)) {
      try p.db.plans.holdFollowUp(
        NewFollowUp(
          planID: p.plan.id, planVersion: 1, heldOn: day("2024-05-01"),
          decisions: [GoalDecision(goalID: p.goal.id, goalVersion: 1, decision: .end)]), by: p.f.leader)
    }
    let doc = try #require(try p.db.plans.document(residentID: p.f.residentA.id, actor: p.f.staffA))
    #expect(doc.followUps.isEmpty)
    #expect(doc.goals[0].goal.status == .active)
  }

  @Test func theDueListShowsOverdueAndSoonDuePlansAndResidentsWithoutOne() throws {
    let p = try PlanFixture()
    // Today is 29 May 2024; the sub-goal's 15 June is due in 17 days, before the plan's 10 July.
    var due = try p.db.plans.dueList(actor: p.f.leader)
    #expect(due.map(\.residentName) == ["Bjørn Ågård", "Birgit Bøgh"])
    #expect(due[0].status == .dueSoon(days: 17))
    #expect(due[0].reason == .subGoalFollowUp)
    #expect(due[1].reason == .noPlan)
    // Staff of unit A see only their unit.
    due = try p.db.plans.dueList(actor: p.f.staffA)
    #expect(due.map(\.residentName) == ["Bjørn Ågård"])
    #expect(throws: StorageError.accessDenied) { try p.db.plans.dueList(units: [p.f.unitB.id], actor: p.f.staffA) }
    // Later, the plan is overdue.
    due = try p.db.plans.dueList(units: [p.f.unitA.id], actor: p.f.staffA, today: day("2024-07-20"))
    #expect(due.first?.status == .overdue(days: 35))
    // A date beyond 30 days is not listed.
    var sub = p.sub
    sub.fields.followUpDate = day("2024-12-01")
    _ = try p.db.plans.updateSubGoal(sub, by: p.f.staffA)
    #expect(try p.db.plans.dueList(units: [p.f.unitA.id], actor: p.f.staffA, today: day("2024-05-01")).isEmpty)
    let rows = try p.f.raw().read { db in
      try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM auditLog WHERE action = 'plan.due.read'")
    }
    #expect(rows == 4)  // 2 units for the leader, then 1 + 1; an empty list reads nothing
  }

  @Test func whoDoesWhatAndMyTasksResolveTheRoles() throws {
    let p = try PlanFixture()
    _ = try secondGoal(p)
    let tasks = try p.db.plans.whoDoesWhat(residentID: p.f.residentA.id, actor: p.f.leader)
    #expect(tasks.map(\.text) == ["Handler alene i Netto", "Går med første gang", "Møder op"])
    #expect(tasks.map(\.responsibleName) == ["Anna Ærø", "Anna Ærø", "Egen læge"])
    let mine = try p.db.plans.myTasks(actor: p.f.staffA)
    #expect(mine.map(\.text) == ["Handler alene i Netto", "Går med første gang"])
    #expect(try p.db.plans.myTasks(actor: p.f.staffB).isEmpty)
    #expect(try p.actions().first == .readPlan)
  }

  @Test func theStatusReportIsExportedAndAudited() throws {
    let p = try PlanFixture()
    _ = try p.db.plans.recordProgress(NewProgress(subGoalID: p.sub.id, value: 1), by: p.f.staffA)
    p.f.clock.advance(86_400)
    _ = try p.db.plans.recordProgress(NewProgress(subGoalID: p.sub.id, value: 3), by: p.f.staffA)
    let w = PlanCatalogFixture.wording
    let md = try p.db.plans.statusReport(residentID: p.f.residentA.id, format: .markdown, wording: w, actor: p.f.staffA)
    #expect(md.contains("Klarer selv indkøb"))
    #expect(md.contains("Handler alene i Netto"))
    #expect(md.contains("▃▆"))
    #expect(!md.contains("010190"))
    #expect(try p.actions().first == .exportPlan)
    #expect(throws: StorageError.notFound) {
      try p.db.plans.statusReport(residentID: p.f.residentB.id, format: .text, wording: w, actor: p.f.staffB)
    }
  }
}

/// The shipped catalogue, read from the repository.
enum PlanCatalogFixture {
  static let resources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Resources")

  static let wording: PlanWording = {
    let texts = try! JSONDecoder().decode(
      [String: String].self,
      from: FileManager.default.contents(atPath: resources.appendingPathComponent("texts/plans.da.json").path)!)
    return PlanWording(catalog: catalog, language: "da") { texts[$0] ?? $0 }
  }()

  static let catalog: PlanCatalog = {
    let folder = resources.appendingPathComponent("catalogues/plans")
    func file(_ n: String) -> Data { FileManager.default.contents(atPath: folder.appendingPathComponent(n).path)! }
    return try! PlanCatalog.parse(
      themes: file("plans-themes.json"), goalTypes: file("plans-goal-types.json"), scales: file("plans-scales.json"))
  }()
}
