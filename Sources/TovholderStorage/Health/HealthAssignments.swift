import Foundation
import GRDB
import TovholderCore

extension HealthRepository {
  /// Applies a template to a resident (staff of the unit). `interval` nil: the template's;
  /// `startDay` nil: due today; `responsibleID` nil: the contact person. Assigning a
  /// template the resident had before makes it active again with the new settings.
  @discardableResult
  public func assign(
    residentID: ResidentID, templateKey: String, interval: ScreeningInterval? = nil, startDay: CalendarDay? = nil,
    responsibleID: AccountID? = nil, by actor: Actor
  ) throws(StorageError) -> ScreeningAssignment {
    let now = db.now
    let start = startDay ?? CalendarDay(now, in: .danish)
    return try db.write { db in
      let r = try ResidentRow.visible(db, id: residentID, actor: actor)
      _ = try HealthRows.template(db, key: templateKey, builtIn: builtIn)
      try requireStaff(db, responsibleID, unitID: r.unitID, now: now)
      let upsert: SQLRequest<ScreeningAssignmentRow> = """
        INSERT INTO screeningAssignment (residentId, templateKey, interval, startDay, responsibleId, updatedAt, updatedBy)
        VALUES (\(r.id), \(templateKey), \(interval?.description), \(start), \(responsibleID), \(now), \(actor.accountID))
        ON CONFLICT (residentId, templateKey) DO UPDATE SET interval = excluded.interval,
          startDay = excluded.startDay, responsibleId = excluded.responsibleId, isActive = 1,
          version = version + 1, updatedAt = excluded.updatedAt, updatedBy = excluded.updatedBy
        RETURNING *
        """
      guard let a = try upsert.fetchOne(db)?.assignment() else { throw StorageError.notFound }
      try AuditLog.append(
        db, at: now, actor: actor, action: .assignScreening, residentID: r.id, subjectID: a.id,
        wrote: .init(table: .screeningAssignment, id: a.id))
      return a
    }
  }

  /// Saves a changed assignment (interval, start day, responsible person, active).
  /// `assignment.version` must be the version read, else `.versionConflict`.
  @discardableResult
  public func updateAssignment(_ assignment: ScreeningAssignment, by actor: Actor) throws(StorageError)
    -> ScreeningAssignment
  {
    let now = db.now
    return try db.write { db in
      guard var row = try ScreeningAssignmentRow.fetchOne(db, key: assignment.id) else {
        throw StorageError.notFound
      }
      let old = try row.assignment()
      let r = try ResidentRow.visible(db, id: old.residentID, actor: actor)
      try VersionCheck.require(db, ScreeningAssignmentRow.self, id: assignment.id, expected: assignment.version)
      if assignment.responsibleID != old.responsibleID {
        try requireStaff(db, assignment.responsibleID, unitID: r.unitID, now: now)
      }
      row.interval = assignment.interval?.description
      row.startDay = assignment.startDay
      row.responsibleId = assignment.responsibleID
      row.isActive = assignment.isActive
      row.version += 1
      row.updatedAt = now
      row.updatedBy = actor.accountID
      let saved = try row.updateAndFetch(db).assignment()
      try AuditLog.append(
        db, at: now, actor: actor, action: .updateScreeningAssignment, residentID: r.id, subjectID: assignment.id,
        wrote: .init(table: .screeningAssignment, id: assignment.id))
      return saved
    }
  }

  /// The Health tab: consent, active assignments with due dates and latest screening,
  /// templates not yet assigned. Audited as a read of the record.
  public func overview(residentID: ResidentID, actor: Actor, today: CalendarDay? = nil) throws(StorageError)
    -> HealthOverview
  {
    let now = db.now
    let today = today ?? CalendarDay(now, in: .danish)
    return try db.write { db in
      let r = try ResidentRow.visible(db, id: residentID, actor: actor)
      let catalogue = try HealthRows.catalogue(db, builtIn: builtIn)
      let request: SQLRequest<ScreeningAssignmentRow.WithResponsible> = """
        SELECT a.*, COALESCE(resp.displayName, cp.displayName) AS responsibleName
        FROM screeningAssignment a JOIN resident r ON r.id = a.residentId
        LEFT JOIN account resp ON resp.id = a.responsibleId
        LEFT JOIN account cp ON cp.id = r.contactPersonId
        WHERE a.residentId = \(r.id) AND a.isActive
        """
      var items: [HealthOverview.Item] = []
      for found in try request.fetchAll(db) {
        let a = try found.row.assignment()
        guard let t = catalogue.template(a.templateKey) else { continue }
        let latest = try HealthRows.screenings(db, residentID: r.id, templateKey: t.key, limit: 1).first
        let due = DueRule.nextDue(lastTaken: latest?.day, startDay: a.startDay, interval: a.effectiveInterval(t))
        items.append(
          HealthOverview.Item(
            template: t, assignment: a, due: due, status: DueRule.status(due: due, today: today), latest: latest,
            responsibleName: found.responsibleName))
      }
      items.sort { ($0.due, $0.template.key) < ($1.due, $1.template.key) }
      let assigned = Set(items.map(\.template.key))
      let recorded = Set(
        try ScreeningRow.select(Column("templateKey"), as: String.self).distinct()
          .filter(Column("residentId") == r.id).fetchAll(db))
      try AuditLog.append(db, at: now, actor: actor, action: .readHealth, residentID: r.id)
      return HealthOverview(
        residentID: r.id, sex: Sex(cpr: r.cpr), consents: try HealthRows.consents(db, residentID: r.id),
        items: items, unassigned: catalogue.templates.filter { !assigned.contains($0.key) },
        stopped: catalogue.templates.filter { recorded.contains($0.key) && !assigned.contains($0.key) })
    }
  }

  /// Who may be named responsible for a resident's screenings: the active staff and leaders
  /// of the resident's unit, by name. Staff of the unit may ask.
  public func responsibleChoices(residentID: ResidentID, actor: Actor) throws(StorageError)
    -> [(id: AccountID, name: String)]
  {
    let now = db.now
    return try db.read { db in
      let r = try ResidentRow.visible(db, id: residentID, actor: actor)
      let request: SQLRequest<StaffChoice> = """
        \(Self.unitStaff(r.unitID, now: now)) ORDER BY a.displayName COLLATE danish
        """
      return try request.fetchAll(db).map { (id: $0.id, name: $0.displayName) }
    }
  }

  private static func unitStaff(_ unitID: UnitID, now: Date) -> SQL {
    """
    SELECT a.id, a.displayName FROM account a JOIN accountUnit u ON u.accountId = a.id
    WHERE u.unitId = \(unitID) AND a.role != 'admin' AND a.isActive AND (a.expiresAt IS NULL OR a.expiresAt > \(now))
    """
  }

  /// `.health(.responsibleNotInUnit)` unless `id` (when given) is a choice of `responsibleChoices`.
  private func requireStaff(_ db: Database, _ id: AccountID?, unitID: UnitID, now: Date) throws {
    guard let id else { return }
    let request: SQLRequest<StaffChoice> = "\(Self.unitStaff(unitID, now: now)) AND a.id = \(id)"
    guard try request.fetchOne(db) != nil else { throw StorageError.health(.responsibleNotInUnit) }
  }
}

/// An account that may answer for a resident's screenings.
private struct StaffChoice: Decodable, FetchableRecord {
  var id: AccountID
  var displayName: String
}
