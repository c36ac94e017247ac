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
      let (_, r) = try PlanRows.visiblePlan(db, id: new.planID, actor: actor)
      let f = new.fields
      try db.execute(
        sql: """
          INSERT INTO planGoal (planId, title, themeId, goalTypeId, functionalLevelId, supportNeedId,
            responsibleKind, responsibleAccountId, responsibleName, status, updatedAt, updatedBy)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?)
          """,
        arguments: StatementArguments(
          [new.planID, PlanText.clean(f.title), f.themeID, f.goalTypeID, f.functionalLevelID, f.supportNeedID]
            + PlanRows.columns(f.responsible) + [now, actor.accountID]))
      let goal = try PlanRows.fetchGoal(db, id: db.lastInsertedRowID)
      try PlanSearch.refresh(db, planID: new.planID, resident: r, at: now)
      try AuditLog.append(db, at: now, actor: actor, action: .createGoal, residentID: r.id, subjectID: goal.id)
      return goal
    }
  }

  /// Saves a goal's fields. `goal.version` must be the version read, else
  /// `.versionConflict` with who saved it and when; nothing changes then.
  public func updateGoal(_ goal: Goal, catalog: PlanCatalog? = nil, by actor: Actor) throws(StorageError) -> Goal {
    do { try goal.fields.validate(catalog: catalog) } catch { throw .invalidPlan(error) }
    let now = db.now
    return try db.write { db in
      let old = try PlanRows.fetchGoal(db, id: goal.id)
      let (_, r) = try PlanRows.visiblePlan(db, id: old.planID, actor: actor)
      try VersionCheck.require(db, table: "planGoal", id: goal.id, expected: goal.version)
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
      let goal = try PlanRows.fetchGoal(db, id: new.goalID)
      let (plan, r) = try PlanRows.visiblePlan(db, id: goal.planID, actor: actor)
      if goal.status == .ended { throw StorageError.invalidPlan(.goalEnded) }
      let f: SubGoalFields
      do throws(PlanValidationError) { f = try new.validated(planStart: plan.startDate) } catch {
        throw StorageError.invalidPlan(error)
      }
      try db.execute(
        sql: """
          INSERT INTO planSubGoal (goalId, text, measureKind, measureMin, measureMax, target, followUpDate,
            responsibleKind, responsibleAccountId, responsibleName, updatedAt, updatedBy)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: StatementArguments(
          [goal.id, PlanText.clean(f.text)] + PlanRows.measureColumns(f.measure) + [f.target, f.followUpDate.iso]
            + PlanRows.columns(f.responsible) + [now, actor.accountID]))
      let sub = try PlanRows.fetchSubGoal(db, id: db.lastInsertedRowID)
      try PlanSearch.refresh(db, planID: plan.id, resident: r, at: now)
      try AuditLog.append(db, at: now, actor: actor, action: .createSubGoal, residentID: r.id, subjectID: sub.id)
      return sub
    }
  }

  /// Saves a sub-goal's fields or closes it. Values already recorded must still fit a
  /// changed measure (else `.scoreOutOfRange`), so no stored value changes meaning.
  public func updateSubGoal(_ sub: SubGoal, by actor: Actor) throws(StorageError) -> SubGoal {
    let now = db.now
    return try db.write { db in
      let old = try PlanRows.fetchSubGoal(db, id: sub.id)
      let goal = try PlanRows.fetchGoal(db, id: old.goalID)
      let (plan, r) = try PlanRows.visiblePlan(db, id: goal.planID, actor: actor)
      try VersionCheck.require(db, table: "planSubGoal", id: sub.id, expected: sub.version)
      do throws(PlanValidationError) { try sub.fields.validate(planStart: plan.startDate) } catch {
        throw StorageError.invalidPlan(error)
      }
      if sub.measure != old.measure {
        let range = try Row.fetchOne(
          db, sql: "SELECT MIN(value) AS lo, MAX(value) AS hi FROM planProgress WHERE subGoalId = ?",
          arguments: [sub.id])
        if let lo: Int = range?["lo"], let hi: Int = range?["hi"],
          !sub.measure.contains(lo) || !sub.measure.contains(hi)
        {
          throw StorageError.invalidPlan(.scoreOutOfRange(sub.measure.range))
        }
      }
      try PlanSnapshot.append(
        db, planID: plan.id, before: .subGoal(old.id, old.fields, isClosed: old.isClosed), reason: .edited,
        at: now, by: actor)
      let f = sub.fields
      try db.execute(
        sql: """
          UPDATE planSubGoal SET text = ?, measureKind = ?, measureMin = ?, measureMax = ?, target = ?,
            followUpDate = ?, responsibleKind = ?, responsibleAccountId = ?, responsibleName = ?, isClosed = ?,
            version = version + 1, updatedAt = ?, updatedBy = ? WHERE id = ?
          """,
        arguments: StatementArguments(
          [PlanText.clean(f.text)] + PlanRows.measureColumns(f.measure) + [f.target, f.followUpDate.iso]
            + PlanRows.columns(f.responsible) + [sub.isClosed, now, actor.accountID, sub.id]))
      try PlanSearch.refresh(db, planID: plan.id, resident: r, at: now)
      try AuditLog.append(db, at: now, actor: actor, action: .updateSubGoal, residentID: r.id, subjectID: sub.id)
      return try PlanRows.fetchSubGoal(db, id: sub.id)
    }
  }

  /// Adds what staff do for a sub-goal, and how often.
  public func addIntervention(_ new: NewIntervention, by actor: Actor) throws(StorageError) -> Intervention {
    do { try new.validate() } catch { throw .invalidPlan(error) }
    let now = db.now
    return try db.write { db in
      let goalID = try PlanRows.goalID(ofSubGoal: new.subGoalID, db)
      let (_, r) = try PlanRows.visiblePlan(db, id: try PlanRows.planID(ofGoal: goalID, db), actor: actor)
      try db.execute(
        sql: """
          INSERT INTO planIntervention (subGoalId, text, frequency, responsibleKind, responsibleAccountId,
            responsibleName, updatedAt, updatedBy) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: StatementArguments(
          [new.subGoalID, PlanText.clean(new.text), new.frequency.stored] + PlanRows.columns(new.responsible)
            + [now, actor.accountID]))
      let saved = try PlanRows.fetchIntervention(db, id: db.lastInsertedRowID)
      try AuditLog.append(db, at: now, actor: actor, action: .createIntervention, residentID: r.id, subjectID: saved.id)
      return saved
    }
  }

  /// Saves an intervention (text, frequency, responsible, or stopped with `isActive = false`).
  public func updateIntervention(_ i: Intervention, by actor: Actor) throws(StorageError) -> Intervention {
    do { try i.validate() } catch { throw .invalidPlan(error) }
    let now = db.now
    return try db.write { db in
      let old = try PlanRows.fetchIntervention(db, id: i.id)
      let goalID = try PlanRows.goalID(ofSubGoal: old.subGoalID, db)
      let (_, r) = try PlanRows.visiblePlan(db, id: try PlanRows.planID(ofGoal: goalID, db), actor: actor)
      try VersionCheck.require(db, table: "planIntervention", id: i.id, expected: i.version)
      try db.execute(
        sql: """
          UPDATE planIntervention SET text = ?, frequency = ?, responsibleKind = ?, responsibleAccountId = ?,
            responsibleName = ?, isActive = ?, version = version + 1, updatedAt = ?, updatedBy = ? WHERE id = ?
          """,
        arguments: StatementArguments(
          [PlanText.clean(i.text), i.frequency.stored] + PlanRows.columns(i.responsible)
            + [i.isActive, now, actor.accountID, i.id]))
      try AuditLog.append(db, at: now, actor: actor, action: .updateIntervention, residentID: r.id, subjectID: i.id)
      return try PlanRows.fetchIntervention(db, id: i.id)
    }
  }
}

/// Writes a goal's new fields and status, keeping the old in the history.
enum GoalWriter {
  static func write(
    _ db: Database, old: Goal, fields f: GoalFields, status: GoalStatus, reason: PlanHistoryEntry.Reason,
    now: Date, actor: Actor, resident r: Resident
  ) throws -> Goal {
    try PlanSnapshot.append(
      db, planID: old.planID, before: .goal(old.id, old.fields, old.status), reason: reason, at: now, by: actor)
    try db.execute(
      sql: """
        UPDATE planGoal SET title = ?, themeId = ?, goalTypeId = ?, functionalLevelId = ?, supportNeedId = ?,
          responsibleKind = ?, responsibleAccountId = ?, responsibleName = ?, status = ?, version = version + 1,
          updatedAt = ?, updatedBy = ? WHERE id = ?
        """,
      arguments: StatementArguments(
        [PlanText.clean(f.title), f.themeID, f.goalTypeID, f.functionalLevelID, f.supportNeedID]
          + PlanRows.columns(f.responsible) + [status.rawValue, now, actor.accountID, old.id]))
    try PlanSearch.refresh(db, planID: old.planID, resident: r, at: now)
    try AuditLog.append(db, at: now, actor: actor, action: .updateGoal, residentID: r.id, subjectID: old.id)
    return try PlanRows.fetchGoal(db, id: old.id)
  }
}
