import Foundation
import Testing
import TovholderCore

@Suite struct IncidentsExportTests {
  @Test func csvQuotingRoundTrips() {
    let awkward = ["plain", "semi;colon", "quote \"here\"", "line\nbreak", "crlf\r\nbreak", " lead", "æøå", ""]
    let text = CSV.row(["a", "b"]) + CSV.row(awkward)
    #expect(CSV.field("semi;colon") == "\"semi;colon\"")
    #expect(CSV.field("quote \"here\"") == "\"quote \"\"here\"\"\"")
    #expect(CSV.field("plain") == "plain")
    let back = CSV.parse(CSV.byteOrderMark + text)
    #expect(back == [["a", "b"], awkward])
  }

  @Test func csvExportHasHeaderAndNoReporter() {
    let incident = sample(reporter: IncidentPerson(id: 7, name: "Mads Sørensen"))
    let csv = IncidentExport.csv([incident], unitNames: [1: "Egehuset"], wording: .da)
    #expect(csv.hasPrefix(CSV.byteOrderMark))
    #expect(!csv.contains("Mads"))
    let rows = CSV.parse(csv)
    #expect(rows.count == 2)
    #expect(rows[0] == IncidentExport.csvHeader(.da))
    #expect(rows[0].first == "Nummer" && rows[0].last == "Samlet indberetning")
    #expect(rows[1].count == IncidentExport.csvColumns.count)
    let row = Dictionary(uniqueKeysWithValues: zip(rows[0], rows[1]))
    #expect(row["Hændelsesforløb"] == "Før: uro; under: fald\nefter: \"rolig\"")
    #expect(row["Alvorlighed"] == "Lettere")
    #expect(row["Afdeling"] == "Egehuset")
    #expect(row["Tidspunkt"] == "")
    #expect(row["Tidspunkt sikkerhed"] == "ukendt")
    #expect(row["Lægemiddel"] == "Panodil")
  }

  @Test func dpsdFieldSetIndentsMultilineAndOmitsReporter() {
    let incident = sample(reporter: IncidentPerson(id: 7, name: "Mads Sørensen"))
    let text = IncidentExport.dpsd([incident, incident], unitNames: [1: "Egehuset"], wording: .da)
    #expect(!text.contains("Mads"))
    #expect(text.contains("Hændelsesdato: 09-03-2026\n"))
    #expect(text.contains("Tidspunkt: ukendt\n"))
    #expect(text.contains("Beskriv hændelsen (før, under, efter):\n  Før: uro; under: fald\n  efter: \"rolig\"\n"))
    #expect(text.contains("Hvad var konsekvenserne:\n"))
    #expect(text.contains("Alvorlighedsgrad: Lettere"))
    #expect(text.contains("Lægemiddel: Panodil"))
    #expect(text.components(separatedBy: "\n\nHændelsesnummer").count == 2)
  }

  @Test func exportDates() throws {
    #expect(try ExportDate.parse("2026-03-01") == CalendarDay(year: 2026, month: 3, day: 1))
    #expect(try ExportDate.parse("01-03-2026") == CalendarDay(year: 2026, month: 3, day: 1))
    #expect(try ExportDate.parse("29-02-2024") == CalendarDay(year: 2024, month: 2, day: 29))
    #expect(throws: ExportDate.ParseError.impossible("31-02-2026")) { try ExportDate.parse("31-02-2026") }
    #expect(throws: ExportDate.ParseError.impossible("2026-13-01")) { try ExportDate.parse("2026-13-01") }
    #expect(throws: ExportDate.ParseError.impossible("29-02-2025")) { try ExportDate.parse("29-02-2025") }
    for bad in ["", "1-3-2026", "2026/03/01", "i går", "01-03-26", "2026-03-01-01"] {
      #expect(throws: ExportDate.ParseError.self, "\(bad)") { try ExportDate.parse(bad) }
    }
    #expect(throws: ExportDate.ParseError.reversed) { try ExportDate.period(from: "2026-03-02", to: "01-03-2026") }
    #expect(try ExportDate.period(from: nil as String?, to: nil) == nil)
    let p = try ExportDate.period(from: "2026-03-01", to: nil)!
    #expect(
      p.lowerBound == CalendarDay(year: 2026, month: 3, day: 1)
        && p.contains(CalendarDay(year: 2030, month: 1, day: 1)!))
  }

  @Test func statisticsAndRunChart() {
    let jan = IncidentMonth(year: 2026, month: 1)!
    let months = IncidentMonth.range(IncidentMonth(year: 2025, month: 11)!, IncidentMonth(year: 2026, month: 2)!)
    #expect(months.map(\.text) == ["2025-11", "2025-12", "2026-01", "2026-02"])
    // Shown as days are, month first: 01-2026.
    #expect(months.map(\.shown) == ["11-2025", "12-2025", "01-2026", "02-2026"])
    let stats = IncidentStatistics(
      months: months,
      cells: [
        .init(month: months[0], categoryCode: "fall", unitID: 1, count: 3),
        .init(month: months[0], categoryCode: "infection", unitID: 2, count: 1),
        .init(month: jan, categoryCode: "fall", unitID: 2, count: 5),
      ])
    #expect(stats.perMonth == [4, 0, 5, 0])
    #expect(stats.perMonth(category: "fall") == [3, 0, 5, 0])
    #expect(stats.perMonth(unit: 2) == [1, 0, 5, 0])
    #expect(stats.totalsByCategory.map(\.code) == ["fall", "infection"])
    #expect(stats.total == 9)
    #expect(stats.runChart.median == 2)
    #expect(RunChartSeries.median([5, 1, 3]) == 3)
    #expect(RunChartSeries(values: [1, 1, 1, 1, 1, 1, 7, 7, 7, 7, 7, 4]).longestRun == 6)
    #expect(RunChartSeries(values: [1, 5, 1, 5]).longestRun == 1)
    #expect(RunChartSeries(values: [2, 1, 2, 3, 2]).longestRun == 1)
  }

  @Test func daysWithoutMedicineError() {
    let today = CalendarDay(year: 2026, month: 3, day: 10)!
    #expect(
      DaysWithoutMedicineError(
        unitID: 1, unitName: "A", lastDay: CalendarDay(year: 2026, month: 2, day: 28), today: today
      ).days == 10)
    #expect(DaysWithoutMedicineError(unitID: 1, unitName: "A", lastDay: nil, today: today).days == nil)
    #expect(
      IncidentRules.days(
        from: CalendarDay(year: 2024, month: 3, day: 30)!, to: CalendarDay(year: 2024, month: 3, day: 31)!) == 1)
  }

  func sample(reporter: IncidentPerson?) -> Incident {
    Incident(
      id: 42,
      report: IncidentReport(
        unitID: 1, residentID: 3, place: "Køkkenet",
        time: IncidentTime(day: CalendarDay(year: 2026, month: 3, day: 9)!, minuteOfDay: nil, certainty: .unknown),
        categoryCode: "medicine.administration",
        medicine: MedicineInvolved(name: "Panodil", substance: "paracetamol", route: "oral", strength: "500 mg"),
        headline: "Forkert tidspunkt",
        description: IncidentDescription(course: "Før: uro; under: fald\nefter: \"rolig\""),
        actual: .mild, possible: .moderate),
      categoryName: "Medicin – administration", severity: .minor, reporter: reporter,
      registeredAt: Date(timeIntervalSince1970: 1_773_140_400), status: .registered,
      statusChangedAt: Date(timeIntervalSince1970: 1_773_140_400))
  }

  @Test func englishExportHasEnglishWords() {
    let incident = sample(reporter: nil)
    let rows = CSV.parse(IncidentExport.csv([incident], unitNames: [1: "Egehuset"], wording: .en))
    let row = Dictionary(uniqueKeysWithValues: zip(rows[0], rows[1]))
    #expect(row["Severity"] == "Minor")
    #expect(row["Time certainty"] == "unknown")
    let text = IncidentExport.dpsd([incident], unitNames: [1: "Egehuset"], wording: .en)
    #expect(text.contains("Date of event: 09-03-2026\n"))
    #expect(!text.contains("Hændelse"))
  }
}
