import Foundation
import GRDB
import TovholderCore

/// Reads whole plans inside a transaction (the caller checks access and audits).
enum PlanLoader {
  static func interval(_ db: Database) throws -> FollowUpInterval {
    let n = try Int.fetchOne(db, sql: "SELECT followUpsPerYear FROM planSetting WHERE id = 1")
    return n.flatMap { try? FollowUpInterval(timesPerYear: $0) } ?? .standard
  }

  static func earliestSubGoalDate(_ db: Database, planID: PlanID) throws -> CalendarDay? {
    try String.fetchOne(
      db,
      sql: """
        SELECT MIN(s.followUpDate) FROM planSubGoal s JOIN planGoal g ON g.id = s.goalId
        WHERE g.planId = ?
        """, arguments: [planID]
    ).flatMap(CalendarDay.init(iso:))
  }

  /// The resident's plan, or nil. `progress: false` leaves the values out (task lists).
  static func document(_ db: Database, resident r: Resident, progress: Bool) throws -> PlanDocument? {
    guard let row = try Row.fetchOne(db, sql: "SELECT * FROM plan WHERE residentId = ?", arguments: [r.id])
    else { return nil }
    let plan = PlanRows.plan(row)
    let goals = try Row.fetchAll(db, sql: "SELECT * FROM planGoal WHERE planId = ? ORDER BY id", arguments: [plan.id])
      .map(PlanRows.goal)
    let subGoals = try Row.fetchAll(
      db,
      sql: """
        SELECT s.* FROM planSubGoal s JOIN planGoal g ON g.id = s.goalId WHERE g.planId = ? ORDER BY s.id
        """, arguments: [plan.id]
    ).map(PlanRows.subGoal)
    let interventions = try Row.fetchAll(
      db,
      sql: """
        SELECT i.* FROM planIntervention i JOIN planSubGoal s ON s.id = i.subGoalId
        JOIN planGoal g ON g.id = s.goalId WHERE g.planId = ? ORDER BY i.id
        """, arguments: [plan.id]
    ).map(PlanRows.intervention)
    var values: [SubGoalID: [ProgressEntry]] = [:]
    if progress {
      let rows = try Row.fetchCursor(
        db,
        sql: """
          SELECT p.*, a.displayName AS authorName, c.displayName AS correctedByName FROM planProgress p
          JOIN planSubGoal s ON s.id = p.subGoalId JOIN planGoal g ON g.id = s.goalId
          JOIN account a ON a.id = p.authorId LEFT JOIN account c ON c.id = p.correctedBy
          WHERE g.planId = ? ORDER BY p.recordedAt, p.id
          """, arguments: [plan.id])
      while let row = try rows.next() {
        let e = PlanRows.progress(row)
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
      let ids = Array(staffIDs)
      for row in try Row.fetchAll(
        db, sql: "SELECT id, displayName FROM account WHERE id IN (\(ids.map { _ in "?" }.joined(separator: ",")))",
        arguments: StatementArguments(ids))
      {
        names[row["id"]] = row["displayName"]
      }
    }
    return PlanDocument(
      plan: plan, resident: r, coordinatorName: r.coordinatorID.flatMap { names[$0] },
      contactPersonName: r.contactPersonID.flatMap { names[$0] }, goals: nodes,
      followUps: try followUps(db, planID: plan.id), history: try PlanSnapshot.list(db, planID: plan.id),
      staffNames: names)
  }

  static func followUps(_ db: Database, planID: PlanID) throws -> [FollowUpMeeting] {
    let decisions = Dictionary(
      grouping: try Row.fetchAll(
        db,
        sql: """
          SELECT d.* FROM planDecision d JOIN planFollowUp f ON f.id = d.followUpId WHERE f.planId = ?
          ORDER BY d.goalId
          """, arguments: [planID]), by: { $0["followUpId"] as Int64 })
    return try Row.fetchAll(
      db,
      sql: """
        SELECT f.*, a.displayName FROM planFollowUp f JOIN account a ON a.id = f.authorId
        WHERE f.planId = ? ORDER BY f.heldOn, f.id
        """, arguments: [planID]
    ).map { row in
      let id: Int64 = row["id"]
      return FollowUpMeeting(
        id: id, planID: planID, heldOn: PlanRows.day(row["heldOn"]), participants: row["participants"],
        decisions: (decisions[id] ?? []).map { d in
          FollowUpMeeting.Decision(
            goalID: d["goalId"], goalTitle: d["goalTitle"],
            decision: FollowUpDecision(rawValue: d["decision"]) ?? .continue, score: d["score"], note: d["note"])
        }, nextFollowUp: PlanRows.day(row["nextFollowUp"]), authorName: row["displayName"],
        recordedAt: row["recordedAt"])
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
    let wish = try String.fetchOne(db, sql: "SELECT wish FROM plan WHERE id = ?", arguments: [planID]) ?? ""
    let texts = try String.fetchAll(
      db,
      sql: """
        SELECT title FROM planGoal WHERE planId = ?
        UNION ALL SELECT s.text FROM planSubGoal s JOIN planGoal g ON g.id = s.goalId WHERE g.planId = ?
        """, arguments: [planID, planID])
    try SearchIndex.upsert(
      db,
      SearchIndex.Item(
        kind: .plan, sourceID: planID, residentID: r.id, unitID: r.unitID, at: at,
        body: ([wish] + texts).joined(separator: "\n")))
  }
}
