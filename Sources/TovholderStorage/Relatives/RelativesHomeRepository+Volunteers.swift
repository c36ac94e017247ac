import Foundation
import GRDB
import TovholderCore

extension RelativesHomeRepository {
  public func volunteers() throws(StorageError) -> [Volunteer] {
    try db.read { db in
      try Row.fetchAll(db, sql: "SELECT * FROM volunteer ORDER BY name COLLATE danish, id").map {
        Volunteer(
          id: $0["id"], name: $0["name"], helpsWith: $0["helpsWith"], phone: $0["phone"], email: $0["email"],
          policeCheckOn: RelativeRows.day($0, "policeCheckOn"), version: $0["version"])
      }
    }
  }

  /// Adds a volunteer (`volunteer.id` and `version` are ignored).
  public func addVolunteer(_ v: Volunteer, by actor: Actor) throws(StorageError) -> Volunteer {
    do { try v.validate() } catch { throw .relatives(error) }
    let now = db.now
    let id = try change(actor, .changeVolunteer) { db -> (Int64, Int64) in
      try db.execute(
        sql: """
          INSERT INTO volunteer (name, helpsWith, phone, email, policeCheckOn, updatedAt, updatedBy)
          VALUES (?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          v.name.trimmingCharacters(in: .whitespaces), v.helpsWith, RelativeRows.nonEmpty(v.phone),
          RelativeRows.nonEmpty(v.email), v.policeCheckOn?.iso, now, actor.accountID,
        ])
      return (db.lastInsertedRowID, db.lastInsertedRowID)
    }
    return try volunteers().first { $0.id == id }!
  }

  /// Saves an edited volunteer (versioned).
  public func updateVolunteer(_ v: Volunteer, by actor: Actor) throws(StorageError) -> Volunteer {
    do { try v.validate() } catch { throw .relatives(error) }
    let now = db.now
    try change(actor, .changeVolunteer) { db -> ((), Int64) in
      try VersionCheck.require(db, table: "volunteer", id: v.id, expected: v.version)
      try db.execute(
        sql: """
          UPDATE volunteer SET name = ?, helpsWith = ?, phone = ?, email = ?, policeCheckOn = ?, version = version + 1,
            updatedAt = ?, updatedBy = ? WHERE id = ?
          """,
        arguments: [
          v.name.trimmingCharacters(in: .whitespaces), v.helpsWith, RelativeRows.nonEmpty(v.phone),
          RelativeRows.nonEmpty(v.email), v.policeCheckOn?.iso, now, actor.accountID, v.id,
        ])
      return ((), v.id)
    }
    return try volunteers().first { $0.id == v.id }!
  }
}
