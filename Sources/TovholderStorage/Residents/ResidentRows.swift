import Foundation
import GRDB
import TovholderCore

enum ResidentRows {
  static func resident(_ row: Row) -> Resident? {
    guard let cpr = try? CPRNumber(row["cpr"] as String),
      let movedIn = CalendarDay(iso: row["movedIn"])
    else { return nil }
    return Resident(
      id: row["id"], unitID: row["unitId"], name: row["name"], cpr: cpr, movedIn: movedIn,
      movedOut: (row["movedOut"] as String?).flatMap(CalendarDay.init(iso:)),
      contactPersonID: row["contactPersonId"], coordinatorID: row["coordinatorId"],
      version: row["version"])
  }

  static func fetch(_ db: Database, id: ResidentID) throws -> Resident? {
    try Row.fetchOne(db, sql: "SELECT * FROM resident WHERE id = ?", arguments: [id])
      .flatMap(resident)
  }

  /// The resident, if the actor may see them; `.notFound` / `.accessDenied` otherwise.
  static func visible(_ db: Database, id: ResidentID, actor: Actor) throws -> Resident {
    guard let r = try fetch(db, id: id) else { throw StorageError.notFound }
    guard AccessRules.canSeeResidents(in: r.unitID, actor: actor) else {
      throw StorageError.accessDenied
    }
    return r
  }
}
