import Foundation
import GRDB
import Testing
import TovholderCore

@testable import TovholderStorage

@Suite struct HealthDemoTests {
  @Test func standardDemoHasScreeningsDueItemsAndAFewFlags() throws {
    let f = try Fixture(seed: false)
    let started = Date()
    try DemoHome.create(in: f.db)
    let elapsed = Date().timeIntervalSince(started)
    let leder = try f.db.accounts.signIn(username: "leder", password: DemoHome.password)
    let camilla = try f.db.accounts.signIn(username: "camilla", password: DemoHome.password)
    let (count, flagged, seen) = try f.db.pool.read { db in
      (
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM screening")!,
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM screening WHERE isFlagged")!,
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM screening WHERE seenAt IS NOT NULL")!
      )
    }
    #expect(count > 150)
    #expect(flagged >= 3 && flagged < count / 5)
    #expect(seen <= flagged)
    let flags = try f.db.health.flagList(actor: leder)
    #expect(!flags.isEmpty && flags.count < 20)
    #expect(flags.contains { $0.screening.flags.contains { $0.kind == .fall } })
    #expect(try f.db.health.isNurse(camilla.accountID))
    let due = try f.db.health.dueList(actor: leder)
    #expect(due.contains { $0.status == .overdue })
    #expect(due.allSatisfy { $0.responsibleName != nil })
    // Every resident of the standard demo has health templates; most have consent.
    let residents = try f.db.residents.list(for: leder)
    let overview = try f.db.health.overview(residentID: residents[0].id, actor: leder)
    #expect(overview.items.count >= 6)
    let consents = try f.db.pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM healthConsent")! }
    #expect(consents > residents.count / 2)
    #expect(try f.db.audit.verify().isIntact)
    #expect(elapsed < 30)
  }

  @Test func largeDemoIsCappedAtTwentyThousand() {
    #expect(DemoHealth.cap(.large) == 20_000)
    #expect(DemoHealth.cap(.standard) == nil)
  }
}
