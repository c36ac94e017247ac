import Foundation
import GRDB
import TovholderCore

/// Searchable rows of every area, in one FTS5 index. An area adds its rows by calling
/// `upsert` (and `remove`) in the same transaction as its change, with a kind of its own:
///
///     extension SearchKind { static let incident = SearchKind("incident") }
///     try SearchIndex.upsert(db, .init(kind: .incident, sourceID: id, residentID: r,
///                                      unitID: u, at: now, body: text))
///
/// Newest first is insertion order (row id), so search never has to score every hit.
enum SearchIndex {
  struct Item {
    var kind: SearchKind
    var sourceID: Int64
    var residentID: ResidentID
    var unitID: UnitID
    var at: Date
    var body: String
  }

  /// Adds the row, or replaces an existing one's text, unit and time (the time the row is
  /// about: a note written, an event happened, a screening taken).
  static func upsert(_ db: Database, _ item: Item) throws {
    try db.execute(
      sql: """
        INSERT INTO searchItem (kind, sourceId, residentId, unitId, at, body)
        VALUES (?, ?, ?, ?, ?, ?)
        ON CONFLICT (kind, sourceId) DO UPDATE SET
          residentId = excluded.residentId, unitId = excluded.unitId, at = excluded.at, body = excluded.body
          WHERE body IS NOT excluded.body OR unitId IS NOT excluded.unitId OR at IS NOT excluded.at
        """,
      arguments: [
        item.kind.rawValue, item.sourceID, item.residentID, item.unitID, item.at, item.body,
      ])
  }

  static func remove(_ db: Database, kind: SearchKind, sourceID: Int64) throws {
    try db.execute(
      sql: "DELETE FROM searchItem WHERE kind = ? AND sourceId = ?",
      arguments: [kind.rawValue, sourceID])
  }

  /// Keeps scoping right when a resident moves to another unit.
  static func moveResident(_ db: Database, _ residentID: ResidentID, toUnit unitID: UnitID) throws {
    try db.execute(
      sql: "UPDATE searchItem SET unitId = ? WHERE residentId = ?", arguments: [unitID, residentID])
  }
}

extension SearchIndex.Item {
  init(resident r: Resident, at: Date) {
    self.init(kind: .resident, sourceID: r.id, residentID: r.id, unitID: r.unitID, at: at, body: r.name)
  }

  init(note: Note, unitID: UnitID) {
    self.init(
      kind: .note, sourceID: note.id, residentID: note.residentID, unitID: unitID,
      at: note.writtenAt, body: note.text)
  }
}
