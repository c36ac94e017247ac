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
      let catalogue = try HealthRows.catalogue(db, builtIn: builtIn)
      let request: SQLRequest<DueRow> = """
        SELECT a.*, r.name AS residentName, r.unitId AS unitId,
          COALESCE(resp.displayName, cp.displayName) AS responsibleName,
          (SELECT MAX(s.takenAt) FROM screening s
            WHERE s.residentId = a.residentId AND s.templateKey = a.templateKey) AS lastTaken
        FROM screeningAssignment a JOIN resident r ON r.id = a.residentId
        LEFT JOIN account resp ON resp.id = a.responsibleId
        LEFT JOIN account cp ON cp.id = r.contactPersonId
        WHERE a.isActive AND r.unitId IN \(units)
          AND r.movedIn <= \(today) AND (r.movedOut IS NULL OR r.movedOut > \(today))
        """
      var items: [DueItem] = []
      for row in try request.fetchAll(db) {
        let a = try row.assignment.assignment()
        guard let t = catalogue.template(a.templateKey) else { continue }
        let last = row.lastTaken.map { CalendarDay($0, in: .danish) }
        let due = DueRule.nextDue(lastTaken: last, startDay: a.startDay, interval: a.effectiveInterval(t))
        let status = DueRule.status(due: due, today: today)
        guard status <= until else { continue }
        items.append(
          DueItem(
            residentID: a.residentID, residentName: row.residentName, unitID: row.unitId, assignmentID: a.id,
            templateKey: t.key, templateName: t.name, due: due, status: status, lastTaken: last,
            responsibleName: row.responsibleName))
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
      let catalogue = try HealthRows.catalogue(db, builtIn: builtIn)
      let request: SQLRequest<FlaggedRow> = """
        SELECT \(ScreeningRow.WithNames.columns), r.name AS residentName, r.unitId AS unitId
        \(ScreeningRow.WithNames.from) JOIN resident r ON r.id = screening.residentId
        WHERE screening.isFlagged AND screening.seenAt IS NULL AND r.unitId IN \(units)
        ORDER BY screening.takenAt DESC, screening.id DESC
        """
      var order: [String] = []
      var groups: [String: FlaggedScreening] = [:]
      for row in try request.fetchAll(db) {
        let s = try row.screening.screening()
        let key = "\(s.residentID)/\(s.templateKey)"
        if var group = groups[key] {
          group.olderUnseen += 1
          groups[key] = group
          continue
        }
        order.append(key)
        groups[key] = FlaggedScreening(
          screening: s, residentName: row.residentName, unitID: row.unitId,
          templateName: catalogue.template(s.templateKey)?.name ?? LocalizedName(da: s.templateKey), olderUnseen: 0)
      }
      try AuditLog.append(db, at: now, actor: actor, action: .readFlagList, subjectID: unitID)
      return order.prefix(limit).compactMap { groups[$0] }
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
      try VersionCheck.require(db, ScreeningRow.self, id: old.id, expected: screening.version)
      guard old.isFlagged else { throw StorageError.health(.notFlagged) }
      let unseen: SQLRequest<ScreeningID> = """
        SELECT id FROM screening
        WHERE residentId = \(r.id) AND templateKey = \(old.templateKey) AND isFlagged AND seenAt IS NULL
          AND (takenAt < \(old.takenAt) OR id = \(old.id))
        """
      for id in try unseen.fetchAll(db) {
        try db.execute(
          literal: """
            UPDATE screening SET seenBy = \(actor.accountID), seenAt = \(now), seenNote = \(note),
              version = version + 1, updatedAt = \(now), updatedBy = \(actor.accountID) WHERE id = \(id)
            """)
        try AuditLog.append(
          db, at: now, actor: actor, action: .markScreeningSeen, residentID: r.id, subjectID: id,
          wrote: .init(table: .screening, id: id))
      }
      guard let saved = try HealthRows.fetchScreening(db, id: old.id) else { throw StorageError.notFound }
      return saved
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

/// An assignment on the due list, with the resident and when it was last taken.
private struct DueRow: Decodable, FetchableRecord {
  var assignment: ScreeningAssignmentRow
  var residentName: String
  var unitId: UnitID
  var responsibleName: String?
  var lastTaken: Date?
}

/// An unseen flagged screening with its resident.
private struct FlaggedRow: Decodable, FetchableRecord {
  var screening: ScreeningRow.WithNames
  var residentName: String
  var unitId: UnitID
}
