import Foundation
import GRDB
import TovholderCore

/// Goals, sub-goals and interventions. Each edit names the version it started from and
/// keeps what the goal or sub-goal said before in the plan's history.
extension PlanRepository {
  /// Adds a goal. With a catalogue, its theme, type and levels must be in it.
  public func addGoal(_ new: NewGoal, catalog: PlanCatalog? = nil, by actor: Actor) throws(StorageError) -> Goal {
    do { try new.fields.validate(catalog: catalog) } catch { throw .invalidPlan(error) }
    let now = db.now
    return try db.write { db in
      let (_, r) = try PlanRow.visible(db, id: new.planID, actor: actor)
      let goal = try PlanGoalRow(planID: new.planID, fields: new.fields, at: now, by: actor.accountID)
        .insertAndFetch(db).goal()
      try PlanSearch.refresh(db, planID: new.planID, resident: r, at: now)
      try AuditLog.append(
        db, at: now, actor: actor, action: .createGoal, residentID: r.id, subjectID: goal.id,
        wrote: .init(table: .plan, id: new.planID))
      return goal
    }
  }

  /// Saves a goal's fields. `goal.version` must be the version read, else
  /// `.versionConflict` with who saved it and when; nothing changes then.
  public func updateGoal(_ goal: Goal, catalog: PlanCatalog? = nil, by actor: Actor) throws(StorageError) -> Goal {
    do { try goal.fields.validate(catalog: catalog) } catch { throw .invalidPlan(error) }
    let now = db.now
    return try db.write { db in
      let old = try PlanGoalRow.fetch(db, id: goal.id).goal()
      let (_, r) = try PlanRow.visible(db, id: old.planID, actor: actor)
      try VersionCheck.require(db, PlanGoalRow.self, id: goal.id, expected: goal.version)
      if old.status == .ended { throw StorageError.invalidPlan(.goalEnded) }
      return try GoalWriter.write(
        db, old: old, fields: goal.fields, status: old.status, reason: .edited, now: now,
        actor: actor, resident: r)
    }
  }

  /// Adds a measurable sub-goal. It must have a measure, and its follow-up date may not
  /// come before the plan's start.
  public func addSubGoal(_ new: NewSubGoal, by actor: Actor) throws(StorageError) -> SubGoal {
    let now = db.now
    return try db.write { db in
      let goal = try PlanGoalRow.fetch(db, id: new.goalID).goal()
      let (plan, r) = try PlanRow.visible(db, id: goal.planID, actor: actor)
      if goal.status == .ended { throw StorageError.invalidPlan(.goalEnded) }
      let f: SubGoalFields
      do throws(PlanValidationError) { f = try new.validated(planStart: plan.startDate) } catch {
        throw StorageError.invalidPlan(error)
      }
      let sub = try PlanSubGoalRow(goalID: goal.id, fields: f, at: now, by: actor.accountID).insertAndFetch(db)
        .subGoal()
      try PlanSearch.refresh(db, planID: plan.id, resident: r, at: now)
      try AuditLog.append(
        db, at: now, actor: actor, action: .createSubGoal, residentID: r.id, subjectID: sub.id,
        wrote: .init(table: .plan, id: plan.id))
      return sub
    }
  }

  /// Saves a sub-goal's fields or closes it. Values already recorded must still fit a
  /// changed measure (else `.scoreOutOfRange`), so no stored value changes meaning.
  public func updateSubGoal(_ sub: SubGoal, by actor: Actor) throws(StorageError) -> SubGoal {
    let now = db.now
    return try db.write { db in
      var row = try PlanSubGoalRow.fetch(db, id: sub.id)
      let old = try row.subGoal()
      let goal = try PlanGoalRow.fetch(db, id: old.goalID).goal()
      let (plan, r) = try PlanRow.visible(db, id: goal.planID, actor: actor)
      try VersionCheck.require(db, PlanSubGoalRow.self, id: sub.id, expected: sub.version)
      do throws(PlanValidationError) { try sub.fields.validate(planStart: plan.startDate) } catch {
        throw StorageError.invalidPlan(error)
      }
      if sub.measure != old.measure {
        let range: SQLRequest<ValueRange> = """
          SELECT MIN(value) AS lo, MAX(value) AS hi FROM planProgress WHERE subGoalId = \(sub.id)
          """
        if let recorded = try range.fetchOne(db), let lo = recorded.lo, let hi = recorded.hi,
          !sub.measure.contains(lo) || !sub.measure.contains(hi)
        {
          throw StorageError.invalidPlan(.scoreOutOfRange(sub.measure.range))
        }
      }
      try PlanSnapshot.append(
        db, planID: plan.id, before: .subGoal(old.id, old.fields, isClosed: old.isClosed), reason: .edited,
        at: now, by: actor)
      row.set(sub.fields)
      row.isClosed = sub.isClosed
      row.version += 1
      row.updatedAt = now
      row.updatedBy = actor.accountID
      let saved = try row.updateAndFetch(db).subGoal()
      try PlanSearch.refresh(db, planID: plan.id, resident: r, at: now)
      try AuditLog.append(
        db, at: now, actor: actor, action: .updateSubGoal, residentID: r.id, subjectID: sub.id,
        wrote: .init(table: .plan, id: plan.id))
      return saved
    }
  }

  /// Adds what staff do for a sub-goal, and how often.
  public func addIntervention(_ new: NewIntervention, by actor: Actor) throws(StorageError) -> Intervention {
    do { try new.validate() } catch { throw .invalidPlan(error) }
    let now = db.now
    return try db.write { db in
      let (plan, r) = try Self.visiblePlan(db, ofSubGoal: new.subGoalID, actor: actor)
      var row = PlanInterventionRow(
        subGoalId: new.subGoalID, text: "", frequency: "", updatedAt: now, updatedBy: actor.accountID)
      row.set(text: new.text, frequency: new.frequency, responsible: new.responsible)
      let saved = try row.insertAndFetch(db).intervention()
      try AuditLog.append(
        db, at: now, actor: actor, action: .createIntervention, residentID: r.id, subjectID: saved.id,
        wrote: .init(table: .plan, id: plan.id))
      return saved
    }
  }

  /// Saves an intervention (text, frequency, responsible, or stopped with `isActive = false`).
  public func updateIntervention(_ i: Intervention, by actor: Actor) throws(StorageError) -> Intervention {
    do { try i.validate() } catch { throw .invalidPlan(error) }
    let now = db.now
    return try db.write { db in
      var row = try PlanInterventionRow.fetch(db, id: i.id)
      let (plan, r) = try Self.visiblePlan(db, ofSubGoal: row.subGoalId, actor: actor)
      try VersionCheck.require(db, PlanInterventionRow.self, id: i.id, expected: i.version)
      row.set(text: i.text, frequency: i.frequency, responsible: i.responsible)
      row.isActive = i.isActive
      row.version += 1
      row.updatedAt = now
      row.updatedBy = actor.accountID
      let saved = try row.updateAndFetch(db).intervention()
      try AuditLog.append(
        db, at: now, actor: actor, action: .updateIntervention, residentID: r.id, subjectID: i.id,
        wrote: .init(table: .plan, id: plan.id))
      return saved
    }
  }

  /// The plan a sub-goal belongs to, with the resident, if the actor may see them.
  static func visiblePlan(_ db: Database, ofSubGoal id: SubGoalID, actor: Actor) throws -> (Plan, Resident) {
    let goal = try PlanGoalRow.fetch(db, id: try PlanSubGoalRow.fetch(db, id: id).goalId)
    return try PlanRow.visible(db, id: goal.planId, actor: actor)
  }
}

/// The lowest and highest value recorded on a sub-goal (NULL when none).
private struct ValueRange: Decodable, FetchableRecord {
  var lo: Int?
  var hi: Int?
}

/// Writes a goal's new fields and status, keeping the old in the history.
enum GoalWriter {
  static func write(
    _ db: Database, old: Goal, fields f: GoalFields, status: GoalStatus, reason: PlanHistoryEntry.Reason,
    now: Date, actor: Actor, resident r: Resident
  ) throws -> Goal {
    try PlanSnapshot.append(
      db, planID: old.planID, before: .goal(old.id, old.fields, old.status), reason: reason, at: now, by: actor)
    var row = try PlanGoalRow.fetch(db, id: old.id)
    row.set(f, status: status)
    row.version += 1
    row.updatedAt = now
    row.updatedBy = actor.accountID
    let saved = try row.updateAndFetch(db).goal()
    try PlanSearch.refresh(db, planID: old.planID, resident: r, at: now)
    try AuditLog.append(
      db, at: now, actor: actor, action: .updateGoal, residentID: r.id, subjectID: old.id,
      wrote: .init(table: .plan, id: old.planID))
    return saved
  }
}
