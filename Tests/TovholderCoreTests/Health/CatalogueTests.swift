import Foundation
import Testing
import TovholderCore

@Suite struct HealthCatalogueTests {
  @Test func shippedCatalogueHasEveryTemplateOfTheIssue() {
    let keys = HealthTestCatalogue.catalogue.templates.map(\.key)
    for key in [
      "weight", "bloodPressure", "bloodSugar", "waist", "nrs2002", "dentist", "sight", "hearing", "medicationReview",
      "healthCheck",
    ] {
      #expect(keys.contains(key), "\(key)")
    }
    #expect(HealthTestCatalogue.template("healthCheck").interval == ScreeningInterval("2y"))
    #expect(HealthTestCatalogue.template("medicationReview").interval == ScreeningInterval("6m"))
    #expect(HealthTestCatalogue.template("nrs2002").fields.count == 4)
    for t in HealthTestCatalogue.catalogue.templates {
      #expect(t.name.en != nil, "\(t.key) has an English name")
    }
  }

  @Test func badCataloguesAreRefusedWithAReason() {
    func parse(_ json: String) -> HealthError? {
      do {
        _ = try HealthCatalogue.parse(Array(json.utf8))
        return nil
      } catch { return error }
    }
    #expect(parse("not json") != nil)
    let field = #"{"key":"w","name":{"da":"V"},"type":"number","unit":"kg","valid":[300,20]}"#
    #expect(
      parse(#"{"version":1,"templates":[{"key":"a","name":{"da":"A"},"interval":"1m","fields":[\#(field)]}]}"#) != nil)
    let ok = #"{"key":"w","name":{"da":"V"},"type":"number","unit":"kg","valid":[20,300]}"#
    #expect(
      parse(#"{"version":1,"templates":[{"key":"a","name":{"da":"A"},"interval":"1m","fields":[\#(ok)]}]}"#) == nil)
    #expect(
      parse(#"{"version":1,"templates":[{"key":"a","name":{"da":"A"},"interval":"0m","fields":[\#(ok)]}]}"#) != nil)
    let twice = #"{"key":"a","name":{"da":"A"},"interval":"1m","fields":[\#(ok)]}"#
    #expect(parse(#"{"version":1,"templates":[\#(twice),\#(twice)]}"#) != nil)
    let badRule =
      #"{"key":"a","name":{"da":"A"},"interval":"1m","fields":[\#(ok)],"rules":[{"type":"anyYes","fields":["w"],"message":{"da":"x"}}]}"#
    #expect(parse(#"{"version":1,"templates":[\#(badRule)]}"#) != nil)
  }

  @Test func homeTemplatesAreCheckedAndReplaceCatalogueOnes() throws {
    let field = ScreeningField(
      key: "steps", name: LocalizedName(da: "Skridt"),
      kind: .number(.init(unit: "skridt", decimals: 0, valid: 0...100_000)), normal: NormalRange(min: 3_000))
    let custom = ScreeningTemplate(
      key: "walk", name: LocalizedName(da: "Gåtur"), interval: ScreeningInterval("1w")!, fields: [field], isCustom: true
    )
    try TemplateRules.validate(custom)
    var bad = custom
    bad.key = "gå tur"
    #expect(throws: TemplateProblem.invalidKey) { try TemplateRules.validate(bad) }
    bad = custom
    bad.fields[0].normal = NormalRange(min: 200_000)
    #expect(throws: TemplateProblem.normalOutsideValid("steps")) { try TemplateRules.validate(bad) }
    bad = custom
    bad.name = LocalizedName(da: "  ")
    #expect(throws: TemplateProblem.emptyName) { try TemplateRules.validate(bad) }
    var weight = HealthTestCatalogue.template("weight")
    weight.interval = ScreeningInterval("2w")!
    let merged = HealthTestCatalogue.catalogue.merged(with: [custom, weight])
    #expect(merged.template("weight")?.interval == ScreeningInterval("2w"))
    #expect(merged.template("walk") != nil)
    #expect(merged.templates.count == HealthTestCatalogue.catalogue.templates.count + 1)
  }

  @Test func templatesRoundTripThroughJSON() throws {
    for t in HealthTestCatalogue.catalogue.templates {
      let data = try JSONEncoder().encode(t)
      #expect(try JSONDecoder().decode(ScreeningTemplate.self, from: data) == t)
    }
  }
}
