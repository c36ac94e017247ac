import Foundation
import TerminalUI
import Testing
import TovholderCore
import TovholderStorage

@testable import TovholderApp

@Suite(.serialized) struct IncidentsTabTests {
  /// Registers an event about the first resident `reporter` may see, with `headline`.
  static func register(_ f: AppFixture, headline: String, by reporter: String) throws -> (Incident, Resident) {
    let actor = try f.database.accounts.signIn(username: reporter, password: DemoHome.password)
    let resident = try #require(try f.database.residents.list(for: actor).first)
    let report = IncidentReport(
      unitID: resident.unitID, residentID: resident.id, place: "Stuen",
      time: IncidentTime(day: f.today, minuteOfDay: nil, certainty: .unknown),
      categoryCode: "fall", headline: headline, description: IncidentDescription(course: "Snublede over tæppet"),
      actual: .none, possible: .mild)
    return (try f.database.incidents.register(report, catalogue: Catalogues.shipped.incidents, by: actor), resident)
  }

  @Test func recordTabListsTheResidentsEventsAndOpensOneWithoutTheReporter() throws {
    let f = try AppFixture(user: "nattevagt")
    let (saved, resident) = try Self.register(f, headline: "Zzz faldt i stuen æøå", by: "personale")
    let record = try f.openRecord(resident.id, tab: "UTH")
    let s = f.screen()
    #expect(s.contains("UTH"))
    #expect(s.contains("Zzz faldt i stuen æøå") && s.contains("Registreret"))
    let tab = try #require((record as? RecordScreen)?.tab as? IncidentsTab)
    #expect(tab.items.first?.id == saved.id)
    // Newest first.
    let days = tab.items.map(\.occurredDay)
    #expect(days == days.sorted(by: >))
    f.keys(.enter)
    let view = f.screen()
    #expect(view.contains("Zzz faldt i stuen æøå") && view.contains("Indberettet af: (fortroligt)"))
    #expect(!view.contains("Mads Sørensen"))
  }

  @Test func aLeaderOpensTheReviewFromTheTab() throws {
    let f = try AppFixture(user: "leder")
    let (saved, resident) = try Self.register(f, headline: "Zzz fejl i dosering", by: "personale")
    try f.openRecord(resident.id, tab: "UTH")
    _ = f.screen()
    f.keys(.enter)
    let review = try #require(f.shell.top as? IncidentReviewScreen)
    #expect(review.incident.id == saved.id && review.incident.reporter != nil)
    // F7 here starts the review (not the plan's follow-up).
    f.keys(.function(7))
    #expect(try f.database.incidents.get(saved.id, by: f.session.actor).status == .underReview)
  }

  @Test func searchFindsAnEventAndOpensTheUTHTab() throws {
    let f = try AppFixture(user: "nattevagt")
    _ = try Self.register(f, headline: "Zzzglidebane ved trappen", by: "personale")
    f.keys(.ctrl("f"))
    f.type("zzzglidebane")
    let s = f.screen(width: 100, height: 30)
    #expect(s.contains("UTH") && s.contains("Zzzglidebane ved trappen"))
    #expect(!s.contains("Mads Sørensen"))
    f.keys(.down, .down, .enter)
    let record = try #require(f.shell.top as? RecordScreen)
    #expect(record.tab is IncidentsTab)
  }

  @Test func demoEventsAreInTheSearchIndex() throws {
    let f = try AppFixture(user: "leder")
    let closed = try f.database.incidents.queue(IncidentQueueFilter(status: .closed), by: f.session.actor)
    let withResident = try #require(closed.first { $0.residentID != nil })
    let word = try #require(SearchQuery.words(withResident.headline).max { $0.count < $1.count })
    let hits = try f.database.search.search(word, actor: f.session.actor, limit: 500).flatMap(\.hits)
    #expect(hits.contains { $0.kind == .incident })
  }
}
