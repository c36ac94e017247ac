import Foundation
import GRDB
import TovholderCore

/// A row of `note`.
struct NoteRow: StoredRecord, MutablePersistableRecord {
  static let databaseTableName = "note"

  var id: NoteID?
  var residentId: ResidentID
  var authorId: AccountID
  var kind: NoteKind
  var text: String
  var isHandover: Bool
  var writtenAt: Date
  var timeZone: String
  var version = 1
  var updatedAt: Date
  var updatedBy: AccountID?

  mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

  func note(authorName: String) throws -> Note {
    guard let id else { throw undecodable(nil) }
    return Note(
      id: id, residentID: residentId, authorID: authorId, authorName: authorName, kind: kind, text: text,
      isHandover: isHandover, writtenAt: writtenAt, timeZoneID: timeZone, version: version)
  }

  /// A note with its author's name, as the screens show it.
  struct WithAuthor: Decodable, FetchableRecord {
    var row: NoteRow
    var authorName: String

    func note() throws -> Note { try row.note(authorName: authorName) }
  }

  static func fetch(_ db: Database, id: NoteID) throws -> Note? {
    let request: SQLRequest<WithAuthor> = """
      SELECT note.*, account.displayName AS authorName FROM note
      JOIN account ON account.id = note.authorId WHERE note.id = \(id)
      """
    return try request.fetchOne(db)?.note()
  }

  /// Newest first; `before` pages on from a note.
  static func list(_ db: Database, residentID: ResidentID, before: Note?, limit: Int) throws -> [Note] {
    let page: SQL = before.map { "AND (note.writtenAt, note.id) < (\($0.writtenAt), \($0.id))" } ?? ""
    let request: SQLRequest<WithAuthor> = """
      SELECT note.*, account.displayName AS authorName FROM note
      JOIN account ON account.id = note.authorId
      WHERE note.residentId = \(residentID) \(page)
      ORDER BY note.writtenAt DESC, note.id DESC LIMIT \(limit)
      """
    return try request.fetchAll(db).map { try $0.note() }
  }
}
