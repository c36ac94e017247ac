import Foundation
import GRDB
import Testing
import TovholderCore

@testable import TovholderStorage

@Suite struct PlanDemoTests {
  @Test func theDemoHomesResidentsHavePlansWithAYearOfProgress() throws {
    let f = try Fixture(seed: false)
    try DemoHome.create(in: f.db, size: DemoHome.Size(days: 400, currentResidents: 9, formerResidents: 2, notes: 300))
    let leder = try f.db.accounts.signIn(username: "leder", password: DemoHome.password)
    let residents = try f.db.residents.list(for: leder)
    #expect(residents.count == 9)
    var values = 0
    // Every current resident has a plan; the due list misses none.
    let due = try f.db.plans.dueList(actor: leder)
    #expect(!due.contains { $0.reason == .noPlan })
    let today = CalendarDay(f.clock.now, in: .danish)
    for r in residents {
      let doc = try #require(try f.db.plans.document(residentID: r.id, actor: leder))
      #expect((2...3).contains(doc.goals.count))
      #expect(!doc.plan.wish.isEmpty)
      #expect(doc.goals.allSatisfy { !$0.subGoals.isEmpty })
      #expect(doc.plan.startDate >= r.movedIn)
      for s in doc.goals.flatMap(\.subGoals) {
        #expect(s.progress.allSatisfy { s.subGoal.measure.contains($0.value) })
        #expect(s.subGoal.followUpDate >= doc.plan.startDate)
      }
      // Progress reaches a year back, or back to move-in when that is later.
      let yearBack = max(r.movedIn, today.adding(days: -365))
      if let first = doc.goals.flatMap(\.subGoals).flatMap(\.progress).map(\.recordedAt).min() {
        #expect(CalendarDay(first, in: .danish) <= yearBack.adding(days: 7), "\(r.id)")
        #expect(CalendarDay(first, in: .danish) >= r.movedIn)
      } else {
        #expect(r.movedIn > today.adding(days: -11), "a newcomer's plan has no values yet")
      }
      values += doc.goals.flatMap(\.subGoals).map(\.progress.count).reduce(0, +)
      // Every held meeting decided every goal open at the time.
      #expect(doc.followUps.allSatisfy { !$0.decisions.isEmpty })
    }
    // About a value a week per sub-goal for most of a year.
    #expect(values > residents.count * 2 * 30)
    #expect(!due.isEmpty)
    #expect(
      try !f.db.search.search("aftensmad", actor: leder).isEmpty
        || !f.db.search.search("søvnkvalitet", actor: leder).isEmpty)
    #expect(try f.db.audit.verify().isIntact)
  }

  @Test func theDemoPlansAreTheSameOnEveryRun() throws {
    func snapshot() throws -> [String] {
      let f = try Fixture(seed: false)
      try DemoHome.create(in: f.db, size: DemoHome.Size(days: 200, currentResidents: 3, formerResidents: 0, notes: 50))
      return try f.db.read { db in
        try String.fetchAll(db, sql: "SELECT title || status FROM planGoal ORDER BY id")
          + String.fetchAll(
            db, sql: "SELECT CAST(COUNT(*) AS TEXT) || '/' || CAST(SUM(value) AS TEXT) FROM planProgress")
      }
    }
    #expect(try snapshot() == snapshot())
  }
}
