import Foundation
import GRDB
import TovholderCore

enum NoteRows {
  static let select = """
    SELECT note.*, account.displayName AS authorName FROM note
    JOIN account ON account.id = note.authorId
    """

  static func note(_ row: Row) -> Note {
    Note(
      id: row["id"], residentID: row["residentId"], authorID: row["authorId"],
      authorName: row["authorName"], kind: NoteKind(rawValue: row["kind"]) ?? .other,
      text: row["text"], isHandover: row["isHandover"], writtenAt: row["writtenAt"],
      timeZoneID: row["timeZone"], version: row["version"])
  }

  static func fetch(_ db: Database, id: NoteID) throws -> Note? {
    try Row.fetchOne(db, sql: "\(select) WHERE note.id = ?", arguments: [id]).map(note)
  }

  /// Newest first; `before` pages on from a note id.
  static func list(_ db: Database, residentID: ResidentID, before: Note?, limit: Int) throws -> [Note] {
    if let before {
      return try Row.fetchAll(
        db,
        sql: """
          \(select) WHERE note.residentId = ? AND (note.writtenAt, note.id) < (?, ?)
          ORDER BY note.writtenAt DESC, note.id DESC LIMIT ?
          """,
        arguments: [residentID, before.writtenAt, before.id, limit]
      ).map(note)
    }
    return try Row.fetchAll(
      db,
      sql: "\(select) WHERE note.residentId = ? ORDER BY note.writtenAt DESC, note.id DESC LIMIT ?",
      arguments: [residentID, limit]
    ).map(note)
  }
}
