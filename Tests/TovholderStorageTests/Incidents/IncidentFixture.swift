import Foundation
import GRDB
import TovholderCore
import TovholderResources

@testable import TovholderStorage

/// The storage fixture plus a second staff member in unit A and helpers for reports.
final class IncidentFixture: @unchecked Sendable {
  let f: Fixture
  static let sharedCatalogue = try! IncidentCatalogue(json: TovholderResources.incidentCategories)
  var catalogue: IncidentCatalogue { Self.sharedCatalogue }
  var colleagueA: Actor!

  var db: AppDatabase { f.db }

  init() throws {
    f = try Fixture()
    colleagueA = try f.account("carl", "Carl Ærø", .staff, [f.unitA.id])
  }

  /// A valid report in unit A about resident A, the day before the fixture's clock.
  func report(
    day: CalendarDay = CalendarDay(year: 2024, month: 5, day: 28)!, category: String = "fall",
    actual: Consequence = .mild, possible: Consequence = .moderate, resident: Bool = true, unit: UnitID? = nil
  ) -> IncidentReport {
    IncidentReport(
      unitID: unit ?? f.unitA.id, residentID: resident ? f.residentA.id : nil, place: "Badeværelset",
      time: IncidentTime(day: day, minuteOfDay: 7 * 60 + 15, certainty: .estimated), categoryCode: category,
      medicine: category.hasPrefix("medicine")
        ? MedicineInvolved(name: "Panodil", substance: "paracetamol", route: "oral", strength: "500 mg")
        : MedicineInvolved(),
      headline: "Fald på vådt gulv – æøå",
      description: IncidentDescription(
        course: "Før: bad; under: gled;\nefter: rejste sig", consequences: "Ømt knæ", prevention: "Skridsikker måtte"),
      actual: actual, possible: possible)
  }

  func register(_ report: IncidentReport? = nil, by actor: Actor? = nil) throws -> Incident {
    try db.incidents.register(report ?? self.report(), catalogue: catalogue, by: actor ?? f.staffA)
  }

  func count() throws -> Int { try db.pool.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM incident") ?? 0 } }

  func auditActions() throws -> [String] {
    try db.pool.read {
      try String.fetchAll($0, sql: "SELECT action FROM auditLog WHERE action LIKE 'incident%' ORDER BY id")
    }
  }

  var closing: IncidentReview {
    IncidentReview(
      analysis: "Vådt gulv, ingen måtte",
      actions: [
        IncidentAction(text: "Køb måtte", owner: "Teamleder", due: CalendarDay(year: 2024, month: 6, day: 15)!)
      ],
      feedback: "Tak – vi har købt en skridsikker måtte")
  }
}
