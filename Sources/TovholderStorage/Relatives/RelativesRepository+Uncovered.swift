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
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT \(RelativeRows.contactColumns), res.name AS residentName, res.unitId AS unitId
          \(RelativeRows.contactFrom) JOIN resident res ON res.id = l.residentId
          WHERE l.uncoveredSharing IS NOT NULL AND l.uncoveredSeenAt IS NULL
            AND res.unitId IN (\(units.map { _ in "?" }.joined(separator: ",")))
          ORDER BY l.occurredOn DESC, l.id DESC
          """,
        arguments: StatementArguments(units))
      let items = rows.map {
        UncoveredSharingItem(entry: RelativeRows.contact($0), residentName: $0["residentName"], unitID: $0["unitId"])
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
      let r = try ResidentRows.visible(db, id: old.residentID, actor: actor)
      guard AccessRules.canManageResidents(in: r.unitID, actor: actor) else { throw StorageError.accessDenied }
      try VersionCheck.require(db, table: "contactLog", id: entry.id, expected: entry.version)
      try db.execute(
        sql: """
          UPDATE contactLog SET uncoveredSeenBy = ?, uncoveredSeenAt = ?, version = version + 1, updatedAt = ?,
            updatedBy = ? WHERE id = ?
          """, arguments: [actor.accountID, now, now, actor.accountID, entry.id])
      try AuditLog.append(
        db, at: now, actor: actor, action: .seeUncoveredSharing, residentID: r.id, subjectID: entry.id)
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
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT \(RelativeRows.contactColumns), res.name AS residentName
          \(RelativeRows.contactFrom) JOIN resident res ON res.id = l.residentId
          WHERE l.followUpOwnerId IS NOT NULL AND l.followUpDoneOn IS NULL AND l.followUpDue <= ?
            AND res.unitId = ? AND res.movedOut IS NULL
          ORDER BY l.followUpDue, l.id
          """,
        arguments: [day.iso, unitID])
      let items = rows.map { (entry: RelativeRows.contact($0), residentName: $0["residentName"] as String) }
      for residentID in Set(items.map(\.entry.residentID)).sorted() {
        try AuditLog.append(db, at: now, actor: actor, action: .readFollowUps, residentID: residentID)
      }
      return items
    }
  }
}
