import Foundation
import GRDB
import TovholderCore

extension AppDatabase {
  /// Plans (En Plan): goals, sub-goals, interventions, progress, follow-ups, due lists.
  public var plans: PlanRepository { PlanRepository(db: self) }
}

/// One plan per resident. Every read of a plan writes an access row and every change an
/// audit row in the same transaction; edits carry versions.
public struct PlanRepository: Sendable {
  let db: AppDatabase

  // MARK: The home's rhythm

  /// The home's default number of plan follow-ups a year (2 until a leader sets it).
  public func followUpInterval() throws(StorageError) -> FollowUpInterval {
    try db.read { db in try PlanLoader.interval(db) }
  }

  /// Sets the home's rhythm (2–4 a year). Leaders and admin.
  public func setFollowUpInterval(timesPerYear: Int, by actor: Actor) throws(StorageError) {
    guard AccessRules.canMaintain(actor: actor) else { throw .accessDenied }
    let interval: FollowUpInterval
    do { interval = try FollowUpInterval(timesPerYear: timesPerYear) } catch { throw .invalidPlan(error) }
    let now = db.now
    try db.write { db in
      try db.execute(
        literal: """
          INSERT INTO planSetting (id, followUpsPerYear, updatedAt, updatedBy)
          VALUES (1, \(interval.timesPerYear), \(now), \(actor.accountID))
          ON CONFLICT (id) DO UPDATE SET followUpsPerYear = excluded.followUpsPerYear,
            version = version + 1, updatedAt = excluded.updatedAt, updatedBy = excluded.updatedBy
          """)
      try AuditLog.append(db, at: now, actor: actor, action: .updatePlanSettings)
    }
  }

  // MARK: The plan

  /// The resident's plan with everything in it, or nil when they have none yet. Audited
  /// as a read of the record (also when there is no plan).
  public func document(residentID: ResidentID, actor: Actor) throws(StorageError) -> PlanDocument? {
    let now = db.now
    return try db.write { db in
      let r = try ResidentRow.visible(db, id: residentID, actor: actor)
      let doc = try PlanLoader.document(db, resident: r, progress: true)
      try AuditLog.append(db, at: now, actor: actor, action: .readPlan, residentID: r.id, subjectID: doc?.plan.id)
      return doc
    }
  }

  /// Makes the resident's plan. Without a next follow-up date the first falls one home
  /// interval after the start.
  public func create(_ new: NewPlan, by actor: Actor) throws(StorageError) -> Plan {
    let now = db.now
    let plan = try db.write { db -> Plan in
      let r = try ResidentRow.visible(db, id: new.residentID, actor: actor)
      let interval = try PlanLoader.interval(db)
      let next = new.nextFollowUp ?? interval.next(after: new.startDate)
      do throws(PlanValidationError) {
        try PlanValidation.plan(wish: new.wish, start: new.startDate, nextFollowUp: next)
      } catch {
        throw StorageError.invalidPlan(error)
      }
      if try PlanRow.filter(PlanRow.Columns.residentId == r.id).fetchCount(db) > 0 {
        throw StorageError.invalidPlan(.planExists)
      }
      let plan = try PlanRow(
        residentId: r.id, wish: PlanText.clean(new.wish), startDate: new.startDate, nextFollowUp: next,
        createdAt: now, updatedAt: now, updatedBy: actor.accountID
      ).insertAndFetch(db).plan()
      try PlanSearch.refresh(db, planID: plan.id, resident: r, at: now)
      try AuditLog.append(
        db, at: now, actor: actor, action: .createPlan, residentID: r.id, subjectID: plan.id,
        wrote: .init(table: .plan, id: plan.id))
      return plan
    }
    return plan
  }

  /// Saves the wish, start and next follow-up. `plan.version` must be the version read;
  /// the old wording goes to the plan's history.
  public func update(_ plan: Plan, by actor: Actor) throws(StorageError) -> Plan {
    do { try plan.validate() } catch { throw .invalidPlan(error) }
    let now = db.now
    return try db.write { db in
      let (old, r) = try PlanRow.visible(db, id: plan.id, actor: actor)
      try VersionCheck.require(db, PlanRow.self, id: plan.id, expected: plan.version)
      let earliest = try PlanLoader.earliestSubGoalDate(db, planID: plan.id)
      if let earliest, earliest < plan.startDate {
        throw StorageError.invalidPlan(.followUpBeforePlanStart(plan.startDate))
      }
      try PlanSnapshot.append(
        db, planID: plan.id, before: .plan(wish: old.wish, nextFollowUp: old.nextFollowUp), reason: .edited,
        at: now, by: actor)
      var row = try PlanRow.fetch(db, id: plan.id)
      row.wish = PlanText.clean(plan.wish)
      row.startDate = plan.startDate
      row.nextFollowUp = plan.nextFollowUp
      row.stamp(now, by: actor.accountID)
      let saved = try row.updateAndFetch(db).plan()
      try PlanSearch.refresh(db, planID: plan.id, resident: r, at: now)
      try AuditLog.append(
        db, at: now, actor: actor, action: .updatePlan, residentID: r.id, subjectID: plan.id,
        wrote: .init(table: .plan, id: plan.id))
      return saved
    }
  }
}

enum PlanText {
  static func clean(_ s: String) -> String { s.trimmingCharacters(in: .whitespacesAndNewlines) }
}
