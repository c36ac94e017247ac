import Foundation
import Testing
import TovholderCore

@Suite struct PlanCatalogTests {
  @Test func shippedCataloguesHoldTheVUMThemesGoalTypesAndScales() {
    let c = PlanSamples.catalog
    #expect(c.themes.count == 11)
    #expect(c.theme("egenomsorg")?.label.da == "Egenomsorg")
    #expect(c.theme("samfundsliv")?.label.en == "Community life")
    #expect(c.goalTypes.map(\.label.da) == ["Udvikle", "Fastholde", "Begrænse tab"])
    #expect(c.levels.map(\.label.da) == ["Ingen", "Let", "Moderat", "Svær", "Fuldstændig", "Ikke vurderet"])
    #expect(c.notAssessed?.id == "ikke-vurderet")
    #expect(c.measures.map(\.measure) == [.scale(min: 0, max: 4), .scale(min: 0, max: 10), .count, .yesNo])
    #expect(c.followUpScore == 0...4)
    #expect(c.followUpsPerYear == 2...4)
    #expect(c.defaultFollowUpsPerYear == 2)
  }

  @Test func aBrokenCatalogueIsRefusedWithTheFileNamed() {
    let good = PlanSamples.file("plans-scales.json")
    #expect(throws: PlanCatalogError.invalid(file: "plans-themes.json", detail: "not the expected JSON")) {
      try PlanCatalog.parse(
        themes: Data("{\"tema\": []}".utf8), goalTypes: PlanSamples.file("plans-goal-types.json"), scales: good)
    }
    let dup = Data(#"{"themes": [{"id": "a", "da": "A", "en": "A"}, {"id": "a", "da": "B", "en": "B"}]}"#.utf8)
    #expect(throws: PlanCatalogError.invalid(file: "plans-themes.json", detail: "duplicate id")) {
      try PlanCatalog.parse(themes: dup, goalTypes: PlanSamples.file("plans-goal-types.json"), scales: good)
    }
    let badScale = String(decoding: good, as: UTF8.self).replacingOccurrences(
      of: "\"max\": 4, \"da\": \"Skala", with: "\"max\": 0, \"da\": \"Skala")
    #expect(throws: PlanCatalogError.invalid(file: "plans-scales.json", detail: "measure skala-0-4")) {
      try PlanCatalog.parse(
        themes: PlanSamples.file("plans-themes.json"), goalTypes: PlanSamples.file("plans-goal-types.json"),
        scales: Data(badScale.utf8))
    }
  }

  @Test func goalFieldsMustNameEntriesOfTheCatalogueInUse() {
    var f = PlanSamples.goal(1, "Mål").fields
    #expect(throws: Never.self) { try f.validate(catalog: PlanSamples.catalog) }
    f.themeID = "astrologi"
    #expect(throws: PlanValidationError.unknownCatalogEntry("astrologi")) {
      try f.validate(catalog: PlanSamples.catalog)
    }
    f.themeID = "egenomsorg"
    f.supportNeedID = "meget"
    #expect(throws: PlanValidationError.unknownCatalogEntry("meget")) { try f.validate(catalog: PlanSamples.catalog) }
    // Without a catalogue only the text is checked.
    #expect(throws: Never.self) { try f.validate() }
    f.title = "  "
    #expect(throws: PlanValidationError.emptyGoalTitle) { try f.validate() }
  }

  @Test func measuresKnowTheirRangesAndStoredForms() {
    #expect(Measure(kind: "scale", min: 0, max: 10) == .scale(min: 0, max: 10))
    #expect(Measure(kind: "scale", min: 4, max: 4) == nil)
    #expect(Measure(kind: "scale", min: nil, max: 4) == nil)
    #expect(Measure(kind: "thermometer", min: nil, max: nil) == nil)
    #expect(Measure.yesNo.range == 0...1)
    #expect(Measure.count.contains(250))
    #expect(!Measure.count.contains(-1))
    #expect(Measure.count.chartMaximum(values: [2, 7], target: 9) == 9)
    #expect(Frequency(stored: "3/week") == Frequency(times: 3, per: .week))
    #expect(Frequency(stored: Frequency.asNeeded.stored) == .asNeeded)
    #expect(Frequency(stored: "3/fortnight") == nil)
    #expect(ResponsibleParty(kind: "outside", accountID: nil, name: "Egen læge") == .outside("Egen læge"))
    #expect(ResponsibleParty(kind: "staff", accountID: nil, name: nil) == nil)
  }
}
