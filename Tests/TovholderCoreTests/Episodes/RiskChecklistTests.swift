import Foundation
import Testing
import TovholderCore

@Suite struct EpisodesRiskChecklistTests {
  @Test func neutralExampleBandsZeroLowOneTwoModerateThreeHigh() throws {
    let list = try RiskChecklist.parse(EpisodesCatalogueFiles.bytes("episodes-risk-checklist.json"))
    #expect(list.items.count == 6 && list.maxScore == 6)
    #expect(list.band(for: 0).level == .low)
    #expect(list.band(for: 1).level == .moderate && list.band(for: 2).level == .moderate)
    #expect(list.band(for: 3).level == .high && list.band(for: 6).level == .high)
    var answers = Dictionary(uniqueKeysWithValues: list.items.map { ($0.id, 0) })
    answers["irritabel"] = 1
    answers["verbale_trusler"] = 1
    #expect(try list.score(answers) == 2)
    answers["irritabel"] = 2
    #expect(throws: RiskChecklistError.outOfScale("irritabel")) { try list.score(answers) }
    answers.removeValue(forKey: "irritabel")
    #expect(throws: RiskChecklistError.unanswered("irritabel")) { try list.score(answers) }
  }

  @Test func aHomesOwnChecklistWithAScale() throws {
    let json = """
      {"id":"eget","title":"Eget","version":"3","note":"","items":[{"id":"uro","label":"Uro","max":3},
       {"id":"trusler","label":"Trusler"}],
       "bands":[{"from":0,"level":"low","label":"Lav"},{"from":2,"level":"moderate","label":"Mellem"},
                {"from":4,"level":"high","label":"Høj"}]}
      """
    let list = try RiskChecklist.parse(Array(json.utf8))
    #expect(try list.score(["uro": 3, "trusler": 1]) == 4)
    #expect(list.band(for: 4).label == "Høj" && list.band(for: 3).label == "Mellem")
  }

  @Test func badChecklistsAreRefused() {
    let base = """
      {"id":"x","title":"x","version":"1","note":"","items":[ITEMS],"bands":[BANDS]}
      """
    func make(_ items: String, _ bands: String) -> [UInt8] {
      Array(base.replacingOccurrences(of: "ITEMS", with: items).replacingOccurrences(of: "BANDS", with: bands).utf8)
    }
    let band0 = #"{"from":0,"level":"low","label":"L"}"#
    #expect(throws: RiskChecklistError.noItems) { try RiskChecklist.parse(make("", band0)) }
    #expect(throws: RiskChecklistError.duplicateItem) {
      try RiskChecklist.parse(make(#"{"id":"a","label":"A"},{"id":"a","label":"B"}"#, band0))
    }
    #expect(throws: RiskChecklistError.badBands) {
      try RiskChecklist.parse(make(#"{"id":"a","label":"A"}"#, #"{"from":1,"level":"low","label":"L"}"#))
    }
    #expect(throws: RiskChecklistError.badScale) {
      try RiskChecklist.parse(make(#"{"id":"a","label":"A","max":0}"#, band0))
    }
    #expect(throws: RiskChecklistError.unreadable) { try RiskChecklist.parse(Array("[]".utf8)) }
  }
}
