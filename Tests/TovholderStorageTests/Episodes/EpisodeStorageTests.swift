import Foundation
import GRDB
import Testing
import TovholderCore

@testable import TovholderStorage

@Suite struct EpisodesStorageTests {
  func auditActions(_ f: Fixture) throws -> [String] {
    try f.raw().read { try String.fetchAll($0, sql: "SELECT action FROM auditLog ORDER BY id") }
  }

  @Test func quickLogIsSavedAuditedAndSearchable() throws {
    let f = try Fixture()
    let e = try f.db.episodes.quickLog(
      QuickLog(
        residentID: f.residentA.id, occurredAt: f.clock.now.addingTimeInterval(-60),
        summary: "slog mig i armen i køkkenet"),
      by: f.staffA)
    #expect(e.reporterName == "Anna Ærø" && !e.isCompleted && e.version == 1)
    #expect(try auditActions(f).last == "episode.create")
    #expect(
      try f.db.search.search("køkkenet", actor: f.staffA).contains { g in g.hits.contains { $0.kind == .episode } })
    #expect(try f.db.search.search("køkkenet", actor: f.staffB).isEmpty)
    // Another unit's staff can neither log for nor read this resident.
    #expect(throws: StorageError.residentNotAvailable) {
      try f.db.episodes.quickLog(
        QuickLog(residentID: f.residentA.id, occurredAt: f.clock.now, summary: "x"), by: f.staffB)
    }
    #expect(throws: StorageError.residentNotAvailable) { try f.db.episodes.fetch(id: e.id, actor: f.staffB) }
    #expect(throws: StorageError.invalidEpisode(.emptySummary)) {
      try f.db.episodes.quickLog(
        QuickLog(residentID: f.residentA.id, occurredAt: f.clock.now, summary: " "), by: f.staffA)
    }
    _ = try f.db.episodes.fetch(id: e.id, actor: f.staffA)
    #expect(try auditActions(f).last == "episode.read")
    #expect(try f.db.audit.verify().isIntact)
  }

  @Test func completionIsVersionedAndConflictsNameWhoChangedIt() throws {
    let f = try Fixture()
    let e = try f.db.episodes.quickLog(
      QuickLog(residentID: f.residentA.id, occurredAt: f.clock.now, summary: "truede"), by: f.staffA)
    let details = EpisodeDetails(place: "gangen", during: "truede med at slå", forceUsed: false)
    f.clock.advance(60)
    let done = try f.db.episodes.complete(id: e.id, details: details, version: e.version, by: f.leader)
    #expect(done.isCompleted && done.version == 2 && done.details.place == "gangen")
    let other = try f.reopen()
    #expect(throws: StorageError.versionConflict(changedBy: "Lise Leder", at: f.clock.now)) {
      try other.episodes.complete(id: e.id, details: details, version: 1, by: f.staffA)
    }
    #expect(throws: StorageError.invalidEpisode(.forceUsedUnanswered)) {
      try f.db.episodes.complete(id: e.id, details: EpisodeDetails(place: "x", during: "y"), version: 2, by: f.staffA)
    }
    #expect(try f.db.episodes.fetch(id: e.id, actor: f.staffA).details == details)
  }

  @Test func followUpStepsAndTheLeadersQueue() throws {
    let f = try Fixture()
    let old = try f.db.episodes.quickLog(
      QuickLog(
        residentID: f.residentA.id, occurredAt: f.clock.now.addingTimeInterval(-3 * 86_400), summary: "sparkede"),
      by: f.staffA)
    let new = try f.db.episodes.quickLog(
      QuickLog(residentID: f.residentB.id, occurredAt: f.clock.now.addingTimeInterval(-3_600), summary: "skubbede"),
      by: f.staffB)
    var queue = try f.db.episodes.followUpQueue(actor: f.leader)
    #expect(queue.map(\.episode.id) == [old.id, new.id])
    #expect(try f.db.episodes.followUpQueue(actor: f.staffB).map(\.episode.id) == [new.id])
    #expect(try f.db.episodes.followUpQueue(actor: f.admin).isEmpty)

    var e = try f.db.episodes.recordFollowUp(
      .defused(by: "Anna", at: old.occurredAt.addingTimeInterval(900)), episodeID: old.id, version: old.version,
      by: f.staffA)
    #expect(throws: StorageError.accessDenied) {
      try f.db.episodes.recordFollowUp(.reviewed(actions: "plan"), episodeID: old.id, version: e.version, by: f.staffA)
    }
    #expect(
      throws: StorageError.invalidEpisode(
        .debriefingOutsideWindow(
          earliest: FollowUpRules.day(old.day, plus: 1), latest: FollowUpRules.day(old.day, plus: 5)))
    ) {
      try f.db.episodes.recordFollowUp(.debriefingPlanned(old.day), episodeID: old.id, version: e.version, by: f.staffA)
    }
    e = try f.db.episodes.recordFollowUp(
      .debriefingPlanned(FollowUpRules.day(old.day, plus: 2)), episodeID: old.id, version: e.version, by: f.staffA)
    e = try f.db.episodes.recordFollowUp(
      .debriefingHeld(at: f.clock.now, note: "godt møde"), episodeID: old.id, version: e.version, by: f.staffA)
    e = try f.db.episodes.recordFollowUp(
      .reviewed(actions: "Ny plan"), episodeID: old.id, version: e.version, by: f.leader)
    e = try f.db.episodes.recordFollowUp(
      .absence(firstDay: FollowUpRules.day(old.day, plus: 1)), episodeID: old.id, version: e.version, by: f.leader)
    e = try f.db.episodes.complete(
      id: old.id,
      details: EpisodeDetails(
        place: "haven", during: "sparkede", staffInjured: true, injuries: "knæ", forceUsed: false),
      version: e.version, by: f.staffA)
    queue = try f.db.episodes.followUpQueue(actor: f.leader)
    let steps = queue.first { $0.episode.id == old.id }?.steps
    #expect(steps == [.easyReport(deadline: FollowUpRules.day(old.day, plus: 15))])
    e = try f.db.episodes.recordFollowUp(
      .easyReported(on: CalendarDay(f.clock.now, in: .danish)), episodeID: old.id, version: e.version, by: f.leader)
    #expect(try f.db.episodes.followUpQueue(actor: f.leader).map(\.episode.id) == [new.id])
    #expect(try auditActions(f).filter { $0 == "episode.followup" }.count == 6)
    #expect(try f.db.audit.verify().isIntact)
  }
}
