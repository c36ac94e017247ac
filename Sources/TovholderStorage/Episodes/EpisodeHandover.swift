import Foundation
import GRDB
import TovholderCore

extension EpisodeRepository {
  /// The unit's violent episodes since `since` (the handover window), newest first, each with
  /// its open follow-up steps. One access row per resident.
  public func handover(unitID: UnitID, since: Date, actor: Actor) throws(StorageError) -> [EpisodeQueueItem] {
    guard AccessRules.canSeeResidents(in: unitID, actor: actor) else { throw .accessDenied }
    let now = db.now
    return try db.write { db in
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT e.*, a.displayName AS reporterName, rv.displayName AS reviewerName, r.name AS residentName
          FROM violentEpisode e JOIN account a ON a.id = e.reporterId LEFT JOIN account rv ON rv.id = e.reviewedBy
          JOIN resident r ON r.id = e.residentId
          WHERE e.occurredAt >= ? AND r.unitId = ? ORDER BY e.occurredAt DESC, e.id DESC
          """, arguments: [since, unitID])
      let items = rows.map { row in
        let e = EpisodeRows.episode(row)
        return EpisodeQueueItem(episode: e, residentName: row["residentName"], steps: FollowUpRules.openSteps(e))
      }
      for residentID in Set(items.map(\.episode.residentID)).sorted() {
        try AuditLog.append(db, at: now, actor: actor, action: .readEpisode, residentID: residentID)
      }
      return items
    }
  }
}

extension RiskRepository {
  /// The unit's current residents marked at risk (they get a risk check each shift).
  public func atRisk(unitID: UnitID, actor: Actor) throws(StorageError) -> [Resident] {
    try atRisk(actor: actor).filter { $0.unitID == unitID }
  }
}
