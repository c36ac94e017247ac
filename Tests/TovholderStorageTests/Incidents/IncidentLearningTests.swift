import Foundation
import GRDB
import Testing
import TovholderCore

@testable import TovholderStorage

@Suite struct IncidentsLearningTests {
  func day(_ m: Int, _ d: Int) -> CalendarDay { CalendarDay(year: 2024, month: m, day: d)! }

  @Test func statisticsPerMonthCategoryAndUnit() throws {
    let x = try IncidentFixture()
    let original = try x.register(x.report(day: day(3, 2)))
    _ = try x.register(x.report(day: day(3, 20), category: "infection"))
    _ = try x.register(x.report(day: day(5, 1)))
    _ = try x.register(x.report(day: day(5, 2), resident: false, unit: x.f.unitB.id), by: x.f.staffB)
    let rejected = try x.register(x.report(day: day(5, 3)))
    _ = try x.db.incidents.reject(
      rejected.id, reason: .duplicate, comment: "Samme fald", duplicateOf: original.id, version: 1, by: x.f.leader)
    let months = IncidentMonth(year: 2024, month: 2)!...IncidentMonth(year: 2024, month: 5)!
    let stats = try x.db.incidents.statistics(months: months, by: x.f.leader)
    #expect(stats.perMonth == [0, 2, 0, 2])
    #expect(stats.perMonth(category: "fall") == [0, 1, 0, 2])
    #expect(stats.perMonth(unit: x.f.unitB.id) == [0, 0, 0, 1])
    #expect(stats.runChart.median == 1)
    let onlyA = try x.db.incidents.statistics(months: months, unitIDs: [x.f.unitA.id], by: x.f.leader)
    #expect(onlyA.total == 3)
    #expect(throws: StorageError.accessDenied) { try x.db.incidents.statistics(months: months, by: x.f.staffA) }
  }

  @Test func daysWithoutMedicineErrorPerUnit() throws {
    let x = try IncidentFixture()
    _ = try x.register(x.report(day: day(5, 19), category: "medicine.dispensing"))
    _ = try x.register(x.report(day: day(4, 1), category: "medicine.administration"))
    let boards = try x.db.incidents.daysWithoutMedicineError(catalogue: x.catalogue, by: x.f.leader)
    #expect(boards.map(\.unitName) == ["Hus A", "Hus B"])
    #expect(boards[0].days == 10 && boards[0].lastDay == day(5, 19))
    #expect(boards[1].days == nil)
    #expect(
      try x.db.incidents.daysWithoutMedicineError(catalogue: x.catalogue, by: x.f.staffB).map(\.unitName) == ["Hus B"])
  }

  @Test func csvExportReadsBackWithoutReporter() throws {
    let x = try IncidentFixture()
    _ = try x.register(x.report(day: day(2, 29)))
    _ = try x.register(x.report(day: day(5, 1)))
    let csv = try x.db.incidents.export(
      period: day(3, 1)...day(5, 31), format: .csv, wording: .da, by: x.f.leader)
    #expect(!csv.contains("Anna"))
    let rows = CSV.parse(csv)
    #expect(rows.count == 2 && rows[0] == IncidentExport.csvHeader(.da))
    let fields = Dictionary(uniqueKeysWithValues: zip(rows[0], rows[1]))
    #expect(fields["Hændelsesforløb"] == "Før: bad; under: gled;\nefter: rejste sig")
    #expect(fields["Overskrift"] == "Fald på vådt gulv – æøå")
    #expect(fields["Hændelsesdato"] == "2024-05-01")
    let dpsd = try x.db.incidents.export(period: nil, format: .dpsd, wording: .da, by: x.f.leader)
    #expect(dpsd.components(separatedBy: "Hændelsesnummer").count == 3 && !dpsd.contains("Anna"))
    #expect(throws: StorageError.accessDenied) {
      try x.db.incidents.export(period: nil, format: .csv, wording: .da, by: x.f.staffA)
    }
    #expect(try x.auditActions().filter { $0 == "incidents.export" }.count == 2)
  }

  @Test func monthlyBatchReport() throws {
    let x = try IncidentFixture()
    let minorFall = try x.register(x.report(day: day(4, 3)))
    _ = try x.register(x.report(day: day(4, 4), category: "infection", actual: .none, possible: .none))
    _ = try x.register(x.report(day: day(4, 5), actual: .none, possible: .death))  // serious risk: alone
    _ = try x.register(x.report(day: day(4, 6), category: "device"))  // not a batch category
    _ = try x.register(x.report(day: day(5, 6)))  // May is not over
    let april = IncidentMonth(year: 2024, month: 4)!
    let batch = try x.db.incidents.createBatchReport(
      unitID: x.f.unitA.id, month: april, catalogue: x.catalogue, by: x.f.leader)
    #expect(batch.incidents.count == 2)
    #expect(batch.text(.da).contains("Samlet månedlig indberetning") && batch.text(.da).contains("Antal hændelser: 2"))
    #expect(try x.db.incidents.get(minorFall.id, by: x.f.leader).batchID == batch.id)
    #expect(throws: StorageError.incidentBatch(.alreadyReported)) {
      try x.db.incidents.createBatchReport(unitID: x.f.unitA.id, month: april, catalogue: x.catalogue, by: x.f.leader)
    }
    #expect(throws: StorageError.incidentBatch(.monthNotOver)) {
      try x.db.incidents.createBatchReport(
        unitID: x.f.unitA.id, month: IncidentMonth(year: 2024, month: 5)!, catalogue: x.catalogue, by: x.f.leader)
    }
    #expect(throws: StorageError.accessDenied) {
      try x.db.incidents.createBatchReport(unitID: x.f.unitA.id, month: april, catalogue: x.catalogue, by: x.f.staffA)
    }
    #expect(try x.db.incidents.batchReports(by: x.f.leader).map(\.id) == [batch.id])
    let dpsd = try x.db.incidents.export(period: nil, format: .dpsd, wording: .da, by: x.f.leader)
    #expect(dpsd.contains("Indberetningsform: Samlet månedlig indberetning"))
  }

  @Test func demoEventsAcrossCategoriesAndStatuses() throws {
    let f = try Fixture(seed: false)
    let size = DemoHome.Size(
      days: 30, currentResidents: 6, formerResidents: 2, notes: 50, incidents: 400, incidentDays: 365)
    let summary = try DemoHome.create(in: f.db, size: size)
    #expect(summary.incidents == 400)
    let catalogue = IncidentFixture.sharedCatalogue
    let (codes, statuses, span) = try f.db.pool.read { db in
      (
        try String.fetchAll(db, sql: "SELECT DISTINCT categoryCode FROM incident"),
        try String.fetchAll(db, sql: "SELECT DISTINCT status FROM incident"),
        try String.fetchAll(db, sql: "SELECT MIN(occurredDay) || ' ' || MAX(occurredDay) FROM incident")
      )
    }
    #expect(codes.allSatisfy { catalogue.category(code: $0) != nil })
    #expect(Set(codes).count >= 8)
    #expect(Set(statuses) == Set(IncidentStatus.allCases.map(\.rawValue)))
    #expect(span.first?.hasPrefix("2023") == true)
    let leder = try f.db.accounts.signIn(username: "leder", password: "demo1234")
    #expect(try !f.db.incidents.queue(by: leder).isEmpty)
    let closed = try f.db.incidents.queue(IncidentQueueFilter(status: .closed), by: leder)
    #expect(try closed.prefix(5).allSatisfy { !(try f.db.incidents.get($0.id, by: leder).review.feedback.isEmpty) })
    #expect(try f.db.audit.verify().isIntact)
  }
}
