import Foundation
import GRDB
import TovholderCore

/// Progress values and follow-up meetings.
extension PlanRepository {
  /// Records a value on a sub-goal now, as `actor`. The value must be in the measure's range
  /// and the sub-goal open. Values are never edited; a wrong one is followed by a right one.
  public func recordProgress(_ new: NewProgress, by actor: Actor, timeZone: TimeZone = .danish)
    throws(StorageError) -> ProgressEntry
  {
    let now = db.now
    return try db.write { db in
      let sub = try PlanRows.fetchSubGoal(db, id: new.subGoalID)
      let goal = try PlanRows.fetchGoal(db, id: sub.goalID)
      let (_, r) = try PlanRows.visiblePlan(db, id: goal.planID, actor: actor)
      do throws(PlanValidationError) { try new.validate(for: sub) } catch { throw StorageError.invalidPlan(error) }
      if goal.status == .ended { throw StorageError.invalidPlan(.goalEnded) }
      try db.execute(
        sql: """
          INSERT INTO planProgress (subGoalId, value, note, recordedAt, timeZone, authorId)
          VALUES (?, ?, ?, ?, ?, ?)
          """, arguments: [sub.id, new.value, new.cleanNote, now, timeZone.identifier, actor.accountID])
      let id = db.lastInsertedRowID
      try AuditLog.append(db, at: now, actor: actor, action: .recordProgress, residentID: r.id, subjectID: id)
      return ProgressEntry(
        id: id, subGoalID: sub.id, value: new.value, note: new.cleanNote, recordedAt: now,
        timeZoneID: timeZone.identifier, authorID: actor.accountID, authorName: actor.displayName)
    }
  }

  /// Holds a follow-up meeting: one decision for every open goal, applied together with
  /// the meeting. Ended goals close their sub-goals; a changed goal's old wording and every
  /// status change go to the history; open sub-goals due by the meeting move to the next date. The plan's next follow-up is the one agreed, else one
  /// home interval on. `f.planVersion` and each decision's goal version must be those read.
  public func holdFollowUp(_ f: NewFollowUp, scoreRange: ClosedRange<Int> = 0...4, by actor: Actor)
    throws(StorageError) -> FollowUpMeeting
  {
    let now = db.now
    let today = CalendarDay(now, in: .danish)
    return try db.write { db in
      let (plan, r) = try PlanRows.visiblePlan(db, id: f.planID, actor: actor)
      try VersionCheck.require(db, table: "plan", id: plan.id, expected: f.planVersion)
      let goals = try Row.fetchAll(
        db, sql: "SELECT * FROM planGoal WHERE planId = ? AND status != 'ended' ORDER BY id", arguments: [plan.id]
      ).map(PlanRows.goal)
      do throws(PlanValidationError) {
        try PlanValidation.followUp(f, plan: plan, openGoals: goals, scoreRange: scoreRange, today: today)
      } catch { throw StorageError.invalidPlan(error) }
      for d in f.decisions {
        try VersionCheck.require(db, table: "planGoal", id: d.goalID, expected: d.goalVersion)
      }
      let next = PlanSchedule.nextFollowUp(
        after: f.heldOn, agreed: f.nextFollowUp, interval: try PlanLoader.interval(db))
      try db.execute(
        sql: """
          INSERT INTO planFollowUp (planId, heldOn, participants, nextFollowUp, authorId, recordedAt)
          VALUES (?, ?, ?, ?, ?, ?)
          """,
        arguments: [plan.id, f.heldOn.iso, PlanText.clean(f.participants), next.iso, actor.accountID, now])
      let meetingID = db.lastInsertedRowID
      let byID = Dictionary(uniqueKeysWithValues: goals.map { ($0.id, $0) })
      for d in f.decisions {
        let goal = byID[d.goalID]!
        let fields = d.decision == .change ? (d.revised ?? goal.fields) : goal.fields
        let status = d.decision.resultingStatus
        try db.execute(
          sql: """
            INSERT INTO planDecision (followUpId, goalId, goalTitle, decision, score, note) VALUES (?, ?, ?, ?, ?, ?)
            """,
          arguments: [meetingID, goal.id, goal.title, d.decision.rawValue, d.score, PlanText.clean(d.note)])
        if fields != goal.fields || status != goal.status {
          _ = try GoalWriter.write(
            db, old: goal, fields: fields, status: status, reason: .followUp(d.decision), now: now, actor: actor,
            resident: r)
        }
        if d.decision == .end {
          try db.execute(
            sql: """
              UPDATE planSubGoal SET isClosed = 1, version = version + 1, updatedAt = ?, updatedBy = ?
              WHERE goalId = ? AND NOT isClosed
              """, arguments: [now, actor.accountID, goal.id])
        }
      }
      // Open sub-goals whose follow-up date the meeting reached are followed up now: their
      // next date becomes the plan's.
      try db.execute(
        sql: """
          UPDATE planSubGoal SET followUpDate = ?, version = version + 1, updatedAt = ?, updatedBy = ?
          WHERE NOT isClosed AND followUpDate <= ?
            AND goalId IN (SELECT id FROM planGoal WHERE planId = ? AND status != 'ended')
          """, arguments: [next.iso, now, actor.accountID, f.heldOn.iso, plan.id])
      try db.execute(
        sql: "UPDATE plan SET nextFollowUp = ?, version = version + 1, updatedAt = ?, updatedBy = ? WHERE id = ?",
        arguments: [next.iso, now, actor.accountID, plan.id])
      try AuditLog.append(db, at: now, actor: actor, action: .holdFollowUp, residentID: r.id, subjectID: meetingID)
      guard let meeting = try PlanLoader.followUps(db, planID: plan.id).first(where: { $0.id == meetingID })
      else { throw StorageError.notFound }
      return meeting
    }
  }
}
