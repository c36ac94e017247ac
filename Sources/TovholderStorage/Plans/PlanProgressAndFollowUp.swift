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
      let sub = try PlanSubGoalRow.fetch(db, id: new.subGoalID).subGoal()
      let goal = try PlanGoalRow.fetch(db, id: sub.goalID).goal()
      let (_, r) = try PlanRow.visible(db, id: goal.planID, actor: actor)
      do throws(PlanValidationError) { try new.validate(for: sub) } catch { throw StorageError.invalidPlan(error) }
      if goal.status == .ended { throw StorageError.invalidPlan(.goalEnded) }
      let entry = try PlanProgressRow(
        subGoalId: sub.id, value: new.value, note: new.cleanNote, recordedAt: now, timeZone: timeZone.identifier,
        authorId: actor.accountID
      ).insertAndFetch(db).entry(authorName: actor.displayName)
      try AuditLog.append(
        db, at: now, actor: actor, action: .recordProgress, residentID: r.id, subjectID: entry.id,
        wrote: .init(table: .plan, id: goal.planID))
      return entry
    }
  }

  /// Marks a recorded value wrong, with the reason: it stays in the history (struck through)
  /// and no longer counts; nothing is edited or deleted. With `replacement`, the right value is
  /// recorded in the same transaction. Audited (`plan.progress.correct`).
  public func correctProgress(
    _ id: ProgressID, reason: String, replacement: NewProgress? = nil, by actor: Actor, timeZone: TimeZone = .danish
  ) throws(StorageError) -> ProgressEntry? {
    let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !reason.isEmpty else { throw .invalidPlan(.emptyCorrectionReason) }
    let now = db.now
    return try db.write { db in
      guard var row = try PlanProgressRow.fetchOne(db, key: id) else { throw StorageError.notFound }
      let sub = try PlanSubGoalRow.fetch(db, id: row.subGoalId).subGoal()
      let goal = try PlanGoalRow.fetch(db, id: sub.goalID).goal()
      let (_, r) = try PlanRow.visible(db, id: goal.planID, actor: actor)
      guard row.correctedAt == nil else { throw StorageError.invalidPlan(.alreadyCorrected) }
      row.correctedAt = now
      row.correctedBy = actor.accountID
      row.correctionReason = reason
      try row.update(db)
      try AuditLog.append(
        db, at: now, actor: actor, action: .correctProgress, residentID: r.id, subjectID: id,
        wrote: .init(table: .plan, id: goal.planID))
      guard let new = replacement else { return nil }
      guard new.subGoalID == sub.id else { throw StorageError.notFound }
      do throws(PlanValidationError) { try new.validate(for: sub) } catch { throw StorageError.invalidPlan(error) }
      if goal.status == .ended { throw StorageError.invalidPlan(.goalEnded) }
      let entry = try PlanProgressRow(
        subGoalId: sub.id, value: new.value, note: new.cleanNote, recordedAt: now, timeZone: timeZone.identifier,
        authorId: actor.accountID
      ).insertAndFetch(db).entry(authorName: actor.displayName)
      try AuditLog.append(
        db, at: now, actor: actor, action: .recordProgress, residentID: r.id, subjectID: entry.id,
        wrote: .init(table: .plan, id: goal.planID))
      return entry
    }
  }

  /// Holds a follow-up meeting: one decision for every open goal, applied together with
  /// the meeting. Ended goals close their sub-goals; a changed goal's old wording and every
  /// status change go to the history; the covered goals' open sub-goals due before the next
  /// meeting move to its date. The plan's next follow-up is the one agreed, else one
  /// home interval on. `f.planVersion` and each decision's goal version must be those read.
  public func holdFollowUp(_ f: NewFollowUp, scoreRange: ClosedRange<Int> = 0...4, by actor: Actor)
    throws(StorageError) -> FollowUpMeeting
  {
    let now = db.now
    let today = CalendarDay(now, in: .danish)
    return try db.write { db in
      let (plan, r) = try PlanRow.visible(db, id: f.planID, actor: actor)
      try VersionCheck.require(db, PlanRow.self, id: plan.id, expected: f.planVersion)
      let goals = try PlanGoalRow.filter(
        PlanGoalRow.Columns.planId == plan.id && PlanGoalRow.Columns.status != GoalStatus.ended
      )
      .order(Column("id")).fetchAll(db).map { try $0.goal() }
      do throws(PlanValidationError) {
        try PlanValidation.followUp(f, plan: plan, openGoals: goals, scoreRange: scoreRange, today: today)
      } catch { throw StorageError.invalidPlan(error) }
      for d in f.decisions {
        try VersionCheck.require(db, PlanGoalRow.self, id: d.goalID, expected: d.goalVersion)
      }
      let next = PlanSchedule.nextFollowUp(
        after: f.heldOn, agreed: f.nextFollowUp, interval: try PlanLoader.interval(db))
      var meeting = PlanFollowUpRow(
        planId: plan.id, heldOn: f.heldOn, participants: PlanText.clean(f.participants), nextFollowUp: next,
        authorId: actor.accountID, recordedAt: now)
      try meeting.insert(db)
      let meetingID = db.lastInsertedRowID
      let byID = Dictionary(uniqueKeysWithValues: goals.map { ($0.id, $0) })
      for d in f.decisions {
        // The validation above checked that every decision names an open goal of this plan.
        guard let goal = byID[d.goalID] else { throw StorageError.notFound }
        let fields = d.decision == .change ? (d.revised ?? goal.fields) : goal.fields
        let status = d.decision.resultingStatus
        try PlanDecisionRow(
          followUpId: meetingID, goalId: goal.id, goalTitle: goal.title, decision: d.decision, score: d.score,
          note: PlanText.clean(d.note)
        ).insert(db)
        if fields != goal.fields || status != goal.status {
          _ = try GoalWriter.write(
            db, old: goal, fields: fields, status: status, reason: .followUp(d.decision), now: now, actor: actor,
            resident: r)
        }
        if d.decision == .end {
          try db.execute(
            literal: """
              UPDATE planSubGoal SET isClosed = 1, version = version + 1, updatedAt = \(now), updatedBy = \(actor.accountID)
              WHERE goalId = \(goal.id) AND NOT isClosed
              """)
        }
      }
      // The open sub-goals of the goals the meeting covered are followed up now: a follow-up
      // date before the next meeting moves to it, so the resident leaves the due list.
      let covered = f.decisions.map(\.goalID)
      try db.execute(
        literal: """
          UPDATE planSubGoal SET followUpDate = \(next), version = version + 1, updatedAt = \(now),
            updatedBy = \(actor.accountID)
          WHERE NOT isClosed AND followUpDate < \(next)
            AND goalId IN (SELECT id FROM planGoal WHERE planId = \(plan.id) AND status != 'ended'
              AND id IN \(covered))
          """)
      var planRow = try PlanRow.fetch(db, id: plan.id)
      planRow.nextFollowUp = next
      planRow.stamp(now, by: actor.accountID)
      try planRow.update(db)
      try AuditLog.append(
        db, at: now, actor: actor, action: .holdFollowUp, residentID: r.id, subjectID: meetingID,
        wrote: .init(table: .plan, id: plan.id))
      guard let held = try PlanLoader.followUps(db, planID: plan.id).first(where: { $0.id == meetingID })
      else { throw StorageError.notFound }
      return held
    }
  }
}
