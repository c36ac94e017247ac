import Foundation
import GRDB
import Testing
import TovholderCore

@testable import TovholderStorage

@Suite struct IncidentResidentAndSearchTests {
  @Test func eventsOfOneResidentNewestFirstWithoutReporter() throws {
    let x = try IncidentFixture()
    let older = try x.register(x.report(day: CalendarDay(year: 2024, month: 5, day: 1)!))
    let newer = try x.register(x.report(day: CalendarDay(year: 2024, month: 5, day: 20)!), by: x.colleagueA)
    _ = try x.register(x.report(resident: false))
    let seen = try x.db.incidents.concerning(x.f.residentA.id, by: x.f.staffA)
    #expect(seen.map(\.id) == [newer.id, older.id])
    #expect(try x.db.incidents.concerning(x.f.residentA.id, by: x.f.leader).count == 2)
    // Staff of another unit see none of them.
    #expect(try x.db.incidents.concerning(x.f.residentA.id, by: x.f.staffB).isEmpty)
    #expect(throws: StorageError.accessDenied) { try x.db.incidents.concerning(x.f.residentA.id, by: x.f.admin) }
    // Opening one from the list: the colleague's report, without the reporter for other staff.
    #expect(try x.db.incidents.get(newer.id, by: x.f.staffA).reporter == nil)
    #expect(try x.db.incidents.get(newer.id, by: x.f.leader).reporter?.name == "Carl Ærø")
    let audit = try x.db.pool.read {
      try Row.fetchAll($0, sql: "SELECT action, residentId FROM auditLog WHERE action = 'incidents.list'")
    }
    #expect(audit.contains { $0["residentId"] == x.f.residentA.id })
  }

  @Test func registeredAndEditedEventsAreFoundBySearchWithoutTheReporter() throws {
    let x = try IncidentFixture()
    var r = x.report()
    r.headline = "Glemt aftenmedicin"
    r.description.prevention = "Dobbelttjek på tavlen"
    let saved = try x.register(r, by: x.colleagueA)
    func incidentHits(_ text: String, _ actor: Actor) throws -> [SearchHit] {
      try x.db.search.search(text, actor: actor).flatMap(\.hits).filter { $0.kind == .incident }
    }
    #expect(try incidentHits("aftenmedicin", x.f.staffA).map(\.sourceID) == [saved.id])
    #expect(try incidentHits("dobbelttjek", x.f.staffA).count == 1)
    #expect(try incidentHits("aftenmedicin", x.f.staffB).isEmpty)
    // The reporter's name is never in the index.
    #expect(try incidentHits("Carl", x.f.leader).isEmpty)
    let bodies = try x.db.pool.read {
      try String.fetchAll($0, sql: "SELECT body FROM searchItem WHERE kind = 'incident'")
    }
    #expect(bodies.count == 1 && !bodies[0].contains("Carl") && !bodies[0].contains("Ærø"))
    // Edited: the new text is found, the old is not.
    var edited = try x.db.incidents.get(saved.id, by: x.colleagueA)
    edited.report.headline = "Glemt morgenmedicin"
    edited.report.time = x.report(day: CalendarDay(year: 2024, month: 3, day: 1)!).time
    edited = try x.db.incidents.update(edited, catalogue: x.catalogue, by: x.colleagueA)
    #expect(try incidentHits("morgenmedicin", x.f.staffA).map(\.at) == [edited.report.time.instant])
    #expect(try incidentHits("aftenmedicin", x.f.staffA).isEmpty)
    // Edited to concern no resident: it leaves the index (the index is per resident).
    edited.report.residentID = nil
    _ = try x.db.incidents.update(edited, catalogue: x.catalogue, by: x.colleagueA)
    #expect(try incidentHits("morgenmedicin", x.f.staffA).isEmpty)
  }

  @Test func anEventWithoutResidentIsNotIndexed() throws {
    let x = try IncidentFixture()
    var r = x.report(resident: false)
    r.headline = "Brandalarm uden grund"
    _ = try x.register(r)
    let count = try x.db.pool.read {
      try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM searchItem WHERE kind = 'incident'") ?? -1
    }
    #expect(count == 0)
  }
}
