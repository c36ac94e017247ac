import Foundation
import GRDB
import Testing
import TovholderCore

@testable import TovholderStorage

@Suite struct SearchTests {
  func fixture() throws -> Fixture {
    let f = try Fixture()
    for text in [
      "Bjørn var glad i køkkenet", "Gik en tur til søen med Bjørn", "Bjorn uden streg",
      "Hjemmebesøg af søster", "Ålborg tur aflyst", "Lægen kom kl. 10",
    ] {
      f.clock.advance(60)
      _ = try f.db.notes.add(NewNote(residentID: f.residentA.id, text: text), by: f.staffA)
    }
    f.clock.advance(60)
    _ = try f.db.notes.add(NewNote(residentID: f.residentB.id, text: "Køkkenet i hus B er malet"), by: f.staffB)
    return f
  }

  func texts(_ groups: [SearchGroup]) -> [String] { groups.flatMap(\.hits).map(\.excerpt.text) }

  @Test func danishLettersStayDistinct() throws {
    let f = try fixture()
    let hits = texts(try f.db.search.search("bjørn", actor: f.staffA))
    #expect(hits == ["Gik en tur til søen med Bjørn", "Bjørn var glad i køkkenet", "Bjørn Ågård"])
    #expect(texts(try f.db.search.search("bjorn", actor: f.staffA)) == ["Bjorn uden streg"])
    #expect(texts(try f.db.search.search("ålb", actor: f.staffA)) == ["Ålborg tur aflyst"])
    #expect(texts(try f.db.search.search("aal", actor: f.staffA)).isEmpty)
  }

  @Test func prefixAndSeveralWords() throws {
    let f = try fixture()
    #expect(texts(try f.db.search.search("hjemmeb", actor: f.staffA)) == ["Hjemmebesøg af søster"])
    #expect(texts(try f.db.search.search("bjø KØK", actor: f.staffA)) == ["Bjørn var glad i køkkenet"])
    #expect(
      texts(try f.db.search.search("tur", actor: f.staffA)) == ["Ålborg tur aflyst", "Gik en tur til søen med Bjørn"])
    #expect(try f.db.search.search("  \"*( ", actor: f.staffA).isEmpty)
    #expect(try f.db.search.search("tur NOT", actor: f.staffA).isEmpty)  // NOT is a word, not syntax
  }

  @Test func matchesAreMarked() throws {
    let f = try fixture()
    let hit = try #require(try f.db.search.search("bjø køk", actor: f.staffA).first?.hits.first)
    #expect(hit.kind == .note)
    #expect(hit.excerpt.markedWords == ["Bjørn", "køkkenet"])
  }

  @Test func groupedByResidentNewestFirst() throws {
    let f = try fixture()
    let groups = try f.db.search.search("køkkenet", actor: f.leader)
    #expect(groups.map(\.residentID) == [f.residentB.id, f.residentA.id])
    #expect(groups.map(\.residentName) == ["Birgit Bøgh", "Bjørn Ågård"])
  }

  @Test func hitsAreShownByDateEvenWhenInsertedOutOfOrder() throws {
    let f = try fixture()
    f.clock.advance(-86_400)
    _ = try f.db.notes.add(NewNote(residentID: f.residentA.id, text: "Køkkenet ryddet i går"), by: f.staffA)
    #expect(
      texts(try f.db.search.search("køkkenet", actor: f.staffA))
        == ["Bjørn var glad i køkkenet", "Køkkenet ryddet i går"])
  }

  @Test func scopedToWhatTheActorMaySee() throws {
    let f = try fixture()
    #expect(try f.db.search.search("køkkenet", actor: f.staffA).map(\.residentID) == [f.residentA.id])
    #expect(try f.db.search.search("malet", actor: f.staffA).isEmpty)
    #expect(try f.db.search.search("malet", actor: f.staffB).map(\.residentID) == [f.residentB.id])
    #expect(try f.db.search.search("køkkenet", actor: f.admin).isEmpty)
  }

  @Test func editedNoteIsSearchedByItsNewText() throws {
    let f = try fixture()
    var note = try #require(try f.db.notes.list(residentID: f.residentA.id, actor: f.staffA).last)
    note.text = "Rettet til æblekage"
    _ = try f.db.notes.update(note, by: f.staffA)
    #expect(texts(try f.db.search.search("æble", actor: f.staffA)) == ["Rettet til æblekage"])
    #expect(try f.db.search.search("glad", actor: f.staffA).isEmpty)
  }

  @Test func queryNeverScoresEveryHit() throws {
    let f = try fixture()
    let plan = try f.db.pool.read { db in
      try Row.fetchAll(
        db,
        sql: """
          EXPLAIN QUERY PLAN SELECT searchItem.id FROM searchFts JOIN searchItem ON searchItem.id = searchFts.rowid
          WHERE searchFts MATCH '"tur"*' AND searchItem.unitId IN (1) ORDER BY searchFts.rowid DESC LIMIT 50
          """
      ).map { $0["detail"] as String }
    }
    #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "plan: \(plan)")
  }

  @Test func queryWords() {
    #expect(SearchQuery.words("Bjørn, KØKKEN-bord! bjørn") == ["bjørn", "køkken", "bord"])
    #expect(SearchQuery.ftsMatch("a\"b") == "\"a\"* AND \"b\"*")
    #expect(SearchQuery.ftsMatch(" ,.") == nil)
  }
}
