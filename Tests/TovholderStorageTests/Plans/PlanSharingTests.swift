import Foundation
import GRDB
import Testing
import TovholderCore

@testable import TovholderStorage

/// A status report for a relative goes only to whom the resident consented, or to a
/// guardian whose scope covers the plan; refusals and exports are audited.
@Suite struct PlanSharingTests {
  static let today = CalendarDay(year: 2024, month: 5, day: 29)!  // the fixture clock's day
  let w = PlanCatalogFixture.wording

  func report(_ p: PlanFixture, for relative: RelativeID) throws -> String {
    try p.db.plans.statusReport(
      residentID: p.f.residentA.id, format: .text, wording: w, actor: p.f.staffA, forRelative: relative)
  }

  @Test func aReportForARelativeWithoutPlanConsentIsRefusedAndTheRefusalAudited() throws {
    let p = try PlanFixture()
    let id = p.f.residentA.id
    let ole = try p.db.relatives.add(NewRelative(residentID: id, name: "Ole", relation: "bror"), by: p.f.staffA)
    // Health consent does not cover the plan.
    _ = try p.db.relatives.addConsent(
      NewConsent(residentID: id, relativeID: ole.id, kindCode: "health", givenOn: Self.today, form: .oral),
      by: p.f.staffA)
    #expect(throws: StorageError.relatives(.sharingRefused(.noConsent))) { try report(p, for: ole.id) }
    let actions = try p.actions()
    #expect(actions.first == .sharingRefused)
    #expect(!actions.contains(.exportPlan))
  }

  @Test func aReportForARelativeWithPlanConsentIsWrittenUntilTheConsentIsWithdrawn() throws {
    let p = try PlanFixture()
    let id = p.f.residentA.id
    let mette = try p.db.relatives.add(NewRelative(residentID: id, name: "Mette", relation: "søster"), by: p.f.staffA)
    let consent = try p.db.relatives.addConsent(
      NewConsent(residentID: id, relativeID: mette.id, kindCode: "plan", givenOn: Self.today, form: .written),
      by: p.f.staffA)
    #expect(try report(p, for: mette.id).contains("Klarer selv indkøb"))
    #expect(try Array(p.actions().prefix(2)) == [.exportPlan, .sharingAllowed])
    _ = try p.db.relatives.withdrawConsent(consent.id, by: p.f.staffA)
    #expect(throws: StorageError.relatives(.sharingRefused(.consentWithdrawn(on: Self.today)))) {
      try report(p, for: mette.id)
    }
  }

  @Test func aGuardianForPersonalMattersGetsTheReportWithoutConsentButAnEconomicOneDoesNot() throws {
    let p = try PlanFixture()
    let id = p.f.residentA.id
    let personal = try p.db.relatives.add(NewRelative(residentID: id, name: "Ib", relation: "værge"), by: p.f.staffA)
    let economic = try p.db.relatives.add(NewRelative(residentID: id, name: "Bo", relation: "værge"), by: p.f.staffA)
    for (r, area) in [(personal, GuardianshipArea.personal), (economic, .economic)] {
      _ = try p.db.relatives.addGuardianship(
        NewGuardianship(
          residentID: id, guardian: .relative(r.id), section: .section5, areas: [area],
          decidedOn: CalendarDay(year: 2022, month: 2, day: 1)!), by: p.f.staffA)
    }
    #expect(try report(p, for: personal.id).contains("Handler alene i Netto"))
    #expect(throws: StorageError.self) { try report(p, for: economic.id) }
    // A relative of another resident is not this resident's relative.
    let other = try p.db.relatives.add(
      NewRelative(residentID: p.f.residentB.id, name: "X", relation: ""), by: p.f.staffB)
    #expect(throws: StorageError.notFound) { try report(p, for: other.id) }
  }
}
