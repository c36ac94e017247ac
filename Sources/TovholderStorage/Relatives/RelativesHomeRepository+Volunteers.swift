import Foundation
import GRDB
import TovholderCore

extension RelativesHomeRepository {
  public func volunteers() throws(StorageError) -> [Volunteer] {
    try db.read { db in
      let request: SQLRequest<VolunteerRow> = "SELECT * FROM volunteer ORDER BY name COLLATE danish, id"
      return try request.fetchAll(db).map { try $0.volunteer() }
    }
  }

  /// Adds a volunteer (`volunteer.id` and `version` are ignored).
  public func addVolunteer(_ v: Volunteer, by actor: Actor) throws(StorageError) -> Volunteer {
    do { try v.validate() } catch { throw .relatives(error) }
    let now = db.now
    let id = try change(actor, .changeVolunteer) { db -> (Int64, Int64) in
      var row = VolunteerRow(name: "", helpsWith: "", updatedAt: now, updatedBy: actor.accountID)
      row.set(v)
      try row.insert(db)
      return (db.lastInsertedRowID, db.lastInsertedRowID)
    }
    return try Self.written(id, in: volunteers())
  }

  /// Saves an edited volunteer (versioned).
  public func updateVolunteer(_ v: Volunteer, by actor: Actor) throws(StorageError) -> Volunteer {
    do { try v.validate() } catch { throw .relatives(error) }
    let now = db.now
    try change(actor, .changeVolunteer) { db -> ((), Int64) in
      try VersionCheck.require(db, VolunteerRow.self, id: v.id, expected: v.version)
      guard var row = try VolunteerRow.fetchOne(db, key: v.id) else { throw StorageError.notFound }
      row.set(v)
      row.version += 1
      row.updatedAt = now
      row.updatedBy = actor.accountID
      try row.update(db)
      return ((), v.id)
    }
    return try Self.written(v.id, in: volunteers())
  }
}
