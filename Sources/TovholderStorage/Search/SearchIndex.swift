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
  /// about: a note written, an event happened, a screening taken). An unchanged row is left
  /// alone, so the full-text index is not rewritten.
  static func upsert(_ db: Database, _ item: Item) throws {
    try db.execute(
      literal: """
        INSERT INTO searchItem (kind, sourceId, residentId, unitId, at, body)
        VALUES (\(item.kind.rawValue), \(item.sourceID), \(item.residentID), \(item.unitID), \(item.at), \(item.body))
        ON CONFLICT (kind, sourceId) DO UPDATE SET
          residentId = excluded.residentId, unitId = excluded.unitId, at = excluded.at, body = excluded.body
          WHERE body IS NOT excluded.body OR unitId IS NOT excluded.unitId OR at IS NOT excluded.at
        """)
  }

  static func remove(_ db: Database, kind: SearchKind, sourceID: Int64) throws {
    try SearchItemRow.filter(SearchItemRow.Columns.kind == kind.rawValue && SearchItemRow.Columns.sourceId == sourceID)
      .deleteAll(db)
  }

  /// Keeps scoping right when a resident moves to another unit.
  static func moveResident(_ db: Database, _ residentID: ResidentID, toUnit unitID: UnitID) throws {
    try SearchItemRow.filter(SearchItemRow.Columns.residentId == residentID)
      .updateAll(db, SearchItemRow.Columns.unitId.set(to: unitID))
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

/// A row of `searchItem` (its text is indexed by the `searchFts` full-text table).
struct SearchItemRow: StoredRecord, TableRecord {
  static let databaseTableName = "searchItem"

  var id: Int64
  var kind: String
  var sourceId: Int64
  var residentId: ResidentID
  var unitId: UnitID
  var at: Date
  var body: String

  enum Columns {
    static let kind = Column(CodingKeys.kind)
    static let sourceId = Column(CodingKeys.sourceId)
    static let residentId = Column(CodingKeys.residentId)
    static let unitId = Column(CodingKeys.unitId)
  }
}
