import Foundation
import Testing
import TovholderCore
import TovholderResources

@Suite struct IncidentsValidationTests {
  let catalogue = try! IncidentCatalogue(json: TovholderResources.incidentCategories)
  // 10 March 2026 12:00 in Copenhagen (UTC+1).
  let now = Date(timeIntervalSince1970: 1_773_140_400)

  func report(_ change: (inout IncidentReport) -> Void = { _ in }) -> IncidentReport {
    var r = IncidentReport(
      unitID: 1, place: "Køkkenet",
      time: IncidentTime(day: CalendarDay(year: 2026, month: 3, day: 9)!, minuteOfDay: 20 * 60, certainty: .known),
      categoryCode: "fall", headline: "Fald på badeværelset",
      description: IncidentDescription(course: "Gled på vådt gulv"), actual: .mild, possible: .moderate)
    change(&r)
    return r
  }

  func check(_ r: IncidentReport) throws(IncidentValidationError) {
    try IncidentValidation.validate(r, catalogue: catalogue, now: now)
  }

  @Test func validReportPasses() throws {
    try check(report())
    try check(report { $0.time = IncidentTime(day: $0.time.day, minuteOfDay: nil, certainty: .unknown) })
  }

  @Test func missingRequiredFields() {
    #expect(throws: IncidentValidationError.missingPlace) { try check(report { $0.place = " " }) }
    #expect(throws: IncidentValidationError.missingCategory) { try check(report { $0.categoryCode = "" }) }
    #expect(throws: IncidentValidationError.missingHeadline) { try check(report { $0.headline = "" }) }
    #expect(throws: IncidentValidationError.missingDescription) { try check(report { $0.description.course = "\n" }) }
  }

  @Test func medicineEventNeedsTheMedicine() throws {
    #expect(throws: IncidentValidationError.missingMedicine) {
      try check(report { $0.categoryCode = "medicine.administration" })
    }
    try check(
      report {
        $0.categoryCode = "medicine.administration"
        $0.medicine = MedicineInvolved(name: "Panodil", substance: "paracetamol", route: "oral", strength: "500 mg")
      })
  }

  @Test func futureIsRefused() {
    #expect(throws: IncidentValidationError.dateInFuture) {
      try check(report { $0.time.day = CalendarDay(year: 2026, month: 3, day: 11)! })
    }
    #expect(throws: IncidentValidationError.dateInFuture) {
      try check(
        report {
          $0.time = IncidentTime(
            day: CalendarDay(year: 2026, month: 3, day: 10)!, minuteOfDay: 13 * 60, certainty: .known)
        })
    }
    // Today, earlier: fine. Today, time unknown: fine.
    #expect(throws: Never.self) {
      try check(
        report {
          $0.time = IncidentTime(
            day: CalendarDay(year: 2026, month: 3, day: 10)!, minuteOfDay: 11 * 60 + 30, certainty: .estimated)
        })
    }
  }

  @Test func timeParsing() throws {
    let day = CalendarDay(year: 2026, month: 3, day: 9)!
    #expect(try IncidentTime.from(day: day, clock: "7:05", certainty: .known).minuteOfDay == 425)
    #expect(try IncidentTime.from(day: day, clock: "2340", certainty: .estimated).clockText == "23:40")
    #expect(try IncidentTime.from(day: day, clock: "", certainty: .unknown).minuteOfDay == nil)
    #expect(try IncidentTime.from(day: day, clock: "14:00", certainty: .unknown).minuteOfDay == nil)
    #expect(throws: IncidentValidationError.timeWithoutDate) {
      try IncidentTime.from(day: nil, clock: "14:00", certainty: .known)
    }
    #expect(throws: IncidentValidationError.missingDate) {
      try IncidentTime.from(day: nil, clock: "", certainty: .unknown)
    }
    #expect(throws: IncidentValidationError.missingTime) {
      try IncidentTime.from(day: day, clock: "", certainty: .known)
    }
    for bad in ["24:00", "12:60", "1:5", "ab:cd", "12345", "1.2.3"] {
      #expect(throws: IncidentValidationError.invalidTime, "\(bad)") {
        try IncidentTime.from(day: day, clock: bad, certainty: .known)
      }
    }
  }

  @Test func timeIsStoredInUTCWithTheZone() {
    let t = IncidentTime(day: CalendarDay(year: 2026, month: 7, day: 1)!, minuteOfDay: 2 * 60 + 40, certainty: .known)
    #expect(t.timeZoneID == "Europe/Copenhagen")
    // 02:40 summer time is 00:40 UTC.
    #expect(t.instant == Date(timeIntervalSince1970: 1_782_866_400))
  }

  @Test func hundredKilobytePasteRefusedWithLimit() {
    let paste = String(repeating: "æøå ", count: 25_000)
    #expect(throws: IncidentValidationError.textTooLong(field: "course", limit: IncidentValidation.maxTextLength)) {
      try check(report { $0.description.course = paste })
    }
    #expect(throws: IncidentValidationError.textTooLong(field: "prevention", limit: IncidentValidation.maxTextLength)) {
      try check(report { $0.description.prevention = paste })
    }
  }

  @Test func possibleBelowActualRefusedAndUnknownCategory() {
    #expect(throws: IncidentValidationError.possibleBelowActual) {
      try check(
        report {
          $0.actual = .severe
          $0.possible = .mild
        })
    }
    #expect(throws: IncidentValidationError.unknownCategory) { try check(report { $0.categoryCode = "gone" }) }
  }
}
