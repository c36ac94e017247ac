import Foundation
import GRDB
import TovholderCore

/// Notes in a resident's record, and the handover list.
public struct NoteRepository: Sendable {
  let db: AppDatabase

  /// Writes a note now, as `actor`, durably, with its audit row and search entry.
  public func add(_ new: NewNote, by actor: Actor, timeZone: TimeZone = .danish)
    throws(StorageError) -> Note
  {
    do { try new.validate() } catch { throw .invalidNote(error) }
    let now = db.now
    let note = try db.write { db -> Note in
      let r = try ResidentRow.visible(db, id: new.residentID, actor: actor)
      let note = try NoteRow(
        residentId: new.residentID, authorId: actor.accountID, kind: new.kind, text: new.text,
        isHandover: new.isHandover, writtenAt: now, timeZone: timeZone.identifier, updatedAt: now,
        updatedBy: actor.accountID
      ).insertAndFetch(db).note(authorName: try AccountRow.displayName(db, id: actor.accountID) ?? "")
      try SearchIndex.upsert(db, SearchIndex.Item(note: note, unitID: r.unitID))
      try AuditLog.append(
        db, at: now, actor: actor, action: .createNote, residentID: r.id, subjectID: note.id,
        wrote: .init(table: .note, id: note.id))
      return note
    }
    db.log.event(.noteCreated(note: note.id, resident: note.residentID))
    return note
  }

  /// A resident's notes, newest first, `limit` at a time; pass the last note shown as
  /// `before` for the next page. Audited as a read of the record.
  public func list(residentID: ResidentID, actor: Actor, before: Note? = nil, limit: Int = 50)
    throws(StorageError) -> [Note]
  {
    let now = db.now
    return try db.write { db in
      _ = try ResidentRow.visible(db, id: residentID, actor: actor)
      let notes = try NoteRow.list(db, residentID: residentID, before: before, limit: limit)
      try AuditLog.append(db, at: now, actor: actor, action: .readNotes, residentID: residentID)
      return notes
    }
  }

  /// Saves an edited note (kind, text, handover mark). The author or a leader of the unit
  /// may edit; `note.version` must be the version read, else `.versionConflict`, and
  /// nothing changes (the caller keeps the user's text).
  public func update(_ note: Note, by actor: Actor) throws(StorageError) -> Note {
    do { try NoteValidation.validate(text: note.text) } catch { throw .invalidNote(error) }
    let now = db.now
    let saved = try db.write { db -> Note in
      guard var row = try NoteRow.fetchOne(db, key: note.id) else { throw StorageError.notFound }
      let r = try ResidentRow.visible(db, id: row.residentId, actor: actor)
      guard row.authorId == actor.accountID || AccessRules.canManageResidents(in: r.unitID, actor: actor)
      else { throw StorageError.accessDenied }
      try VersionCheck.require(db, NoteRow.self, id: note.id, expected: note.version)
      row.kind = note.kind
      row.text = note.text
      row.isHandover = note.isHandover
      row.version += 1
      row.updatedAt = now
      row.updatedBy = actor.accountID
      let stored = try row.updateAndFetch(db)
      let saved = try stored.note(authorName: try AccountRow.displayName(db, id: stored.authorId) ?? "")
      try SearchIndex.upsert(db, SearchIndex.Item(note: saved, unitID: r.unitID))
      try AuditLog.append(
        db, at: now, actor: actor, action: .updateNote, residentID: r.id, subjectID: note.id,
        wrote: .init(table: .note, id: note.id))
      return saved
    }
    db.log.event(.noteUpdated(note: saved.id, resident: saved.residentID))
    return saved
  }

  /// The handover-marked notes of a unit since `since` (the start of the previous shift, see
  /// `HandoverRule`; by default with the home's shift times), newest first. Audited (one row,
  /// subject = the unit).
  public func handover(unitID: UnitID, since: Date? = nil, actor: Actor, timeZone: TimeZone = .danish)
    throws(StorageError) -> Handover
  {
    guard AccessRules.canSeeResidents(in: unitID, actor: actor) else { throw .accessDenied }
    let now = db.now
    let times = try db.setup.shiftTimes()
    let since = since ?? HandoverRule.windowStart(now: now, times: times, in: timeZone)
    return try db.write { db in
      let request: SQLRequest<HandoverRow> = """
        SELECT note.*, account.displayName AS authorName, resident.name AS residentName
        FROM note JOIN account ON account.id = note.authorId
        JOIN resident ON resident.id = note.residentId
        WHERE note.isHandover AND note.writtenAt >= \(since) AND resident.unitId = \(unitID)
        ORDER BY note.writtenAt DESC, note.id DESC
        """
      let entries = try request.fetchAll(db).map { row in
        Handover.Entry(note: try row.note.note(authorName: row.authorName), residentName: row.residentName)
      }
      try AuditLog.append(db, at: now, actor: actor, action: .readHandover, subjectID: unitID)
      return Handover(unitID: unitID, since: since, entries: entries)
    }
  }
}

/// A handover line: the note, its author and the resident it is about.
private struct HandoverRow: Decodable, FetchableRecord {
  var note: NoteRow
  var authorName: String
  var residentName: String
}
