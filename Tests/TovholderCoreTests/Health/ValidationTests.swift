import Foundation
import Testing
import TovholderCore

@Suite struct HealthValidationTests {
  let weight = HealthTestCatalogue.template("weight")
  let now = at(2024, 5, 1, 12)

  func check(_ v: [String: ScreeningValue], _ t: ScreeningTemplate? = nil, note: String = "", takenAt: Date? = nil)
    throws(HealthError)
  {
    try ScreeningRules.validate(v, note: note, template: t ?? weight, takenAt: takenAt ?? now, now: now)
  }

  @Test func sevenHundredKiloIsATypoAndRefused() {
    #expect(throws: HealthError.outOfValidRange(field: "weight", min: 20, max: 300)) {
      try check(["weight": .number(700)])
    }
    #expect(throws: HealthError.outOfValidRange(field: "height", min: 100, max: 230)) {
      try check(["weight": .number(70), "height": .number(17.8)])
    }
    #expect(throws: HealthError.outOfValidRange(field: "weight", min: 20, max: 300)) {
      try check(["weight": .number(.nan)])
    }
  }

  @Test func missingWrongAndUnknownFields() {
    #expect(throws: HealthError.missingValue(field: "weight")) { try check(["height": .number(170)]) }
    #expect(throws: HealthError.wrongKind(field: "weight")) { try check(["weight": .yesNo(true)]) }
    #expect(throws: HealthError.unknownField("pulse")) { try check(["weight": .number(70), "pulse": .number(60)]) }
    #expect(throws: HealthError.noteTooLong(max: 2_000)) {
      try check(["weight": .number(70)], note: String(repeating: "x", count: 2_001))
    }
    #expect(throws: HealthError.takenInFuture) { try check(["weight": .number(70)], takenAt: now + 3_600) }
    #expect(throws: Never.self) { try check(["weight": .number(70)], takenAt: now + 60) }
    let dentist = HealthTestCatalogue.template("dentist")
    #expect(throws: HealthError.textTooLong(field: "place", max: 200)) {
      try check(["followUp": .yesNo(false), "place": .text(String(repeating: "æ", count: 201))], dentist)
    }
  }

  @Test func danishNumbersAreParsed() {
    #expect(HealthEntry.number("74,5") == 74.5)
    #expect(HealthEntry.number(" 74.5 ") == 74.5)
    #expect(HealthEntry.number("") == nil)
    #expect(HealthEntry.number("7,4,5") == nil)
    #expect(HealthEntry.number("1.000,5") == nil)
    #expect(HealthEntry.number("abc") == nil)
    #expect(HealthEntry.format(74.456, decimals: 1) == "74,5")
    #expect(HealthEntry.format(74.456, decimals: 1, language: "en") == "74.5")
  }
}
