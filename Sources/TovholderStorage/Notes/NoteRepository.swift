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
      let r = try ResidentRows.visible(db, id: new.residentID, actor: actor)
      try db.execute(
        sql: """
          INSERT INTO note (residentId, authorId, kind, text, isHandover, writtenAt, timeZone,
            updatedAt, updatedBy) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          new.residentID, actor.accountID, new.kind.rawValue, new.text, new.isHandover, now,
          timeZone.identifier, now, actor.accountID,
        ])
      let note = try NoteRows.fetch(db, id: db.lastInsertedRowID)!
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
      _ = try ResidentRows.visible(db, id: residentID, actor: actor)
      let notes = try NoteRows.list(db, residentID: residentID, before: before, limit: limit)
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
      guard let old = try NoteRows.fetch(db, id: note.id) else { throw StorageError.notFound }
      let r = try ResidentRows.visible(db, id: old.residentID, actor: actor)
      guard old.authorID == actor.accountID || AccessRules.canManageResidents(in: r.unitID, actor: actor)
      else { throw StorageError.accessDenied }
      try VersionCheck.require(db, table: "note", id: note.id, expected: note.version)
      try db.execute(
        sql: """
          UPDATE note SET kind = ?, text = ?, isHandover = ?, version = version + 1,
            updatedAt = ?, updatedBy = ? WHERE id = ?
          """,
        arguments: [note.kind.rawValue, note.text, note.isHandover, now, actor.accountID, note.id])
      let saved = try NoteRows.fetch(db, id: note.id)!
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
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT note.*, account.displayName AS authorName, resident.name AS residentName
          FROM note JOIN account ON account.id = note.authorId
          JOIN resident ON resident.id = note.residentId
          WHERE note.isHandover AND note.writtenAt >= ? AND resident.unitId = ?
          ORDER BY note.writtenAt DESC, note.id DESC
          """, arguments: [since, unitID])
      try AuditLog.append(db, at: now, actor: actor, action: .readHandover, subjectID: unitID)
      return Handover(
        unitID: unitID, since: since,
        entries: rows.map { Handover.Entry(note: NoteRows.note($0), residentName: $0["residentName"]) })
    }
  }
}
