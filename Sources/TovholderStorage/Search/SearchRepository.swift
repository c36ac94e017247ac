import Foundation
import GRDB
import TovholderCore

/// One search over residents, notes and (as they arrive) the other areas.
public struct SearchRepository: Sendable {
  let db: AppDatabase

  /// Finds rows matching every word of `text` as a prefix (Danish letters kept apart:
  /// "bjørn" does not find "bjorn"), among the residents the actor may see, newest first,
  /// grouped by resident. At most `limit` hits are read, in row-id order (newest inserted
  /// first), so a common word costs no more than a rare one; those are then shown by date.
  public func search(_ text: String, actor: Actor, limit: Int = 50) throws(StorageError)
    -> [SearchGroup]
  {
    guard let match = SearchQuery.ftsMatch(text) else { return [] }
    let units = Array(AccessRules.visibleUnitIDs(for: actor)).sorted()
    guard !units.isEmpty else { return [] }
    let today = CalendarDay(db.now, in: .danish)
    defer { Memory.giveBack() }
    return try db.read { db in
      let request: SQLRequest<Found> = """
        SELECT searchItem.kind, searchItem.sourceId, searchItem.residentId, searchItem.at,
          snippet(searchFts, 0, char(1), char(2), '…', 16) AS excerpt
        FROM searchFts JOIN searchItem ON searchItem.id = searchFts.rowid
        WHERE searchFts MATCH \(match) AND searchItem.unitId IN \(units)
        ORDER BY searchFts.rowid DESC LIMIT \(limit)
        """
      var hits: [ResidentID: [SearchHit]] = [:]
      for found in try request.fetchAll(db) {
        hits[found.residentId, default: []].append(
          SearchHit(
            kind: SearchKind(rawValue: found.kind), sourceID: found.sourceId, at: found.at,
            excerpt: HighlightedText(marked: found.excerpt ?? "", open: "\u{1}", close: "\u{2}")))
      }
      // Row ids pick the newest rows cheaply, but an area's rows need not be inserted in
      // time order (a registration dated back, a generated history), so the few hits read
      // are put in date order here.
      for id in hits.keys { hits[id]?.sort { $0.at > $1.at } }
      let newest = hits.mapValues { $0.first?.at ?? .distantPast }
      let order = hits.keys.sorted { (newest[$0] ?? .distantPast, $0) > (newest[$1] ?? .distantPast, $1) }
      return try order.compactMap { id in
        guard let r = try ResidentRow.fetch(db, id: id) else { return nil }
        return SearchGroup(
          residentID: id, residentName: r.name, unitID: r.unitID, isFormer: r.movedOut.map { $0 <= today } ?? false,
          hits: hits[id] ?? [])
      }
    }
  }

  /// Writes one audit row per resident whose hits the actor was shown (residents the actor
  /// may no longer see are skipped), in one transaction. The search screen calls it in
  /// batches, not per keystroke.
  public func auditShown(_ residentIDs: Set<ResidentID>, actor: Actor) throws(StorageError) {
    guard !residentIDs.isEmpty else { return }
    let now = db.now
    try db.write { db in
      for id in residentIDs.sorted() {
        guard let r = try ResidentRow.fetch(db, id: id), AccessRules.canSeeResidents(in: r.unitID, actor: actor)
        else { continue }
        try AuditLog.append(db, at: now, actor: actor, action: .searchResults, residentID: id)
      }
    }
  }
}

/// One full-text hit: where it comes from and the matched excerpt.
private struct Found: Decodable, FetchableRecord {
  var kind: String
  var sourceId: Int64
  var residentId: ResidentID
  var at: Date
  var excerpt: String?
}
