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
      let request: SQLRequest<EpisodeWithResident> = """
        SELECT \(EpisodeRow.WithNames.columns), r.name AS residentName
        \(EpisodeRow.WithNames.from) JOIN resident r ON r.id = e.residentId
        WHERE e.occurredAt >= \(since) AND r.unitId = \(unitID) ORDER BY e.occurredAt DESC, e.id DESC
        """
      let items = try request.fetchAll(db).map { item in
        let e = try item.episode.episode()
        return EpisodeQueueItem(episode: e, residentName: item.residentName, steps: FollowUpRules.openSteps(e))
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

private struct EpisodeWithResident: Decodable, FetchableRecord {
  var episode: EpisodeRow.WithNames
  var residentName: String
}
