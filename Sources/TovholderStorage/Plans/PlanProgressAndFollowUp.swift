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
      guard let row = try Row.fetchOne(db, sql: "SELECT * FROM planProgress WHERE id = ?", arguments: [id]) else {
        throw StorageError.notFound
      }
      let sub = try PlanRows.fetchSubGoal(db, id: row["subGoalId"])
      let goal = try PlanRows.fetchGoal(db, id: sub.goalID)
      let (_, r) = try PlanRows.visiblePlan(db, id: goal.planID, actor: actor)
      guard (row["correctedAt"] as Date?) == nil else { throw StorageError.invalidPlan(.alreadyCorrected) }
      try db.execute(
        sql: "UPDATE planProgress SET correctedAt = ?, correctedBy = ?, correctionReason = ? WHERE id = ?",
        arguments: [now, actor.accountID, reason, id])
      try AuditLog.append(db, at: now, actor: actor, action: .correctProgress, residentID: r.id, subjectID: id)
      guard let new = replacement else { return nil }
      guard new.subGoalID == sub.id else { throw StorageError.notFound }
      do throws(PlanValidationError) { try new.validate(for: sub) } catch { throw StorageError.invalidPlan(error) }
      if goal.status == .ended { throw StorageError.invalidPlan(.goalEnded) }
      try db.execute(
        sql: """
          INSERT INTO planProgress (subGoalId, value, note, recordedAt, timeZone, authorId)
          VALUES (?, ?, ?, ?, ?, ?)
          """, arguments: [sub.id, new.value, new.cleanNote, now, timeZone.identifier, actor.accountID])
      let newID = db.lastInsertedRowID
      try AuditLog.append(db, at: now, actor: actor, action: .recordProgress, residentID: r.id, subjectID: newID)
      return ProgressEntry(
        id: newID, subGoalID: sub.id, value: new.value, note: new.cleanNote, recordedAt: now,
        timeZoneID: timeZone.identifier, authorID: actor.accountID, authorName: actor.displayName)
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
      // The open sub-goals of the goals the meeting covered are followed up now: a follow-up
      // date before the next meeting moves to it, so the resident leaves the due list.
      let covered = f.decisions.map(\.goalID)
      try db.execute(
        sql: """
          UPDATE planSubGoal SET followUpDate = ?, version = version + 1, updatedAt = ?, updatedBy = ?
          WHERE NOT isClosed AND followUpDate < ?
            AND goalId IN (SELECT id FROM planGoal WHERE planId = ? AND status != 'ended'
              AND id IN (\(covered.map { _ in "?" }.joined(separator: ","))))
          """, arguments: [next.iso, now, actor.accountID, next.iso, plan.id] + StatementArguments(covered))
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
