import Foundation
import GRDB
import TovholderCore

/// Due lists, who does what, and the status report.
extension PlanRepository {
  /// Plans with a follow-up due within `PlanSchedule.windowDays` or overdue, and current
  /// residents without a plan, for the given units (default: all the actor may see).
  /// Overdue first. Audited: one row per unit listed.
  public func dueList(units: Set<UnitID>? = nil, actor: Actor, today: CalendarDay? = nil)
    throws(StorageError) -> [PlanDueItem]
  {
    let visible = AccessRules.visibleUnitIDs(for: actor)
    let wanted = units ?? visible
    guard wanted.isSubset(of: visible) else { throw .accessDenied }
    guard !wanted.isEmpty else { return [] }
    let now = db.now
    let day = today ?? CalendarDay(now, in: .danish)
    return try db.write { db in
      let request: SQLRequest<DueRow> = """
        SELECT r.id, r.name, r.unitId, r.movedIn, r.movedOut, p.id AS planId, p.nextFollowUp,
          (SELECT MIN(s.followUpDate) FROM planSubGoal s JOIN planGoal g ON g.id = s.goalId
           WHERE g.planId = p.id AND g.status != 'ended' AND NOT s.isClosed) AS subGoalDue
        FROM resident r LEFT JOIN plan p ON p.residentId = r.id
        WHERE r.unitId IN \(wanted)
        """
      var items: [PlanDueItem] = []
      for row in try request.fetchAll(db) {
        guard row.movedIn <= day else { continue }
        if let out = row.movedOut, out <= day { continue }
        let (id, name, unit) = (row.id, row.name, row.unitId)
        guard let planID = row.planId, let next = row.nextFollowUp else {
          items.append(
            PlanDueItem(
              residentID: id, residentName: name, unitID: unit, planID: nil, dueOn: nil, reason: .noPlan,
              status: .overdue(days: 0)))
          continue
        }
        let due = min(row.subGoalDue ?? next, next)
        let isSub = due < next
        let status = PlanSchedule.status(of: due, today: day)
        guard status.isListed else { continue }
        items.append(
          PlanDueItem(
            residentID: id, residentName: name, unitID: unit, planID: planID, dueOn: due,
            reason: isSub ? .subGoalFollowUp : .planFollowUp, status: status))
      }
      for unit in Set(items.map(\.unitID)).sorted() {
        try AuditLog.append(db, at: now, actor: actor, action: .readPlanDueList, subjectID: unit)
      }
      return PlanDueItem.ordered(items)
    }
  }

  /// Who does what in a resident's plan: every open sub-goal and intervention with its
  /// responsible party and next date. Audited as a read of the plan.
  public func whoDoesWhat(residentID: ResidentID, actor: Actor) throws(StorageError) -> [PlanTask] {
    let now = db.now
    return try db.write { db in
      let r = try ResidentRow.visible(db, id: residentID, actor: actor)
      let doc = try PlanLoader.document(db, resident: r, progress: false)
      try AuditLog.append(db, at: now, actor: actor, action: .readPlan, residentID: r.id, subjectID: doc?.plan.id)
      return doc.map(PlanTasks.whoDoesWhat) ?? []
    }
  }

  /// "My plan tasks": what the actor holds across the current residents they may see (as
  /// coordinator, contact person or by name). One access row per resident shown.
  public func myTasks(actor: Actor) throws(StorageError) -> [PlanTask] {
    let residents = try db.residents.list(for: actor)
    let now = db.now
    return try db.write { db in
      var docs: [PlanDocument] = []
      for r in residents {
        if let doc = try PlanLoader.document(db, resident: r, progress: false) { docs.append(doc) }
      }
      let tasks = PlanTasks.myTasks(docs, accountID: actor.accountID)
      for id in Set(tasks.map(\.residentID)).sorted() {
        try AuditLog.append(db, at: now, actor: actor, action: .readPlan, residentID: id)
      }
      return tasks
    }
  }

  /// The status report of a resident's plan (`tovholder export plan`). Audited as an export.
  ///
  /// For a relative (`forRelative`), sharing is checked first, as every area does: a report
  /// no consent (or guardianship within scope) covers throws `.relatives(.sharingRefused)`,
  /// and the refusal stays in the audit log.
  public func statusReport(
    residentID: ResidentID, format: StatusReport.Format, wording: PlanWording, actor: Actor,
    forRelative relativeID: RelativeID? = nil, sharing: SharingCheck? = nil
  ) throws(StorageError) -> String {
    if let relativeID {
      try (sharing ?? db.sharingCheck).require(
        residentID: residentID, relativeID: relativeID, kindCode: SharingCheck.plan, actor: actor)
    }
    let now = db.now
    return try db.write { db in
      let r = try ResidentRow.visible(db, id: residentID, actor: actor)
      guard let doc = try PlanLoader.document(db, resident: r, progress: true) else { throw StorageError.notFound }
      let unit = try UnitRow.fetchOne(db, key: r.unitID)?.name ?? ""
      try AuditLog.append(db, at: now, actor: actor, action: .exportPlan, residentID: r.id, subjectID: doc.plan.id)
      return StatusReport(document: doc, unitName: unit, printedOn: CalendarDay(now, in: .danish))
        .render(format, wording: wording)
    }
  }

  /// The resident a command line names: their number as shown on screen, or a CPR number.
  public func resident(reference: String, actor: Actor) throws(StorageError) -> Resident {
    let text = reference.trimmingCharacters(in: .whitespaces)
    if let id = ResidentID(text), text.count < 6 { return try db.residents.fetch(id: id, actor: actor) }
    guard let cpr = try? CPRNumber(text) else { throw .residentNotAvailable }
    return try db.residents.fetch(cpr: cpr, actor: actor)
  }
}

/// A resident with their plan's next follow-up and the earliest open sub-goal's.
private struct DueRow: Decodable, FetchableRecord {
  var id: ResidentID
  var name: String
  var unitId: UnitID
  var movedIn: CalendarDay
  var movedOut: CalendarDay?
  var planId: PlanID?
  var nextFollowUp: CalendarDay?
  var subGoalDue: CalendarDay?

  init(row: Row) throws {
    do {
      self = try FetchableRecordDecoder().decode(Self.self, from: row)
    } catch {
      throw StorageError.undecodable(table: ResidentRow.databaseTableName, id: ResidentRow.identity(of: row))
    }
  }
}
