import Foundation
import Testing
import TovholderCore
import TovholderResources

@testable import TovholderStorage

/// One way to load a catalogue: each file from the home's folder when there, else the
/// built-in one; the first broken file stops the load with its path and fault.
@Suite struct CatalogueLoaderTests {
  @Test func builtInCataloguesLoad() throws {
    let c = try CatalogueLoader.load(overridesIn: nil)
    #expect(c.incidents.categories.contains { $0.code == "fall" })
    #expect(c.health.templates.count >= 10)
    #expect(c.forceForms.all.map(\.form) == ForceForm.Kind.allCases)
    #expect(c.forceForms.replaced.isEmpty)
    #expect(!c.riskChecklist.items.isEmpty)
    #expect(c.informationKinds.kinds.map(\.code) == ["health", "plan", "dailyLife", "economy"])
    #expect(!c.plans.measures.isEmpty)
  }

  @Test func aHomesOwnFileReplacesTheBuiltInOne() throws {
    let folder = try TempFolder()
    let own =
      #"{"version": "eget", "categories": [{"code": "fald", "name": "Fald", "nameEnglish": "Fall", "isMedicine": false, "allowsBatchReport": true}]}"#
    try Data(own.utf8).write(to: folder.file("incidents-categories.json"))
    let c = try CatalogueLoader.load(overridesIn: folder.url.path)
    #expect(c.incidents.categories.map(\.code) == ["fald"])
    // A file that may not be replaced is ignored: the health templates stay built in.
    try Data("{}".utf8).write(to: folder.file("health-templates.json"))
    #expect(try CatalogueLoader.load(overridesIn: folder.url.path).health.templates.count >= 10)
  }

  @Test func aBrokenFileIsNamedWithItsFault() throws {
    let folder = try TempFolder()
    try Data("{ ikke json".utf8).write(to: folder.file("episodes-risk-checklist.json"))
    #expect(throws: CatalogueLoadError(file: folder.file("episodes-risk-checklist.json").path, fault: "unreadable")) {
      try CatalogueLoader.load(overridesIn: folder.url.path)
    }
    try FileManager.default.removeItem(at: folder.file("episodes-risk-checklist.json"))
    let dup =
      #"{"version": "x", "categories": [{"code": "a", "name": "A", "nameEnglish": "A", "isMedicine": false, "allowsBatchReport": false}, {"code": "a", "name": "B", "nameEnglish": "B", "isMedicine": false, "allowsBatchReport": false}]}"#
    try Data(dup.utf8).write(to: folder.file("incidents-categories.json"))
    #expect(
      throws: CatalogueLoadError(file: folder.file("incidents-categories.json").path, fault: #"duplicateCode("a")"#)
    ) {
      try CatalogueLoader.load(overridesIn: folder.url.path)
    }
  }

  @Test func aFormFileOfAnotherKindIsRefusedAndAReplacedFormIsKept() throws {
    let folder = try TempFolder()
    let skema2 = try #require(TovholderResources.catalogue("episodes-force-skema2.json"))
    try Data(skema2).write(to: folder.file("episodes-force-skema1.json"))
    #expect(throws: CatalogueLoadError.self) { try CatalogueLoader.load(overridesIn: folder.url.path) }
    // A newer version of skema 1: the shipped one stays at hand for older reports.
    var text = String(decoding: try #require(TovholderResources.catalogue("episodes-force-skema1.json")), as: UTF8.self)
    let shipped = try ForceForm.parse(Array(text.utf8))
    text = text.replacingOccurrences(of: "\"version\": \"\(shipped.version)\"", with: "\"version\": \"2027-01\"")
    try Data(text.utf8).write(to: folder.file("episodes-force-skema1.json"))
    let c = try CatalogueLoader.load(overridesIn: folder.url.path)
    #expect(c.forceForms.skema1.version == "2027-01")
    #expect(c.forceForms.form(.skema1, version: shipped.version) == shipped)
  }
}
