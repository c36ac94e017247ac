import Foundation
import GRDB
import TovholderCore

extension HealthRepository {
  /// The due list: active assignments of current residents due by `until` (default: this
  /// month), most urgent first, with the responsible person (the contact person unless
  /// another is named). `unitID` nil: every unit the actor may see. One audit row.
  public func dueList(
    unitID: UnitID? = nil, actor: Actor, today: CalendarDay? = nil, until: ScreeningDueStatus = .thisMonth
  ) throws(StorageError) -> [DueItem] {
    let units = try scope(unitID, actor: actor)
    let now = db.now
    let today = today ?? CalendarDay(now, in: .danish)
    return try db.write { db in
      let catalogue = try HealthRows.catalogue(db)
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT a.*, r.name AS residentName, r.unitId AS unitId,
            COALESCE(resp.displayName, cp.displayName) AS responsibleName,
            (SELECT MAX(s.takenAt) FROM screening s
              WHERE s.residentId = a.residentId AND s.templateKey = a.templateKey) AS lastTaken
          FROM screeningAssignment a JOIN resident r ON r.id = a.residentId
          LEFT JOIN account resp ON resp.id = a.responsibleId
          LEFT JOIN account cp ON cp.id = r.contactPersonId
          WHERE a.isActive AND r.unitId IN (\(HealthRows.placeholders(units.count)))
            AND r.movedIn <= ? AND (r.movedOut IS NULL OR r.movedOut > ?)
          """, arguments: StatementArguments(units) + [today.iso, today.iso])
      var items: [DueItem] = []
      for row in rows {
        let a = HealthRows.assignment(row)
        guard let t = catalogue.template(a.templateKey) else { continue }
        let last = (row["lastTaken"] as Date?).map { CalendarDay($0, in: .danish) }
        let due = DueRule.nextDue(lastTaken: last, startDay: a.startDay, interval: a.effectiveInterval(t))
        let status = DueRule.status(due: due, today: today)
        guard status <= until else { continue }
        items.append(
          DueItem(
            residentID: a.residentID, residentName: row["residentName"], unitID: row["unitId"], assignmentID: a.id,
            templateKey: t.key, templateName: t.name, due: due, status: status, lastTaken: last,
            responsibleName: row["responsibleName"]))
      }
      items.sort { ($0.due, $0.residentName, $0.templateKey) < ($1.due, $1.residentName, $1.templateKey) }
      try AuditLog.append(db, at: now, actor: actor, action: .readDueList, subjectID: unitID)
      return items
    }
  }

  /// The flag list: for each resident and template, the newest flagged screening nobody has
  /// marked seen, newest first. `unitID` nil: every unit the actor may see. One audit row.
  public func flagList(unitID: UnitID? = nil, actor: Actor, limit: Int = 200) throws(StorageError)
    -> [FlaggedScreening]
  {
    let units = try scope(unitID, actor: actor)
    let now = db.now
    return try db.write { db in
      let catalogue = try HealthRows.catalogue(db)
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT \(HealthRows.screeningColumns), r.name AS residentName, r.unitId AS unitId
          FROM screening \(HealthRows.screeningJoins) JOIN resident r ON r.id = screening.residentId
          WHERE screening.isFlagged AND screening.seenAt IS NULL
            AND r.unitId IN (\(HealthRows.placeholders(units.count)))
          ORDER BY screening.takenAt DESC, screening.id DESC
          """,
        arguments: StatementArguments(units))
      var order: [String] = []
      var groups: [String: FlaggedScreening] = [:]
      for row in rows {
        let s = HealthRows.screening(row)
        let key = "\(s.residentID)/\(s.templateKey)"
        if groups[key] != nil {
          groups[key]!.olderUnseen += 1
          continue
        }
        order.append(key)
        groups[key] = FlaggedScreening(
          screening: s, residentName: row["residentName"], unitID: row["unitId"],
          templateName: catalogue.template(s.templateKey)?.name ?? LocalizedName(da: s.templateKey), olderUnseen: 0)
      }
      try AuditLog.append(db, at: now, actor: actor, action: .readFlagList, subjectID: unitID)
      return order.prefix(limit).map { groups[$0]! }
    }
  }

  /// Marks a flagged screening seen with a note of what was done, and with it the older
  /// unseen flagged screenings of the same resident and template. A leader of the unit or
  /// a nurse who works in it. `screening.version` must be the version read: if someone
  /// else marked it first, `.versionConflict` names them.
  @discardableResult
  public func markSeen(_ screening: Screening, note: String, by actor: Actor) throws(StorageError) -> Screening {
    let note = note.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !note.isEmpty else { throw .health(.emptySeenNote) }
    guard note.count <= ScreeningRules.maxNoteLength else {
      throw .health(.noteTooLong(max: ScreeningRules.maxNoteLength))
    }
    let now = db.now
    return try db.write { db in
      guard let old = try HealthRows.fetchScreening(db, id: screening.id) else { throw StorageError.notFound }
      let r = try ResidentRow.visible(db, id: old.residentID, actor: actor)
      guard HealthAccess.canMarkSeen(in: r.unitID, actor: actor, isNurse: try HealthRows.isNurse(db, actor.accountID))
      else { throw StorageError.accessDenied }
      try VersionCheck.require(db, table: "screening", id: old.id, expected: screening.version)
      guard old.isFlagged else { throw StorageError.health(.notFlagged) }
      let ids = try ScreeningID.fetchAll(
        db,
        sql: """
          SELECT id FROM screening WHERE residentId = ? AND templateKey = ? AND isFlagged AND seenAt IS NULL
            AND (takenAt < ? OR id = ?)
          """, arguments: [r.id, old.templateKey, old.takenAt, old.id])
      for id in ids {
        try db.execute(
          sql: """
            UPDATE screening SET seenBy = ?, seenAt = ?, seenNote = ?, version = version + 1, updatedAt = ?,
              updatedBy = ? WHERE id = ?
            """, arguments: [actor.accountID, now, note, now, actor.accountID, id])
        try AuditLog.append(db, at: now, actor: actor, action: .markScreeningSeen, residentID: r.id, subjectID: id)
      }
      return try HealthRows.fetchScreening(db, id: old.id)!
    }
  }

  /// The units to list: `unitID` if the actor may see it, else all the actor's units.
  func scope(_ unitID: UnitID?, actor: Actor) throws(StorageError) -> [UnitID] {
    if let unitID {
      guard AccessRules.canSeeResidents(in: unitID, actor: actor) else { throw .accessDenied }
      return [unitID]
    }
    let units = AccessRules.visibleUnitIDs(for: actor).sorted()
    guard !units.isEmpty else { throw .accessDenied }
    return units
  }
}
