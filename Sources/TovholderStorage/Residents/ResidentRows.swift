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
      actingMunicipality: row["actingMunicipality"], version: row["version"])
  }

  static func fetch(_ db: Database, id: ResidentID) throws -> Resident? {
    try Row.fetchOne(db, sql: "SELECT * FROM resident WHERE id = ?", arguments: [id])
      .flatMap(resident)
  }

  /// The resident, if the actor may see them. Otherwise one refusal whether the resident
  /// lives in another unit or not at all (`ResidentRefusal`, audited and answered as
  /// `.residentNotAvailable` by `AppDatabase.read`/`write`), so a refusal never confirms
  /// that someone lives here.
  static func visible(_ db: Database, id: ResidentID, actor: Actor) throws -> Resident {
    guard let r = try fetch(db, id: id), AccessRules.canSeeResidents(in: r.unitID, actor: actor) else {
      throw ResidentRefusal(actor: actor, residentID: try fetch(db, id: id)?.id)
    }
    return r
  }

  /// Text trimmed, nil when blank.
  static func clean(_ text: String?) -> String? {
    let t = text?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
    return t.isEmpty ? nil : t
  }
}
