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
    let all = try f.db.health.dueList(actor: leder, until: .later)
    #expect(all.contains { $0.templateKey == "medicationReview" && $0.responsibleName == "Camilla Bøgh" })
    // Every resident of the standard demo has health templates; most have consent.
    let residents = try f.db.residents.list(for: leder)
    let overview = try f.db.health.overview(residentID: residents[0].id, actor: leder)
    #expect(overview.items.count >= 6)
    let consents = try f.db.pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM healthConsent")! }
    #expect(consents > residents.count / 2)
    #expect(try f.db.audit.verify().isIntact)
  }

  /// Residents who have lived in the home for years get a year of screenings back from today;
  /// newer ones from the day they moved in.
  @Test func aYearOfScreeningsClampedAtMoveIn() throws {
    let f = try Fixture(seed: false)
    try DemoHome.create(
      in: f.db, size: DemoHome.Size(days: 900, currentResidents: 12, formerResidents: 2, notes: 200, incidents: 10))
    let now = f.db.now
    let rows = try f.db.pool.read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT r.movedIn, MIN(s.takenAt) AS first, MAX(s.takenAt) AS last, SUM(s.isFlagged) AS flagged, COUNT(*) AS n
          FROM screening s JOIN resident r ON r.id = s.residentId WHERE r.movedOut IS NULL GROUP BY r.id
          """)
    }
    #expect(rows.count == 12)
    var longStays = 0
    for row in rows {
      let movedIn = try #require(CalendarDay(iso: row["movedIn"]))
      let first: Date = row["first"]
      #expect(CalendarDay(first, in: .danish) >= movedIn)
      #expect(first >= now.addingTimeInterval(-366 * 86_400))
      if movedIn.start(in: .danish) < now.addingTimeInterval(-400 * 86_400) {
        longStays += 1
        #expect(first < now.addingTimeInterval(-330 * 86_400), "a year back from today")
      }
    }
    #expect(longStays > 3)
    let flagged = rows.map { $0["flagged"] as Int }.reduce(0, +)
    let total = rows.map { $0["n"] as Int }.reduce(0, +)
    #expect(flagged > 3 && flagged < total / 5)
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
    let (count, flagged, residents, indexed) = try f.db.pool.read { db in
      (
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM screening")!,
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM screening WHERE isFlagged")!,
        try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT residentId) FROM screening")!,
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM searchItem WHERE kind = 'screening'")!
      )
    }
    #expect(count == 20_000)
    #expect(indexed == count)
    #expect(flagged > 0 && flagged < count / 5)
    #expect(residents > 200)
  }
}
