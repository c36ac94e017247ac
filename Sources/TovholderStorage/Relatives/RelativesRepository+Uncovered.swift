import Foundation
import GRDB
import TovholderCore

/// A contact log entry that records sharing no consent covered, on the leaders' list until
/// one of them marks it seen.
public struct UncoveredSharingItem: Hashable, Sendable {
  public var entry: ContactLogEntry
  public var residentName: String
  public var unitID: UnitID
}

extension RelativesRepository {
  /// Entries recording sharing no consent covered, in the units the actor leads, not yet
  /// seen, newest first. One access row per resident.
  public func uncoveredSharingList(actor: Actor) throws(StorageError) -> [UncoveredSharingItem] {
    let units = actor.role == .leader ? actor.unitIDs.sorted() : []
    guard !units.isEmpty else { return [] }
    let now = db.now
    return try db.write { db in
      let request: SQLRequest<ContactWithResident> = """
        SELECT \(ContactLogRow.WithNames.columns), res.name AS resName, res.unitId AS resUnitId
        \(ContactLogRow.WithNames.from) JOIN resident res ON res.id = l.residentId
        WHERE l.uncoveredSharing IS NOT NULL AND l.uncoveredSeenAt IS NULL AND res.unitId IN \(units)
        ORDER BY l.occurredOn DESC, l.id DESC
        """
      let items = try request.fetchAll(db).map {
        UncoveredSharingItem(entry: try $0.contact.entry(), residentName: $0.residentName, unitID: $0.residentUnitId)
      }
      for residentID in Set(items.map(\.entry.residentID)).sorted() {
        try AuditLog.append(db, at: now, actor: actor, action: .readUncoveredSharing, residentID: residentID)
      }
      return items
    }
  }

  /// A leader of the resident's unit marks the uncovered sharing seen; it leaves the list.
  public func markUncoveredSeen(_ entry: ContactLogEntry, by actor: Actor) throws(StorageError) -> ContactLogEntry {
    let now = db.now
    return try db.write { db in
      guard let old = try RelativeRows.fetchContact(db, id: entry.id), !old.uncoveredSharing.isEmpty else {
        throw StorageError.notFound
      }
      let r = try ResidentRow.visible(db, id: old.residentID, actor: actor)
      guard AccessRules.canManageResidents(in: r.unitID, actor: actor) else { throw StorageError.accessDenied }
      try VersionCheck.require(db, ContactLogRow.self, id: entry.id, expected: entry.version)
      guard var row = try ContactLogRow.fetchOne(db, key: entry.id) else { throw StorageError.notFound }
      row.uncoveredSeenBy = actor.accountID
      row.uncoveredSeenAt = now
      row.version += 1
      row.updatedAt = now
      row.updatedBy = actor.accountID
      try row.update(db)
      try AuditLog.append(
        db, at: now, actor: actor, action: .seeUncoveredSharing, residentID: r.id, subjectID: entry.id,
        wrote: .init(table: .contactLog, id: entry.id))
      guard let saved = try RelativeRows.fetchContact(db, id: entry.id) else { throw StorageError.notFound }
      return saved
    }
  }

  /// The unit's open contact follow-ups due on or before `day` (for the handover list),
  /// earliest first, with the resident's name. One access row per resident.
  public func dueFollowUps(unitID: UnitID, through day: CalendarDay, actor: Actor) throws(StorageError)
    -> [(entry: ContactLogEntry, residentName: String)]
  {
    guard AccessRules.canSeeResidents(in: unitID, actor: actor) else { throw .accessDenied }
    let now = db.now
    return try db.write { db in
      let request: SQLRequest<ContactWithResident> = """
        SELECT \(ContactLogRow.WithNames.columns), res.name AS resName, res.unitId AS resUnitId
        \(ContactLogRow.WithNames.from) JOIN resident res ON res.id = l.residentId
        WHERE l.followUpOwnerId IS NOT NULL AND l.followUpDoneOn IS NULL AND l.followUpDue <= \(day)
          AND res.unitId = \(unitID) AND res.movedOut IS NULL
        ORDER BY l.followUpDue, l.id
        """
      let items = try request.fetchAll(db).map { (entry: try $0.contact.entry(), residentName: $0.residentName) }
      for residentID in Set(items.map(\.entry.residentID)).sorted() {
        try AuditLog.append(db, at: now, actor: actor, action: .readFollowUps, residentID: residentID)
      }
      return items
    }
  }
}

/// A contact log entry with its resident's name and unit.
private struct ContactWithResident: Decodable, FetchableRecord {
  var contact: ContactLogRow.WithNames
  var residentName: String
  var residentUnitId: UnitID

  enum CodingKeys: String, CodingKey {
    case contact
    case residentName = "resName"
    case residentUnitId = "resUnitId"
  }
}
