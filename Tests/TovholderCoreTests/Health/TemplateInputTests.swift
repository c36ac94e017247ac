import Foundation
import Testing
import TovholderCore

@Suite struct TemplateInputTests {
  func foot() -> TemplateInput {
    TemplateInput(
      name: "Fodpleje", interval: "3m",
      measures: [
        .init(name: "Vægt", kind: .number, unit: "kg", valid: "20–300", normal: "50-100,5"),
        .init(name: "Sår på fødderne", kind: .yesNo),
        .init(name: "Hvem", kind: .text),
      ], changeMeasure: 0, changePercent: "-5", changePeriod: "3m", flagYes: true)
  }

  @Test func typedInputBecomesATemplateThatFlagsLikeTheCatalogue() throws {
    let t = try foot().template(key: "egenFodpleje")
    try TemplateRules.validate(t)
    #expect(t.isCustom && t.interval == ScreeningInterval("3m"))
    #expect(t.fields.map(\.key) == ["m1", "m2", "m3"])
    #expect(t.fields[0].kind == .number(.init(unit: "kg", decimals: 1, valid: 20...300)))
    #expect(t.fields[0].normal == NormalRange(min: 50, max: 100.5))
    #expect(t.fields[2].isOptional)
    #expect(
      t.rules == [
        .change(field: "m1", percent: -5, period: ScreeningInterval("3m")!),
        .anyYes(fields: ["m2"], message: LocalizedName(da: "")),
      ])
    let flags = ScreeningRules.flags(
      ["m1": .number(70), "m2": .yesNo(true)], template: t, sex: nil, takenAt: at(2024, 6, 1),
      history: [(at(2024, 4, 1), ["m1": .number(80)])])
    #expect(flags.map(\.kind) == [.fall, .answer])
    let words = HealthFormat(language: "da") { ["health.flag.answer": "{0}: ja"][$0] ?? $0 }
    #expect(words.flag(flags[1], template: t) == "Sår på fødderne: ja")
  }

  @Test func editingGivesTheSameInputBackWithItsKeys() throws {
    let t = try foot().template(key: "egenFodpleje")
    let back = TemplateInput(template: t)
    #expect(back.name == "Fodpleje" && back.interval == "3m")
    #expect(back.measures.map(\.key) == ["m1", "m2", "m3"])
    #expect(back.measures[0].valid == "20,0–300,0" && back.measures[0].normal == "50,0–100,5")
    #expect(back.changeMeasure == 0 && back.changePercent == "-5" && back.changePeriod == "3m" && back.flagYes)
    #expect(try back.template(key: "egenFodpleje") == t)
  }

  @Test func badInputIsRefusedWithTheProblemAtItsField() {
    func problem(_ change: (inout TemplateInput) -> Void) -> TemplateInput.Problem? {
      var input = foot()
      change(&input)
      do {
        _ = try input.template(key: "k")
        return nil
      } catch { return error }
    }
    #expect(problem { $0.name = "  " } == .emptyName)
    #expect(problem { $0.interval = "0m" } == .invalidInterval)
    #expect(problem { $0.interval = "hver måned" } == .invalidInterval)
    #expect(problem { $0.measures = [] } == .noMeasures)
    #expect(problem { $0.measures[0].unit = "" } == .missingUnit(measure: 0))
    #expect(problem { $0.measures[0].valid = "300–20" } == .minAboveMax(measure: 0, normal: false))
    #expect(problem { $0.measures[0].valid = "20–" } == .missingValidRange(measure: 0))
    #expect(problem { $0.measures[0].valid = "tyve" } == .invalidRange(measure: 0, normal: false))
    #expect(problem { $0.measures[0].normal = "100–50" } == .minAboveMax(measure: 0, normal: true))
    #expect(problem { $0.measures[0].normal = "–400" } == .normalOutsideValid(measure: 0))
    #expect(problem { $0.measures[1].name = "vægt" } == .duplicateName(measure: 1))
    #expect(problem { $0.changeMeasure = 1 } == .changeNeedsNumber)
    #expect(problem { $0.changePercent = "0" } == .invalidPercent)
    #expect(problem { $0.changePeriod = "" } == .invalidPeriod)
    #expect(
      problem {
        $0.changeMeasure = nil; $0.changePercent = ""
      } == nil)
  }

  @Test func rangesAndKeysAsTyped() {
    #expect(RangeText.parse("18,5 - 25")! == (18.5, 25))
    #expect(RangeText.parse("–94")! == (nil, 94))
    #expect(RangeText.parse("60–")! == (60, nil))
    #expect(RangeText.parse("")! == (nil, nil))
    #expect(RangeText.parse("5") == nil)
    #expect(RangeText.parse("-") == nil)
    #expect(TemplateInput.key(forName: "Fod & sårpleje", taken: []) == "egenFodSaarpleje")
    #expect(TemplateInput.key(forName: "Fodpleje", taken: ["egenFodpleje"]) == "egenFodpleje2")
    #expect(TemplateRules.isValidKey(TemplateInput.key(forName: "Øre, næse, hals", taken: [])))
  }

  @Test func aRecordedFieldMayNotBeRemovedOrChangeKindOrUnit() throws {
    let t = try foot().template(key: "k")
    var renamed = t
    renamed.fields[0].name = LocalizedName(da: "Kropsvægt")
    renamed.fields[0].normal = nil
    #expect(TemplateRules.destructiveChange(from: t, to: renamed) == nil)
    var grams = t
    grams.fields[0].kind = .number(.init(unit: "g", decimals: 0, valid: 1...1000))
    #expect(TemplateRules.destructiveChange(from: t, to: grams) == "m1")
    var fewer = t
    fewer.fields.removeLast()
    #expect(TemplateRules.destructiveChange(from: t, to: fewer) == "m3")
  }
}
