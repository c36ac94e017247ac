import Foundation
import GRDB
import TovholderCore

extension SearchKind {
  /// Unintended events that concern a resident: headline and description, never the reporter.
  public static let incident = SearchKind("incident")
}

/// Keeps an event's row in the search index in step with the event, in the caller's
/// transaction. The index is per resident (`searchItem.residentId` is NOT NULL, and search
/// groups hits by resident), so an event that concerns no resident cannot be found by search.
enum IncidentSearch {
  static func body(_ r: IncidentReport) -> String {
    [r.headline, r.description.course, r.description.consequences, r.description.prevention].filter { !$0.isEmpty }
      .joined(separator: "\n")
  }

  static func index(_ db: Database, id: IncidentID, report r: IncidentReport) throws {
    guard let residentID = r.residentID else {
      try SearchIndex.remove(db, kind: .incident, sourceID: id)
      return
    }
    try SearchIndex.upsert(
      db,
      SearchIndex.Item(
        kind: .incident, sourceID: id, residentID: residentID, unitID: r.unitID, at: r.time.instant, body: body(r)))
  }

  /// For the demo generators: one prepared statement for many events.
  static func bulkStatement(_ db: Database) throws -> Statement {
    try db.makeStatement(
      sql: "INSERT INTO searchItem (id, kind, sourceId, residentId, unitId, at, body) VALUES (?, ?, ?, ?, ?, ?, ?)")
  }

  /// The first index row id for `count` demo events written after the notes: below every
  /// row already there. Search lists hits newest first by row id, so a year of demo events
  /// written at once must not outrank today's notes; oldest first they keep their own order.
  static func demoRowIDBase(_ db: Database, count: Int) throws -> Int64 {
    min(0, try SearchItemRow.select(min(Column("id")), as: Int64.self).fetchOne(db) ?? 0) - Int64(count) - 1
  }

  static func bulkIndex(_ statement: Statement, rowID: Int64, id: IncidentID, report r: IncidentReport) throws {
    guard let residentID = r.residentID else { return }
    try statement.execute(arguments: [
      rowID, SearchKind.incident.rawValue, id, residentID, r.unitID, r.time.instant, body(r),
    ])
  }
}
