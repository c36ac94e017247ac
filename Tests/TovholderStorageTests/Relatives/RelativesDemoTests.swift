import Foundation
import GRDB
import Testing
import TovholderCore

@testable import TovholderStorage

@Suite struct RelativesDemoTests {
  @Test func demoHomeHasNetworksConsentsGuardianshipsLogAndCouncil() throws {
    let f = try Fixture(seed: false)
    try DemoHome.create(in: f.db)
    let leder = try f.db.accounts.signIn(username: "leder", password: DemoHome.password)
    let residents = try f.db.residents.list(for: leder)
    var relatives = 0
    var consents = 0
    var withdrawn = 0
    var guardianships: [Guardianship] = []
    var oldestContact = CalendarDay(year: 9999, month: 1, day: 1)!
    for r in residents {
      let o = try f.db.relatives.overview(residentID: r.id, actor: leder, contactLimit: 1_000)
      #expect(!o.relatives.isEmpty)
      #expect(o.expectationsMeetingOn != nil)
      relatives += o.relatives.count
      consents += o.consents.count
      withdrawn += o.consents.filter { $0.withdrawnOn != nil }.count
      guardianships += o.guardianships
      // A year of contacts, or since move-in when that is later (steps of 10–20 days).
      guard let oldest = o.contactLog.last?.occurredOn else {
        #expect(r.movedIn > CalendarDay(f.clock.now.addingTimeInterval(-21 * 86_400), in: .danish))
        continue
      }
      #expect(oldest >= r.movedIn)
      let yearBack = max(r.movedIn, CalendarDay(f.clock.now.addingTimeInterval(-365 * 86_400), in: .danish))
      #expect(oldest <= CalendarDay(yearBack.start(in: .danish).addingTimeInterval(21 * 86_400), in: .danish))
      oldestContact = min(oldestContact, oldest)
    }
    #expect(relatives >= residents.count && consents > relatives)
    #expect(withdrawn > 0)
    #expect(guardianships.count == 2)
    #expect(Set(guardianships.map(\.section)) == [.section5, .section7])
    let today = CalendarDay(f.clock.now, in: .danish)
    #expect(oldestContact <= CalendarDay(f.clock.now.addingTimeInterval(-60 * 86_400), in: .danish))
    let home = f.db.relativesHome
    #expect(try home.councilMeetings().count == 4)
    #expect(
      try home.councilMeetings().allSatisfy {
        $0.heldOn > CalendarDay(f.clock.now.addingTimeInterval(-366 * 86_400), in: .danish)
      })
    #expect(try home.policyVersions().count == 2)
    #expect(try home.volunteers().count == 3)
    #expect(Set(try home.councilRequests().map(\.status)).count == 4)
    // Someone has open follow-ups, none far in the past.
    var open: [FollowUpTask] = []
    for user in ["personale", "nattevagt", "camilla", "peter", "aase", "jonas", "hussein"] {
      open += try f.db.relatives.followUps(for: f.db.accounts.signIn(username: user, password: DemoHome.password))
    }
    #expect(!open.isEmpty)
    #expect(open.allSatisfy { $0.due >= CalendarDay(f.clock.now.addingTimeInterval(-10 * 86_400), in: .danish) })
    _ = today
    #expect(try f.db.audit.verify().isIntact)
  }
}
