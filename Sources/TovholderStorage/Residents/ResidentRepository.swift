import Foundation
import GRDB
import TovholderCore

/// Residents: the daily list, look-ups, the audited record, registration and edits.
public struct ResidentRepository: Sendable {
  let db: AppDatabase

  /// Residents the actor may see, by name. `current` are those living at the home on
  /// `day` (the daily list); `former` those who have moved out (findable, not in the list).
  public func list(for actor: Actor, which: Which = .current, on day: CalendarDay? = nil)
    throws(StorageError) -> [Resident]
  {
    let units = AccessRules.visibleUnitIDs(for: actor)
    guard !units.isEmpty else { return [] }
    let today = day ?? CalendarDay(db.now, in: .danish)
    let all = try db.read { db in
      try ResidentRow.registered.filter(units.contains(ResidentRow.Columns.unitId)).fetchAll(db).map {
        try $0.resident()
      }
    }
    return all.filter { r in
      switch which {
      case .current: return r.isCurrent(on: today)
      case .former: return r.movedOut.map { $0 <= today } ?? false
      case .all: return true
      }
    }.sorted { DanishCollation.compare($0.name, $1.name) < 0 }
  }

  public enum Which: Sendable { case current, former, all }

  /// Look-up by the short number (for the command line and "go to"). Not audited: it
  /// identifies, it does not open the record.
  public func fetch(id: ResidentID, actor: Actor) throws(StorageError) -> Resident {
    try db.read { db in try ResidentRow.visible(db, id: id, actor: actor) }
  }

  /// Look-up by CPR number (with or without dash).
  public func fetch(cpr: CPRNumber, actor: Actor) throws(StorageError) -> Resident {
    try db.read { db in
      guard let row = try ResidentRow.registered.filter(ResidentRow.Columns.cpr == cpr).fetchOne(db) else {
        throw ResidentRefusal(actor: actor, residentID: nil)
      }
      return try ResidentRow.visible(db, id: try row.resident().id, actor: actor)
    }
  }

  /// Opens the record: the resident, names around them and the newest notes. Audited.
  public func openRecord(id: ResidentID, actor: Actor, noteLimit: Int = 50) throws(StorageError)
    -> ResidentRecord
  {
    let now = db.now
    return try db.write { db in
      let r = try ResidentRow.visible(db, id: id, actor: actor)
      func name(_ id: AccountID?) throws -> String? {
        try id.flatMap { try AccountRow.displayName(db, id: $0) }
      }
      let unitName = try UnitRow.fetchOne(db, key: r.unitID)?.name ?? ""
      let notes = try NoteRow.list(db, residentID: id, before: nil, limit: noteLimit)
      try AuditLog.append(db, at: now, actor: actor, action: .openRecord, residentID: id)
      return ResidentRecord(
        resident: r, unitName: unitName,
        contactPersonName: try name(r.contactPersonID), coordinatorName: try name(r.coordinatorID),
        recentNotes: notes)
    }
  }

  /// Returns the full CPR number for display and writes an audit row saying who saw it.
  public func revealCPR(residentID: ResidentID, actor: Actor) throws(StorageError) -> CPRNumber {
    let now = db.now
    return try db.write { db in
      let r = try ResidentRow.visible(db, id: residentID, actor: actor)
      try AuditLog.append(db, at: now, actor: actor, action: .revealCPR, residentID: residentID)
      return r.cpr
    }
  }

  /// Registers a resident. Leaders of the unit only.
  public func create(_ new: NewResident, by actor: Actor) throws(StorageError) -> Resident {
    let now = db.now
    do {
      try new.validate()
      try MoveInRule.check(new.movedIn, cpr: new.cpr, today: CalendarDay(now, in: .danish))
    } catch { throw .invalidResident(error) }
    guard AccessRules.canManageResidents(in: new.unitID, actor: actor) else { throw .accessDenied }
    let resident = try db.write { db -> Resident in
      let r: Resident
      do {
        r = try ResidentRow(new, at: now, by: actor.accountID).insertAndFetch(db).resident()
      } catch let error as DatabaseError where error.isUniqueViolation {
        throw StorageError.duplicateCPR
      }
      try SearchIndex.upsert(db, SearchIndex.Item(resident: r, at: now))
      try AuditLog.append(
        db, at: now, actor: actor, action: .createResident, residentID: r.id, wrote: .init(table: .resident, id: r.id))
      return r
    }
    db.log.event(.residentCreated(resident: resident.id))
    return resident
  }

  /// Saves an edited resident. `resident.version` must be the version read, else
  /// `.versionConflict`. Staff of the unit may edit; moving to another unit, changing the
  /// CPR number or the move-in/move-out dates needs a leader (of both units when moving).
  public func update(_ resident: Resident, by actor: Actor) throws(StorageError) -> Resident {
    do { try resident.validate() } catch { throw .invalidResident(error) }
    let now = db.now
    let saved = try db.write { db -> Resident in
      let old = try ResidentRow.visible(db, id: resident.id, actor: actor)
      try VersionCheck.require(db, ResidentRow.self, id: resident.id, expected: resident.version)
      if old.cpr != resident.cpr || old.movedIn != resident.movedIn {
        do throws(ResidentValidationError) {
          try MoveInRule.check(resident.movedIn, cpr: resident.cpr, today: CalendarDay(now, in: .danish))
        } catch { throw StorageError.invalidResident(error) }
      }
      if old.unitID != resident.unitID || old.cpr != resident.cpr || old.movedIn != resident.movedIn
        || old.movedOut != resident.movedOut
      {
        guard AccessRules.canManageResidents(in: old.unitID, actor: actor),
          AccessRules.canManageResidents(in: resident.unitID, actor: actor)
        else { throw StorageError.accessDenied }
      }
      let r: Resident
      do {
        r = try ResidentRow(resident, at: now, by: actor.accountID).updateAndFetch(db).resident()
      } catch let error as DatabaseError where error.isUniqueViolation {
        throw StorageError.duplicateCPR
      }
      try SearchIndex.upsert(db, SearchIndex.Item(resident: r, at: now))
      if old.unitID != r.unitID { try SearchIndex.moveResident(db, r.id, toUnit: r.unitID) }
      try AuditLog.append(
        db, at: now, actor: actor, action: .updateResident, residentID: r.id, wrote: .init(table: .resident, id: r.id))
      return r
    }
    db.log.event(.residentUpdated(resident: saved.id))
    return saved
  }
}
