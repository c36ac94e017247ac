import Foundation
import GRDB
import TovholderCore

extension AppDatabase {
  /// The resident's rights: the full copy and who has looked (art. 15), and retention.
  public var rights: RightsRepository { RightsRepository(db: self) }
}

/// A resident's full copy and access log, for the leaders of the resident's unit.
public struct RightsRepository: Sendable {
  let db: AppDatabase

  /// Everything held about the resident (see `ResidentTables`), with the access log up to now.
  /// Leaders of the resident's unit only; audited as an export of the whole record.
  public func copy(residentID: ResidentID, actor: Actor) throws(StorageError) -> ResidentCopy {
    let now = db.now
    return try db.write { db in
      let r = try RightsRepository.leaderVisible(db, residentID: residentID, actor: actor)
      let tables = try ResidentCopyBuilder.tables(db, residentID: r.id)
      let log = try ResidentCopyBuilder.accessLog(db, residentID: r.id, newestFirst: false)
      let unit = try String.fetchOne(db, sql: "SELECT name FROM unit WHERE id = ?", arguments: [r.unitID]) ?? ""
      let home = try String.fetchOne(db, sql: "SELECT name FROM home WHERE id = 1") ?? ""
      let staff = try ResidentCopyBuilder.staff(db, in: tables)
      try AuditLog.append(db, at: now, actor: actor, action: .exportResident, residentID: r.id)
      return ResidentCopy(
        generatedAt: now, generatedBy: actor.displayName, home: home,
        subject: ResidentCopy.Subject(
          number: r.id, name: r.name, cpr: r.cpr.formatted, unit: unit, movedIn: r.movedIn, movedOut: r.movedOut),
        tables: tables, staff: staff, accessLog: log)
    }
  }

  /// Who read or changed the resident's data between `from` and `to` (either open), newest
  /// first: openings, reads, changes, exports, and searches whose results showed them.
  /// Leaders of the resident's unit only; the look-up is itself audited.
  public func accessLog(residentID: ResidentID, from: Date? = nil, to: Date? = nil, actor: Actor)
    throws(StorageError) -> [AuditEntry]
  {
    let now = db.now
    return try db.write { db in
      let r = try RightsRepository.leaderVisible(db, residentID: residentID, actor: actor)
      let entries = try ResidentCopyBuilder.accessLog(db, residentID: r.id, from: from, to: to, newestFirst: true)
      try AuditLog.append(db, at: now, actor: actor, action: .readAccessLog, residentID: r.id)
      return entries
    }
  }

  /// The resident, when the actor leads their unit: staff of the unit are refused plainly,
  /// anyone else gets the same answer as for a resident who does not exist.
  static func leaderVisible(_ db: Database, residentID: ResidentID, actor: Actor) throws -> Resident {
    let r = try ResidentRow.visible(db, id: residentID, actor: actor)
    guard AccessRules.canSeeAccessLog(in: r.unitID, actor: actor) else { throw StorageError.accessDenied }
    return r
  }
}
