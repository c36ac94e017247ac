import Foundation
import Testing

@testable import TovholderCore

@Suite struct RetentionTests {
  @Test func periodsAsAnAdminTypesThem() throws {
    #expect(try RetentionPeriod.months(from: "5 år") == 60)
    #expect(try RetentionPeriod.months(from: " 5 ") == 60)
    #expect(try RetentionPeriod.months(from: "18 mdr") == 18)
    #expect(try RetentionPeriod.months(from: "18 mdr.") == 18)
    #expect(try RetentionPeriod.months(from: "6 MÅNEDER") == 6)
    #expect(try RetentionPeriod.months(from: "2 years") == 24)
    #expect(try RetentionPeriod.months(from: "1 month") == 1)
    #expect(throws: RetentionError.periodMissing) { try RetentionPeriod.months(from: "  ") }
    #expect(throws: RetentionError.periodUnreadable("fem år")) { try RetentionPeriod.months(from: "fem år") }
    #expect(throws: RetentionError.periodUnreadable("5 uger")) { try RetentionPeriod.months(from: "5 uger") }
    #expect(throws: RetentionError.periodOutOfRange) { try RetentionPeriod.months(from: "0 år") }
    #expect(throws: RetentionError.periodOutOfRange) { try RetentionPeriod.months(from: "101 år") }
    #expect(throws: RetentionError.periodOutOfRange) { try RetentionPeriod.months(from: "99999999999999999999 år") }
    #expect(RetentionPeriod.parts(60) == (5, 0) && RetentionPeriod.parts(18) == (0, 18))
  }

  @Test func aKindIsDueTheDayAfterItsPeriodEnds() {
    let rule = RetentionRule(id: 1, kind: .notes, months: 1, rule: "x", setAt: Date(timeIntervalSince1970: 0), setByName: "A")
    let movedOut = CalendarDay(year: 2026, month: 1, day: 31)!
    #expect(rule.deletableFrom(movedOut: movedOut) == CalendarDay(year: 2026, month: 3, day: 1))
    #expect(!rule.isDue(movedOut: movedOut, today: CalendarDay(year: 2026, month: 2, day: 28)!))
    #expect(rule.isDue(movedOut: movedOut, today: CalendarDay(year: 2026, month: 3, day: 1)!))
    var kept = rule
    kept.months = nil
    #expect(!kept.isDue(movedOut: movedOut, today: CalendarDay(year: 2099, month: 1, day: 1)!))
  }

  @Test func aPeriodNeedsItsRule() {
    #expect(throws: RetentionError.ruleMissing) { try RetentionRule.validate(months: 12, rule: " \n") }
    #expect(throws: RetentionError.ruleTooLong) {
      try RetentionRule.validate(months: 12, rule: String(repeating: "x", count: 301))
    }
    #expect(throws: Never.self) { try RetentionRule.validate(months: nil, rule: "") }
  }

  @Test func theCopyAsJSONKeepsTypesAndNulls() throws {
    let at = Date(timeIntervalSince1970: 1_796_302_800)  // 2026-12-03 13:00 UTC
    let copy = ResidentCopy(
      generatedAt: at, generatedBy: "Lene Holm", home: "Solbakken",
      subject: .init(
        number: 7, name: "Åse Ørn", cpr: "010190-1234", unit: "Egehuset", movedIn: CalendarDay(year: 2020, month: 1, day: 1)!,
        movedOut: nil),
      tables: [
        .init(
          name: "note",
          columns: [
            .init(name: "id", type: .integer), .init(name: "text", type: .text), .init(name: "isHandover", type: .boolean),
            .init(name: "writtenAt", type: .dateTime), .init(name: "updatedBy", type: .integer, isStaff: true),
          ],
          rows: [[.integer(3), .text("Tekst med \"citat\""), .boolean(true), .dateTime(at), .null]])
      ], staff: [5: "Camilla Bøgh"],
      accessLog: [
        AuditEntry(id: 1, at: at, actorID: 9, actorName: "Anmelder", action: .createIncident, residentID: 7, subjectID: 2)
      ])
    let json = try copy.json { _ in "Registrerede en UTH" }
    #expect(json.contains(#""isHandover" : true"#))
    #expect(json.contains(#""updatedBy" : null"#))
    #expect(json.contains(#""writtenAt" : "2026-12-03T13:00:00.000Z""#))
    #expect(json.contains(#""movedOut" : null"#))
    #expect(json.contains(#""who" : null"#) && !json.contains("Anmelder"))
    #expect(json.contains(#""formatVersion" : 1"#))
  }
}
