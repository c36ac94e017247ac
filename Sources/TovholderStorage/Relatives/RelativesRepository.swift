import Foundation
import GRDB
import TovholderCore

extension AppDatabase {
  /// A resident's network, consents, guardianships and contact log.
  public var relatives: RelativesRepository { RelativesRepository(db: self, catalogue: .standard) }
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
      let meeting = try String.fetchOne(
        db, sql: "SELECT expectationsMeetingOn FROM relativesResident WHERE residentId = ?", arguments: [residentID])
      let log = try Row.fetchAll(
        db, sql: "\(RelativeRows.contactSelect) WHERE l.residentId = ? ORDER BY l.occurredOn DESC, l.id DESC LIMIT ?",
        arguments: [residentID, contactLimit]
      ).map(RelativeRows.contact)
      try AuditLog.append(db, at: now, actor: actor, action: .readRelatives, residentID: residentID)
      return RelativesOverview(
        residentID: residentID, day: day, expectationsMeetingOn: meeting.flatMap(CalendarDay.init(iso:)),
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
      try db.execute(
        sql: """
          INSERT INTO relative (residentId, name, relation, phone, email, address, preferredContact, notes,
            chosenByResident, updatedAt, updatedBy) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          new.residentID, new.name.trimmingCharacters(in: .whitespaces),
          new.relation.trimmingCharacters(in: .whitespaces), RelativeRows.nonEmpty(new.phone),
          RelativeRows.nonEmpty(new.email), RelativeRows.nonEmpty(new.address), new.preferredContact?.rawValue,
          new.notes, new.chosenByResident, now, actor.accountID,
        ])
      let id = db.lastInsertedRowID
      try AuditLog.append(db, at: now, actor: actor, action: .createRelative, residentID: new.residentID, subjectID: id)
      return try RelativeRows.fetchRelative(db, id: id)!
    }
  }

  /// Saves an edited relative; `relative.version` must be the version read.
  public func update(_ relative: Relative, by actor: Actor) throws(StorageError) -> Relative {
    do { try relative.validate() } catch { throw .relatives(error) }
    let now = db.now
    return try db.write { db in
      guard let old = try RelativeRows.fetchRelative(db, id: relative.id) else { throw StorageError.notFound }
      _ = try ResidentRow.visible(db, id: old.residentID, actor: actor)
      try VersionCheck.require(db, table: "relative", id: relative.id, expected: relative.version)
      try db.execute(
        sql: """
          UPDATE relative SET name = ?, relation = ?, phone = ?, email = ?, address = ?, preferredContact = ?,
            notes = ?, chosenByResident = ?, version = version + 1, updatedAt = ?, updatedBy = ? WHERE id = ?
          """,
        arguments: [
          relative.name.trimmingCharacters(in: .whitespaces), relative.relation.trimmingCharacters(in: .whitespaces),
          RelativeRows.nonEmpty(relative.phone), RelativeRows.nonEmpty(relative.email),
          RelativeRows.nonEmpty(relative.address), relative.preferredContact?.rawValue, relative.notes,
          relative.chosenByResident, now, actor.accountID, relative.id,
        ])
      try AuditLog.append(
        db, at: now, actor: actor, action: .updateRelative, residentID: old.residentID, subjectID: relative.id)
      return try RelativeRows.fetchRelative(db, id: relative.id)!
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
        sql: """
          INSERT INTO relativesResident (residentId, expectationsMeetingOn, updatedAt, updatedBy) VALUES (?, ?, ?, ?)
          ON CONFLICT(residentId) DO UPDATE SET expectationsMeetingOn = excluded.expectationsMeetingOn,
            version = version + 1, updatedAt = excluded.updatedAt, updatedBy = excluded.updatedBy
          """, arguments: [residentID, day?.iso, now, actor.accountID])
      try AuditLog.append(db, at: now, actor: actor, action: .setExpectationsMeeting, residentID: residentID)
    }
  }
}
