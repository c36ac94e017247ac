import Foundation
import GRDB
import TovholderCore

/// Reads whole plans inside a transaction (the caller checks access and audits).
enum PlanLoader {
  static func interval(_ db: Database) throws -> FollowUpInterval {
    guard let setting = try PlanSettingRow.fetchOne(db, key: 1) else { return .standard }
    do {
      return try FollowUpInterval(timesPerYear: setting.followUpsPerYear)
    } catch {
      throw setting.undecodable(setting.id)
    }
  }

  static func earliestSubGoalDate(_ db: Database, planID: PlanID) throws -> CalendarDay? {
    let earliest: SQLRequest<CalendarDay> = """
      SELECT MIN(s.followUpDate) FROM planSubGoal s JOIN planGoal g ON g.id = s.goalId
      WHERE g.planId = \(planID)
      """
    return try earliest.fetchOne(db)
  }

  /// The resident's plan, or nil. `progress: false` leaves the values out (task lists).
  static func document(_ db: Database, resident r: Resident, progress: Bool) throws -> PlanDocument? {
    guard let plan = try PlanRow.filter(PlanRow.Columns.residentId == r.id).fetchOne(db)?.plan() else { return nil }
    let goals = try PlanGoalRow.filter(PlanGoalRow.Columns.planId == plan.id).order(Column("id")).fetchAll(db)
      .map { try $0.goal() }
    let subGoalRows: SQLRequest<PlanSubGoalRow> = """
      SELECT s.* FROM planSubGoal s JOIN planGoal g ON g.id = s.goalId WHERE g.planId = \(plan.id) ORDER BY s.id
      """
    let subGoals = try subGoalRows.fetchAll(db).map { try $0.subGoal() }
    let interventionRows: SQLRequest<PlanInterventionRow> = """
      SELECT i.* FROM planIntervention i JOIN planSubGoal s ON s.id = i.subGoalId
      JOIN planGoal g ON g.id = s.goalId WHERE g.planId = \(plan.id) ORDER BY i.id
      """
    let interventions = try interventionRows.fetchAll(db).map { try $0.intervention() }
    var values: [SubGoalID: [ProgressEntry]] = [:]
    if progress {
      let request: SQLRequest<ProgressWithAuthor> = """
        SELECT p.*, a.displayName AS authorName, c.displayName AS correctedByName FROM planProgress p
        JOIN planSubGoal s ON s.id = p.subGoalId JOIN planGoal g ON g.id = s.goalId
        JOIN account a ON a.id = p.authorId LEFT JOIN account c ON c.id = p.correctedBy
        WHERE g.planId = \(plan.id) ORDER BY p.recordedAt, p.id
        """
      let rows = try request.fetchCursor(db)
      while let row = try rows.next() {
        let e = try row.row.entry(authorName: row.authorName, correctedByName: row.correctedByName)
        values[e.subGoalID, default: []].append(e)
      }
    }
    let byGoal = Dictionary(grouping: subGoals, by: \.goalID)
    let bySub = Dictionary(grouping: interventions, by: \.subGoalID)
    let nodes = goals.map { g in
      PlanDocument.GoalNode(
        goal: g,
        subGoals: (byGoal[g.id] ?? []).map {
          PlanDocument.SubGoalNode(subGoal: $0, interventions: bySub[$0.id] ?? [], progress: values[$0.id] ?? [])
        })
    }
    var staffIDs = Set<AccountID>()
    func note(_ p: ResponsibleParty?) { if case .staff(let id)? = p { staffIDs.insert(id) } }
    goals.forEach { note($0.responsible) }
    subGoals.forEach { note($0.fields.responsible) }
    interventions.forEach { note($0.responsible) }
    [r.coordinatorID, r.contactPersonID].compactMap { $0 }.forEach { staffIDs.insert($0) }
    var names: [AccountID: String] = [:]
    if !staffIDs.isEmpty {
      let request: SQLRequest<StaffName> = "SELECT id, displayName FROM account WHERE id IN \(staffIDs)"
      for staff in try request.fetchAll(db) { names[staff.id] = staff.displayName }
    }
    return PlanDocument(
      plan: plan, resident: r, coordinatorName: r.coordinatorID.flatMap { names[$0] },
      contactPersonName: r.contactPersonID.flatMap { names[$0] }, goals: nodes,
      followUps: try followUps(db, planID: plan.id), history: try PlanSnapshot.list(db, planID: plan.id),
      staffNames: names)
  }

  static func followUps(_ db: Database, planID: PlanID) throws -> [FollowUpMeeting] {
    let decisionRows: SQLRequest<PlanDecisionRow> = """
      SELECT d.* FROM planDecision d JOIN planFollowUp f ON f.id = d.followUpId WHERE f.planId = \(planID)
      ORDER BY d.goalId
      """
    let decisions = Dictionary(grouping: try decisionRows.fetchAll(db), by: \.followUpId)
    let meetings: SQLRequest<FollowUpWithAuthor> = """
      SELECT f.*, a.displayName FROM planFollowUp f JOIN account a ON a.id = f.authorId
      WHERE f.planId = \(planID) ORDER BY f.heldOn, f.id
      """
    return try meetings.fetchAll(db).map { found in
      let m = found.row
      guard let id = m.id else { throw m.undecodable(nil) }
      return FollowUpMeeting(
        id: id, planID: planID, heldOn: m.heldOn, participants: m.participants,
        decisions: (decisions[id] ?? []).map(\.meetingDecision), nextFollowUp: m.nextFollowUp,
        authorName: found.displayName, recordedAt: m.recordedAt)
    }
  }
}

extension SearchKind {
  /// A resident's plan: the wish and the goal and sub-goal texts.
  public static let plan = SearchKind("plan")
}

/// Keeps the plan's search row (wish, goals, sub-goals) in step with its text.
enum PlanSearch {
  static func refresh(_ db: Database, planID: PlanID, resident r: Resident, at: Date) throws {
    let wish = try PlanRow.fetchOne(db, key: planID)?.wish ?? ""
    let request: SQLRequest<String> = """
      SELECT title FROM planGoal WHERE planId = \(planID)
      UNION ALL SELECT s.text FROM planSubGoal s JOIN planGoal g ON g.id = s.goalId WHERE g.planId = \(planID)
      """
    let texts = try request.fetchAll(db)
    try SearchIndex.upsert(
      db,
      SearchIndex.Item(
        kind: .plan, sourceID: planID, residentID: r.id, unitID: r.unitID, at: at,
        body: ([wish] + texts).joined(separator: "\n")))
  }
}

private struct ProgressWithAuthor: Decodable, FetchableRecord {
  var row: PlanProgressRow
  var authorName: String
  var correctedByName: String?
}

private struct FollowUpWithAuthor: Decodable, FetchableRecord {
  var row: PlanFollowUpRow
  var displayName: String
}

private struct StaffName: Decodable, FetchableRecord {
  var id: AccountID
  var displayName: String
}
