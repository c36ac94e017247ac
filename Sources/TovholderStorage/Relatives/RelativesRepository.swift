import Foundation
import GRDB
import TovholderCore

extension AppDatabase {
  /// A resident's network, consents, guardianships and contact log.
  public var relatives: RelativesRepository { RelativesRepository(db: self, catalogue: catalogues.informationKinds) }
  /// The same with a catalogue of information kinds of the home's own.
  public func relatives(catalogue: InformationKindCatalogue) -> RelativesRepository {
    RelativesRepository(db: self, catalogue: catalogue)
  }
}

/// The relatives around each resident. Staff of the resident's unit read and write; every
/// read is an access row and every change an audit row in the same transaction.
public struct RelativesRepository: Sendable {
  let db: AppDatabase
  public let catalogue: InformationKindCatalogue

  var today: CalendarDay { CalendarDay(db.now, in: .danish) }

  /// The resident's network, consents, guardianships, the matrix for `day` (today if nil)
  /// and the newest `contactLimit` contacts. Audited as a read.
  public func overview(residentID: ResidentID, actor: Actor, on day: CalendarDay? = nil, contactLimit: Int = 200)
    throws(StorageError) -> RelativesOverview
  {
    let now = db.now
    let day = day ?? today
    let catalogue = catalogue
    return try db.write { db in
      _ = try ResidentRow.visible(db, id: residentID, actor: actor)
      let meeting = try RelativesResidentRow.fetchOne(db, key: residentID)?.expectationsMeetingOn
      let request: SQLRequest<ContactLogRow.WithNames> = """
        SELECT \(ContactLogRow.WithNames.select) WHERE l.residentId = \(residentID)
        ORDER BY l.occurredOn DESC, l.id DESC LIMIT \(contactLimit)
        """
      let log = try request.fetchAll(db).map { try $0.entry() }
      try AuditLog.append(db, at: now, actor: actor, action: .readRelatives, residentID: residentID)
      return RelativesOverview(
        residentID: residentID, day: day, expectationsMeetingOn: meeting,
        relatives: try RelativeRows.relatives(db, residentID: residentID),
        consents: try RelativeRows.consents(db, residentID: residentID),
        guardianships: try RelativeRows.guardianships(db, residentID: residentID), contactLog: log,
        catalogue: catalogue)
    }
  }

  /// Adds a person to the resident's network.
  public func add(_ new: NewRelative, by actor: Actor) throws(StorageError) -> Relative {
    do { try new.validate() } catch { throw .relatives(error) }
    let now = db.now
    return try db.write { db in
      _ = try ResidentRow.visible(db, id: new.residentID, actor: actor)
      var row = RelativeRow(
        residentId: new.residentID, name: "", relation: "", notes: "", chosenByResident: true, updatedAt: now,
        updatedBy: actor.accountID)
      row.set(
        name: new.name, relation: new.relation, phone: new.phone, email: new.email, address: new.address,
        preferredContact: new.preferredContact, notes: new.notes, chosenByResident: new.chosenByResident)
      let relative = try row.insertAndFetch(db).relative()
      try AuditLog.append(
        db, at: now, actor: actor, action: .createRelative, residentID: new.residentID, subjectID: relative.id,
        wrote: .init(table: .relative, id: relative.id))
      return relative
    }
  }

  /// Saves an edited relative; `relative.version` must be the version read.
  public func update(_ relative: Relative, by actor: Actor) throws(StorageError) -> Relative {
    do { try relative.validate() } catch { throw .relatives(error) }
    let now = db.now
    return try db.write { db in
      guard var row = try RelativeRow.fetchOne(db, key: relative.id) else { throw StorageError.notFound }
      _ = try ResidentRow.visible(db, id: row.residentId, actor: actor)
      try VersionCheck.require(db, RelativeRow.self, id: relative.id, expected: relative.version)
      row.set(
        name: relative.name, relation: relative.relation, phone: relative.phone, email: relative.email,
        address: relative.address, preferredContact: relative.preferredContact, notes: relative.notes,
        chosenByResident: relative.chosenByResident)
      row.version += 1
      row.updatedAt = now
      row.updatedBy = actor.accountID
      let saved = try row.updateAndFetch(db).relative()
      try AuditLog.append(
        db, at: now, actor: actor, action: .updateRelative, residentID: saved.residentID, subjectID: relative.id,
        wrote: .init(table: .relative, id: relative.id))
      return saved
    }
  }

  /// Records the date of the expectations meeting at move-in (nil clears it).
  public func setExpectationsMeeting(residentID: ResidentID, on day: CalendarDay?, by actor: Actor)
    throws(StorageError)
  {
    let now = db.now
    try db.write { db in
      _ = try ResidentRow.visible(db, id: residentID, actor: actor)
      try db.execute(
        literal: """
          INSERT INTO relativesResident (residentId, expectationsMeetingOn, updatedAt, updatedBy)
          VALUES (\(residentID), \(day), \(now), \(actor.accountID))
          ON CONFLICT(residentId) DO UPDATE SET expectationsMeetingOn = excluded.expectationsMeetingOn,
            version = version + 1, updatedAt = excluded.updatedAt, updatedBy = excluded.updatedBy
          """)
      try AuditLog.append(
        db, at: now, actor: actor, action: .setExpectationsMeeting, residentID: residentID,
        wrote: .init(table: .relativesResident, id: residentID))
    }
  }
}
