import Foundation
import GRDB
import Testing
import TovholderCore

@testable import TovholderStorage

/// The demo home's year of violent episodes: each within its resident's stay, followed up as
/// far as its age allows, with a few force reports at every step of their flow.
@Suite struct DemoEpisodesTests {
  @Test func aYearOfEpisodesWithinEachStayWithFollowUpAndForceReports() throws {
    let f = try Fixture(seed: false)
    _ = try DemoHome.create(in: f.db)
    let now = f.clock.now
    let episodes = try f.db.read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT e.occurredAt, e.reviewedAt, e.debriefingHeldAt, e.defusedAt, r.movedIn FROM violentEpisode e
          JOIN resident r ON r.id = e.residentId ORDER BY e.occurredAt
          """)
    }
    #expect(episodes.count >= 8)
    let firstMoveIn = try f.db.read { db in
      try String.fetchOne(db, sql: "SELECT MIN(movedIn) FROM resident WHERE movedOut IS NULL")
    }
    let yearAgo = now.addingTimeInterval(-365 * 86_400)
    let from = max(yearAgo, try #require(firstMoveIn.flatMap(CalendarDay.init(iso:))).start(in: .danish))
    for row in episodes {
      let at: Date = row["occurredAt"]
      let movedIn = try #require(CalendarDay(iso: row["movedIn"]))
      #expect(at >= movedIn.start(in: .danish), "an episode before its resident moved in")
      #expect(at >= yearAgo && at < now)
      let age = now.timeIntervalSince(at) / 86_400
      if age > 10 {
        #expect((row["reviewedAt"] as Date?) != nil && (row["debriefingHeldAt"] as Date?) != nil)
      }
      if age > 1 { #expect((row["defusedAt"] as Date?) != nil) }
    }
    // The episodes start near the start of the year (or of the first stay), not months later.
    let oldest: Date = try #require(episodes.first)["occurredAt"]
    #expect(oldest.timeIntervalSince(from) < 30 * 86_400)

    let reports = try f.db.read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT f.assessedAt, f.sentToSupervisorOn, f.relativesInformedOn, f.residentId = e.residentId AS same
          FROM forceReport f JOIN violentEpisode e ON e.id = f.episodeId ORDER BY f.registeredAt
          """)
    }
    #expect((3...30).contains(reports.count))
    #expect(reports.allSatisfy { $0["same"] as Bool })
    #expect(reports.contains { ($0["assessedAt"] as Date?) == nil })
    #expect(reports.contains { ($0["assessedAt"] as Date?) != nil && ($0["sentToSupervisorOn"] as String?) == nil })
    #expect(reports.contains { ($0["relativesInformedOn"] as String?) != nil })
    let leader = try f.db.accounts.signIn(username: "leder", password: DemoHome.password)
    #expect(try f.db.force.openQueue(actor: leader).count >= 2)
  }
}
