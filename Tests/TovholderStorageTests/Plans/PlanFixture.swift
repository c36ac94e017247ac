import Foundation
import TovholderCore

@testable import TovholderStorage

/// The storage fixture with a plan for resident A: one goal held by the contact person
/// (Anna, staff in unit A), one sub-goal on a 0–4 scale with an intervention.
struct PlanFixture {
  let f: Fixture
  let plan: Plan
  let goal: Goal
  let sub: SubGoal

  static func day(_ iso: String) -> CalendarDay { CalendarDay(iso: iso)! }

  init() throws {
    f = try Fixture()
    var r = f.residentA!
    r.contactPersonID = f.staffA.accountID
    r.coordinatorID = f.leader.accountID
    _ = try f.db.residents.update(r, by: f.leader)
    plan = try f.db.plans.create(
      NewPlan(residentID: r.id, wish: "Jeg vil bo i egen lejlighed", startDate: Self.day("2024-01-10")), by: f.staffA)
    goal = try f.db.plans.addGoal(
      NewGoal(planID: plan.id, fields: PlanFixture.fields("Klarer selv indkøb", .contactPerson)), by: f.staffA)
    sub = try f.db.plans.addSubGoal(
      NewSubGoal(
        goalID: goal.id, text: "Handler alene i Netto", measure: .scale(min: 0, max: 4), target: 3,
        followUpDate: Self.day("2024-06-15")), by: f.staffA)
    _ = try f.db.plans.addIntervention(
      NewIntervention(subGoalID: sub.id, text: "Går med første gang", frequency: Frequency(times: 2, per: .week)),
      by: f.staffA)
  }

  static func fields(_ title: String, _ party: ResponsibleParty) -> GoalFields {
    GoalFields(
      title: title, themeID: "praktiske-opgaver", goalTypeID: "udvikle", functionalLevelID: "moderat",
      supportNeedID: "moderat", responsible: party)
  }

  var db: AppDatabase { f.db }

  /// The actions of the audit rows about resident A, newest first.
  func actions() throws -> [AuditAction] {
    try f.db.audit.accessLog(residentID: f.residentA.id, actor: f.leader).map(\.action).filter { $0 != .readAccessLog }
  }
}
