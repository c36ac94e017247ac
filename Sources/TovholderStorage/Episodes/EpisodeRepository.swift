import Foundation
import GRDB
import TovholderCore

/// A line of the leader's follow-up list.
public struct EpisodeQueueItem: Hashable, Sendable {
  public var episode: ViolentEpisode
  public var residentName: String
  public var steps: [FollowUpStep]
}

/// Violent episodes: the quick log, the completion, the follow-up steps and the leader's list.
/// Every change and every read writes its audit row in the same transaction.
public struct EpisodeRepository: Sendable {
  let db: AppDatabase

  /// The quick log: time, resident, short text. Saved as an episode to be completed later.
  public func quickLog(_ log: QuickLog, by actor: Actor, timeZone: TimeZone = .danish)
    throws(StorageError) -> ViolentEpisode
  {
    let now = db.now
    do { try log.validate(now: now) } catch { throw .invalidEpisode(error) }
    return try db.write { db in
      let r = try ResidentRow.visible(db, id: log.residentID, actor: actor)
      var row = EpisodeRow(
        residentId: log.residentID, reporterId: actor.accountID, occurredAt: log.occurredAt,
        timeZone: timeZone.identifier, summary: log.summary, updatedAt: now, updatedBy: actor.accountID)
      try row.insert(db)
      guard let e = try EpisodeRow.fetch(db, id: db.lastInsertedRowID) else { throw StorageError.notFound }
      try SearchIndex.upsert(db, SearchIndex.Item(episode: e, unitID: r.unitID))
      try AuditLog.append(
        db, at: now, actor: actor, action: .createEpisode, residentID: r.id, subjectID: e.id,
        wrote: .init(table: .violentEpisode, id: e.id))
      return e
    }
  }

  /// One episode, audited as a read of the resident's data.
  public func fetch(id: EpisodeID, actor: Actor) throws(StorageError) -> ViolentEpisode {
    let now = db.now
    return try db.write { db in
      guard let e = try EpisodeRow.fetch(db, id: id) else { throw StorageError.notFound }
      _ = try ResidentRow.visible(db, id: e.residentID, actor: actor)
      try AuditLog.append(db, at: now, actor: actor, action: .readEpisode, residentID: e.residentID, subjectID: id)
      return e
    }
  }

  /// A resident's episodes, newest first. Audited.
  public func list(residentID: ResidentID, actor: Actor, limit: Int = 200) throws(StorageError) -> [ViolentEpisode] {
    let now = db.now
    return try db.write { db in
      _ = try ResidentRow.visible(db, id: residentID, actor: actor)
      let request: SQLRequest<EpisodeRow.WithNames> = """
        SELECT \(EpisodeRow.WithNames.columns) \(EpisodeRow.WithNames.from)
        WHERE e.residentId = \(residentID) ORDER BY e.occurredAt DESC, e.id DESC LIMIT \(limit)
        """
      let episodes = try request.fetchAll(db).map { try $0.episode() }
      try AuditLog.append(db, at: now, actor: actor, action: .readEpisode, residentID: residentID)
      return episodes
    }
  }

  /// Saves the completion form. `version` is the version read; else `.versionConflict`.
  public func complete(
    id: EpisodeID, summary: String? = nil, occurredAt: Date? = nil, details: EpisodeDetails, version: Int,
    by actor: Actor
  ) throws(StorageError) -> ViolentEpisode {
    do { try details.validate() } catch { throw .invalidEpisode(error) }
    let now = db.now
    if let summary, summary.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
      throw .invalidEpisode(.emptySummary)
    }
    if let occurredAt, occurredAt > now.addingTimeInterval(60) { throw .invalidEpisode(.inFuture) }
    return try change(id: id, version: version, actor: actor, action: .completeEpisode) { e, _ in
      var e = e
      e.summary = summary ?? e.summary
      e.occurredAt = occurredAt ?? e.occurredAt
      e.details = details
      e.completedAt = e.completedAt ?? now
      return e
    }
  }

  /// Records one follow-up step (see `FollowUpRules.apply`). The review and the EASY mark
  /// are for a leader of the resident's unit.
  public func recordFollowUp(_ step: FollowUpChange, episodeID: EpisodeID, version: Int, by actor: Actor)
    throws(StorageError) -> ViolentEpisode
  {
    let now = db.now
    return try change(id: episodeID, version: version, actor: actor, action: .followUpEpisode) { e, r in
      if step.needsLeader, !AccessRules.canManageResidents(in: r.unitID, actor: actor) {
        throw StorageError.accessDenied
      }
      do throws(EpisodeValidationError) {
        return try FollowUpRules.apply(step, to: e, actor: actor, now: now)
      } catch {
        throw StorageError.invalidEpisode(error)
      }
    }
  }

  /// The leader's list: episodes in the leader's units with a step still open, oldest first.
  /// One access row per resident shown.
  public func followUpQueue(actor: Actor, limit: Int = 500) throws(StorageError) -> [EpisodeQueueItem] {
    let units = AccessRules.visibleUnitIDs(for: actor)
    guard !units.isEmpty else { return [] }
    let now = db.now
    return try db.write { db in
      let request: SQLRequest<QueueRow> = """
        SELECT \(EpisodeRow.WithNames.columns), r.name AS residentName
        FROM violentEpisode e INDEXED BY violentEpisode_open
        JOIN account a ON a.id = e.reporterId LEFT JOIN account rv ON rv.id = e.reviewedBy
        JOIN resident r ON r.id = e.residentId
        WHERE (e.completedAt IS NULL OR e.defusedAt IS NULL OR e.debriefingHeldAt IS NULL OR e.reviewedAt IS NULL
          OR (e.absenceFirstDay IS NOT NULL AND e.easyReportedOn IS NULL)) AND r.unitId IN \(units.sorted())
        ORDER BY e.occurredAt, e.id LIMIT \(limit)
        """
      let items = try request.fetchAll(db).map { row in
        let e = try row.episode.episode()
        return EpisodeQueueItem(episode: e, residentName: row.residentName, steps: FollowUpRules.openSteps(e))
      }.filter { !$0.steps.isEmpty }
      for residentID in Set(items.map(\.episode.residentID)).sorted() {
        try AuditLog.append(db, at: now, actor: actor, action: .readEpisode, residentID: residentID)
      }
      return items
    }
  }

  /// Reads, checks access and version, applies `body`, writes, audits: one transaction.
  private func change(
    id: EpisodeID, version: Int, actor: Actor, action: AuditAction,
    _ body: @escaping (ViolentEpisode, Resident) throws -> ViolentEpisode
  ) throws(StorageError) -> ViolentEpisode {
    let now = db.now
    return try db.write { db in
      guard let old = try EpisodeRow.fetch(db, id: id), var row = try EpisodeRow.fetchOne(db, key: id) else {
        throw StorageError.notFound
      }
      let r = try ResidentRow.visible(db, id: old.residentID, actor: actor)
      try VersionCheck.require(db, EpisodeRow.self, id: id, expected: version)
      row.set(try body(old, r), at: now, by: actor.accountID)
      try row.update(db)
      guard let saved = try EpisodeRow.fetch(db, id: id) else { throw StorageError.notFound }
      try SearchIndex.upsert(db, SearchIndex.Item(episode: saved, unitID: r.unitID))
      try AuditLog.append(
        db, at: now, actor: actor, action: action, residentID: r.id, subjectID: id,
        wrote: .init(table: .violentEpisode, id: id))
      return saved
    }
  }
}

/// A line of the follow-up list: the episode and its resident.
private struct QueueRow: Decodable, FetchableRecord {
  var episode: EpisodeRow.WithNames
  var residentName: String
}
