import Foundation
import GRDB
import Testing
import TovholderCore

@testable import TovholderStorage

@Suite struct HealthDemoTests {
  @Test func standardDemoHasScreeningsDueItemsAndAFewFlags() throws {
    let f = try Fixture(seed: false)
    try DemoHome.create(in: f.db)
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
  }

  @Test func largeDemoIsCappedAtTwentyThousand() {
    #expect(DemoHealth.cap(.large) == 20_000)
    #expect(DemoHealth.cap(.standard) == nil)
  }

  /// Takes a minute or two: run with TOVHOLDER_LARGE_DEMO set (any value).
  @Test(.enabled(if: ProcessInfo.processInfo.environment["TOVHOLDER_LARGE_DEMO"] != nil))
  func largeDemoHasTwentyThousandScreenings() throws {
    // The large home's residents and years, with few notes (they do not matter here).
    let f = try Fixture(seed: false)
    try DemoHome.create(
      in: f.db, size: DemoHome.Size(days: 3_652, currentResidents: 60, formerResidents: 200, notes: 500))
    let (count, flagged, residents) = try f.db.pool.read { db in
      (
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM screening")!,
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM screening WHERE isFlagged")!,
        try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT residentId) FROM screening")!
      )
    }
    #expect(count == 20_000)
    #expect(flagged > 0 && flagged < count / 5)
    #expect(residents > 200)
  }
}
