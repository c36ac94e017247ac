import Foundation
import GRDB
import Testing
import TovholderCore

@testable import TovholderStorage

@Suite struct EpisodesRiskStorageTests {
  static let checklist = RiskChecklist(
    id: "neutral-6", title: "t", version: "1", note: "",
    items: ["a", "b", "c", "d", "e", "f"].map { RiskChecklist.Item(id: $0, label: $0) },
    bands: [
      .init(from: 0, level: .low, label: "Lav"), .init(from: 1, level: .moderate, label: "Moderat"),
      .init(from: 3, level: .high, label: "Høj"),
    ])

  static func answers(_ yes: Int) -> [String: Int] {
    Dictionary(uniqueKeysWithValues: ["a", "b", "c", "d", "e", "f"].enumerated().map { ($1, $0 < yes ? 1 : 0) })
  }

  @Test func checksLatestScoreAndHandover() throws {
    let f = try Fixture()
    try f.db.risk.setAtRisk(true, residentID: f.residentA.id, by: f.staffA)
    #expect(try f.db.risk.atRisk(actor: f.staffA).map(\.id) == [f.residentA.id])
    #expect(try f.db.risk.atRisk(actor: f.staffB).isEmpty)
    let low = try f.db.risk.record(
      residentID: f.residentA.id, checklist: Self.checklist, answers: Self.answers(0), by: f.staffA)
    #expect(low.level == .low)
    f.clock.advance(8 * 3_600)
    let high = try f.db.risk.record(
      residentID: f.residentA.id, checklist: Self.checklist, answers: Self.answers(4), by: f.staffA)
    #expect(high.score == 4 && high.level == .high && high.bandLabel == "Høj")
    let latest = try f.db.risk.latest(residentIDs: [f.residentA.id, f.residentB.id], actor: f.leader)
    #expect(latest.count == 1 && latest[f.residentA.id]?.id == high.id)
    #expect(try f.db.risk.latest(residentIDs: [f.residentA.id], actor: f.staffB).isEmpty)
    let handover = try f.db.risk.highForHandover(unitID: f.unitA.id, actor: f.staffA)
    #expect(handover.map(\.residentName) == ["Bjørn Ågård"])
    #expect(throws: StorageError.accessDenied) { try f.db.risk.highForHandover(unitID: f.unitA.id, actor: f.staffB) }
    #expect(throws: StorageError.invalidRiskCheck(.unanswered("f"))) {
      var a = Self.answers(1)
      a.removeValue(forKey: "f")
      _ = try f.db.risk.record(residentID: f.residentA.id, checklist: Self.checklist, answers: a, by: f.staffA)
    }
    // Three shifts later the high check is no longer on the handover list.
    f.clock.advance(24 * 3_600)
    #expect(try f.db.risk.highForHandover(unitID: f.unitA.id, actor: f.staffA).isEmpty)
    #expect(try f.db.risk.history(residentID: f.residentA.id, actor: f.staffA).map(\.score) == [4, 0])
    try f.db.risk.setAtRisk(false, residentID: f.residentA.id, by: f.leader)
    #expect(try f.db.risk.atRisk(actor: f.staffA).isEmpty)
    #expect(try f.db.audit.verify().isIntact)
  }

  @Test func demoHasAYearOfEpisodesFollowUpsAndForceReports() throws {
    let f = try Fixture(seed: false)
    try DemoHome.create(in: f.db)
    let leder = try f.db.accounts.signIn(username: "leder", password: DemoHome.password)
    let counts = try f.raw().read { db in
      try (
        Int.fetchOne(db, sql: "SELECT COUNT(*) FROM violentEpisode")!,
        Int.fetchOne(db, sql: "SELECT COUNT(*) FROM violentEpisode WHERE reviewedAt IS NOT NULL")!,
        Int.fetchOne(db, sql: "SELECT COUNT(*) FROM forceReport")!,
        Int.fetchOne(db, sql: "SELECT COUNT(*) FROM forceReport WHERE sentToSupervisorOn IS NOT NULL")!,
        Int.fetchOne(db, sql: "SELECT COUNT(*) FROM riskCheck")!
      )
    }
    #expect(counts.0 >= 15)
    #expect(counts.1 > 0 && counts.1 < counts.0)
    #expect(counts.2 >= 2 && counts.3 >= 1)
    #expect(counts.4 > 0)
    let queue = try f.db.episodes.followUpQueue(actor: leder)
    #expect(!queue.isEmpty && queue.count < counts.0)
    #expect(zip(queue, queue.dropFirst()).allSatisfy { $0.episode.occurredAt <= $1.episode.occurredAt })
    let report = try f.raw().read { try Int64.fetchOne($0, sql: "SELECT MIN(id) FROM forceReport")! }
    let text = try f.db.force.exportText(
      id: report, forms: [EpisodesForceStorageTests.skema1], wording: .da, actor: leder)
    #expect(text.contains("Skema 1"))
    #expect(try f.db.audit.verify().isIntact)
  }
}
