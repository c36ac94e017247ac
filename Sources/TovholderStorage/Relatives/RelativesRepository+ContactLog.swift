import Foundation
import GRDB
import TovholderCore

extension RelativesRepository {
  /// What telling `new`'s relative about health would need and lacks: the health kinds no
  /// consent or guardianship covers on the day (all of them when no one relative was told).
  /// Asked before saving, to warn; not audited.
  public func uncoveredSharing(_ new: NewContactLogEntry, actor: Actor) throws(StorageError) -> [String] {
    let catalogue = catalogue
    return try db.read { db in try Self.uncovered(db, new, catalogue: catalogue) }
  }

  static func uncovered(_ db: Database, _ new: NewContactLogEntry, catalogue: InformationKindCatalogue) throws
    -> [String]
  {
    guard new.toldAboutHealth else { return [] }
    guard let relativeID = new.relativeID else { return catalogue.healthKinds.map(\.code) }
    let consents = try RelativeRows.consents(db, residentID: new.residentID)
    let guardianships = try RelativeRows.guardianships(db, residentID: new.residentID)
    return catalogue.healthKinds.map(\.code).filter { code in
      !ConsentRule.decide(
        residentID: new.residentID, relativeID: relativeID, kindCode: code, on: new.occurredOn,
        consents: consents, guardianships: guardianships, catalogue: catalogue
      ).isAllowed
    }
  }

  /// Logs a contact as it happened. "Told about health" is checked against consent in the same
  /// transaction (audited as allowed or refused); what no consent covered is saved all the
  /// same, marked, audited as `sharing.uncovered`, and goes on the leaders' list.
  /// A follow-up owner must be able to see the resident.
  public func logContact(_ new: NewContactLogEntry, by actor: Actor) throws(StorageError) -> ContactLogEntry {
    do { try new.validate() } catch { throw .relatives(error) }
    let now = db.now
    let catalogue = catalogue
    return try db.write { db in
      let resident = try ResidentRow.visible(db, id: new.residentID, actor: actor)
      if let id = new.relativeID {
        guard let r = try RelativeRows.fetchRelative(db, id: id), r.residentID == new.residentID else {
          throw StorageError.notFound
        }
      }
      if new.toldAboutHealth, let relativeID = new.relativeID {
        for kind in catalogue.healthKinds {
          _ = try SharingCheck.decide(
            db, residentID: new.residentID, relativeID: relativeID, kindCode: kind.code, actor: actor,
            day: new.occurredOn, now: now, catalogue: catalogue)
        }
      }
      let uncovered = try Self.uncovered(db, new, catalogue: catalogue)
      if let owner = new.followUpOwnerID {
        guard try AccountUnitRow.units(db, account: owner).contains(resident.unitID) else {
          throw StorageError.accessDenied
        }
      }
      var row = ContactLogRow(
        residentId: new.residentID, relativeId: new.relativeID, kind: new.kind, occurredOn: new.occurredOn,
        staffId: actor.accountID, said: new.said, agreed: new.agreed, toldAboutHealth: new.toldAboutHealth,
        followUpOwnerId: new.followUpOwnerID, followUpDue: new.followUpDue, createdAt: now, updatedAt: now,
        updatedBy: actor.accountID, uncoveredSharing: uncovered.isEmpty ? nil : uncovered.joined(separator: ","))
      try row.insert(db)
      let id = db.lastInsertedRowID
      try AuditLog.append(
        db, at: now, actor: actor, action: .createContactLog, residentID: new.residentID, subjectID: id,
        wrote: .init(table: .contactLog, id: id))
      if !uncovered.isEmpty {
        try AuditLog.append(
          db, at: now, actor: actor, action: .sharingUncovered, residentID: new.residentID, subjectID: id)
      }
      guard let saved = try RelativeRows.fetchContact(db, id: id) else { throw StorageError.notFound }
      return saved
    }
  }

  /// The actor's open follow-ups (their task list), earliest first, for residents they may
  /// still see. Audited as one read.
  public func followUps(for actor: Actor) throws(StorageError) -> [FollowUpTask] {
    let units = AccessRules.visibleUnitIDs(for: actor)
    guard !units.isEmpty else { return [] }
    let now = db.now
    return try db.write { db in
      let request: SQLRequest<TaskRow> = """
        SELECT l.id, l.version, l.residentId, l.agreed, l.said, l.followUpDue, res.name AS residentName,
          r.name AS relativeName
        FROM contactLog l JOIN resident res ON res.id = l.residentId LEFT JOIN relative r ON r.id = l.relativeId
        WHERE l.followUpOwnerId = \(actor.accountID) AND l.followUpDoneOn IS NULL AND res.unitId IN \(units)
        ORDER BY l.followUpDue, l.id
        """
      let tasks = try request.fetchAll(db).map { row in
        FollowUpTask(
          entryID: row.id, residentID: row.residentId, residentName: row.residentName,
          relativeName: row.relativeName, agreed: row.agreed.isEmpty ? row.said : row.agreed, due: row.followUpDue,
          ownerID: actor.accountID, entryVersion: row.version)
      }
      try AuditLog.append(db, at: now, actor: actor, action: .readFollowUps)
      return tasks
    }
  }

  /// Marks a follow-up done on `day` (today if nil); it leaves the task list. The entry's
  /// version must be the one read.
  public func completeFollowUp(_ entry: ContactLogEntry, on day: CalendarDay? = nil, by actor: Actor)
    throws(StorageError) -> ContactLogEntry
  {
    try completeFollowUp(id: entry.id, version: entry.version, on: day, by: actor)
  }

  /// Marks the follow-up of a task on the list done.
  public func completeFollowUp(_ task: FollowUpTask, on day: CalendarDay? = nil, by actor: Actor)
    throws(StorageError) -> ContactLogEntry
  {
    try completeFollowUp(id: task.entryID, version: task.entryVersion, on: day, by: actor)
  }

  func completeFollowUp(id: ContactLogEntryID, version: Int, on day: CalendarDay?, by actor: Actor)
    throws(StorageError) -> ContactLogEntry
  {
    let now = db.now
    let day = day ?? today
    return try db.write { db in
      guard let old = try RelativeRows.fetchContact(db, id: id) else { throw StorageError.notFound }
      _ = try ResidentRow.visible(db, id: old.residentID, actor: actor)
      guard old.followUp?.isOpen == true else { throw StorageError.notFound }
      try VersionCheck.require(db, ContactLogRow.self, id: id, expected: version)
      guard var row = try ContactLogRow.fetchOne(db, key: id) else { throw StorageError.notFound }
      try row.updateChanges(db) {
        $0.followUpDoneOn = day
        $0.version += 1
        $0.updatedAt = now
        $0.updatedBy = actor.accountID
      }
      try AuditLog.append(
        db, at: now, actor: actor, action: .completeFollowUp, residentID: old.residentID, subjectID: id,
        wrote: .init(table: .contactLog, id: id))
      guard let saved = try RelativeRows.fetchContact(db, id: id) else { throw StorageError.notFound }
      return saved
    }
  }
}

extension RelativesRepository {
  /// Who may own a follow-up for this resident: active accounts working in their unit.
  public func followUpOwners(residentID: ResidentID, actor: Actor) throws(StorageError) -> [(AccountID, String)] {
    try db.read { db in
      let r = try ResidentRow.visible(db, id: residentID, actor: actor)
      let request: SQLRequest<Owner> = """
        SELECT a.id, a.displayName FROM account a JOIN accountUnit u ON u.accountId = a.id
        WHERE u.unitId = \(r.unitID) AND a.isActive ORDER BY a.displayName COLLATE danish
        """
      return try request.fetchAll(db).map { ($0.id, $0.displayName) }
    }
  }
}

/// An open follow-up on the owner's task list.
private struct TaskRow: Decodable, FetchableRecord {
  var id: ContactLogEntryID
  var version: Int
  var residentId: ResidentID
  var agreed: String
  var said: String
  var followUpDue: CalendarDay
  var residentName: String
  var relativeName: String?
}

private struct Owner: Decodable, FetchableRecord {
  var id: AccountID
  var displayName: String
}
