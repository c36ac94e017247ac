import Foundation
import GRDB
import Testing
import TovholderCore

@testable import TovholderStorage

@Suite struct IncidentsRegistrationTests {
  @Test func registerAndReadBackWithAudit() throws {
    let x = try IncidentFixture()
    let saved = try x.register()
    #expect(saved.status == .registered && saved.version == 1)
    #expect(saved.severity == .minor)
    #expect(saved.reporter?.name == "Anna Ærø")
    let again = try x.db.incidents.get(saved.id, by: x.f.staffA)
    #expect(again.report == x.report())
    #expect(again.categoryName == "Fald")
    #expect(again.report.time.clockText == "07:15" && again.report.time.certainty == .estimated)
    #expect(try x.auditActions() == ["incident.create", "incident.read"])
    let residents = try x.db.pool.read {
      try Int64.fetchAll($0, sql: "SELECT residentId FROM auditLog WHERE action LIKE 'incident%'")
    }
    #expect(residents == [x.f.residentA.id, x.f.residentA.id])
    #expect(try x.db.audit.verify().isIntact)
  }

  @Test func reporterIdentityOnlyForLeadersAndTheReporter() throws {
    let x = try IncidentFixture()
    let saved = try x.register()
    #expect(try x.db.incidents.get(saved.id, by: x.f.leader).reporter?.id == x.f.staffA.accountID)
    let seenByColleague = try x.db.incidents.get(saved.id, by: x.colleagueA)
    #expect(seenByColleague.reporter == nil)
    #expect(seenByColleague.report.headline == saved.report.headline)
    #expect(throws: StorageError.accessDenied) { try x.db.incidents.get(saved.id, by: x.f.staffB) }
    #expect(throws: StorageError.accessDenied) { try x.db.incidents.get(saved.id, by: x.f.admin) }
  }

  @Test func eventWithoutResident() throws {
    let x = try IncidentFixture()
    let saved = try x.register(x.report(resident: false))
    #expect(try x.db.incidents.get(saved.id, by: x.f.leader).report.residentID == nil)
  }

  @Test func badInputRefusedAndNothingSaved() throws {
    let x = try IncidentFixture()
    var r = x.report()
    r.time.day = CalendarDay(year: 2024, month: 5, day: 30)!
    #expect(throws: StorageError.invalidIncident(.dateInFuture)) { try x.register(r) }
    r = x.report()
    r.headline = "  "
    #expect(throws: StorageError.invalidIncident(.missingHeadline)) { try x.register(r) }
    r = x.report()
    r.description.course = String(repeating: "x", count: 100_000)
    #expect(throws: StorageError.invalidIncident(.textTooLong(field: "course", limit: 20_000))) { try x.register(r) }
    r = x.report()
    r.residentID = x.f.residentB.id
    #expect(throws: StorageError.invalidIncident(.residentNotInUnit)) { try x.register(r) }
    #expect(throws: StorageError.accessDenied) { try x.register(x.report(unit: x.f.unitB.id)) }
    #expect(throws: StorageError.accessDenied) { try x.register(by: x.f.admin) }
    r = x.report(category: "medicine.administration")
    r.medicine = MedicineInvolved()
    #expect(throws: StorageError.invalidIncident(.missingMedicine)) { try x.register(r) }
    #expect(try x.count() == 0)
    #expect(try x.auditActions().isEmpty)
  }

  @Test func reporterCorrectsWhileRegisteredWithVersions() throws {
    let x = try IncidentFixture()
    var saved = try x.register()
    saved.report.headline = "Fald ved håndvasken"
    let updated = try x.db.incidents.update(saved, catalogue: x.catalogue, by: x.f.staffA)
    #expect(updated.version == 2 && updated.report.headline == "Fald ved håndvasken")
    saved.report.headline = "Stale"
    #expect(throws: StorageError.versionConflict(changedBy: "Anna Ærø", at: x.f.clock.now)) {
      try x.db.incidents.update(saved, catalogue: x.catalogue, by: x.f.staffA)
    }
    #expect(throws: StorageError.accessDenied) {
      try x.db.incidents.update(updated, catalogue: x.catalogue, by: x.colleagueA)
    }
    #expect(try x.db.incidents.get(saved.id, by: x.f.leader).report.headline == "Fald ved håndvasken")
  }

  @Test func categoryRemovedFromCatalogueKeepsOldEventsReadable() throws {
    let x = try IncidentFixture()
    var saved = try x.register(x.report(category: "device"))
    let smaller = IncidentCatalogue(version: "2", categories: x.catalogue.categories.filter { $0.code != "device" })
    let read = try x.db.incidents.get(saved.id, by: x.f.leader)
    #expect(read.report.categoryCode == "device" && read.categoryName == "Hjælpemidler og udstyr")
    // The reporter may still correct the text and keep the old category.
    saved.report.headline = "Lift stoppede"
    let kept = try x.db.incidents.update(saved, catalogue: smaller, by: x.f.staffA)
    #expect(kept.categoryName == "Hjælpemidler og udstyr")
    // A new event may not use it.
    #expect(throws: StorageError.invalidIncident(.unknownCategory)) {
      try x.db.incidents.register(x.report(category: "device"), catalogue: smaller, by: x.f.staffA)
    }
    let csv = try x.db.incidents.export(period: nil, format: .csv, wording: .da, by: x.f.leader)
    #expect(csv.contains("Hjælpemidler og udstyr"))
  }

  @Test func residentNamesForTheWarning() throws {
    let x = try IncidentFixture()
    #expect(try x.db.incidents.residentNames(for: x.f.staffA) == ["Bjørn Ågård"])
    #expect(try x.db.incidents.residentNames(for: x.f.admin).isEmpty)
  }
}
