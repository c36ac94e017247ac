import Foundation
import GRDB
import Testing
import TovholderCore

@testable import TovholderStorage

/// One-letter search (the first key typed) reads the index's one-letter prefixes (issue 19).
@Suite struct SearchPrefixTests {
  @Test func oneLetterFindsWordsStartingWithItNewestFirstAndKeepsDanishLettersApart() throws {
    let f = try Fixture()
    for text in ["Sov godt", "Ønskede te", "Rolig aften, ingen uro", "Ost og brød", "Spiste sent"] {
      f.clock.advance(60)
      _ = try f.db.notes.add(NewNote(residentID: f.residentA.id, text: text), by: f.staffA)
    }
    let s = try f.db.search.search("s", actor: f.staffA).flatMap(\.hits)
    #expect(s.map(\.excerpt.text) == ["Spiste sent", "Sov godt"])
    #expect(s.map(\.excerpt.markedWords) == [["Spiste", "sent"], ["Sov"]])
    #expect(try f.db.search.search("ø", actor: f.staffA).flatMap(\.hits).map(\.excerpt.text) == ["Ønskede te"])
    #expect(try f.db.search.search("o", actor: f.staffA).flatMap(\.hits).map(\.excerpt.text) == ["Ost og brød"])
  }

  @Test func aFileFromBeforeGetsTheIndexRebuiltWithWhatItHeld() throws {
    let folder = try TempFolder()
    let url = folder.file("older.sqlite")
    do {
      let pool = try DatabasePool(path: url.path)
      try Migrations.migrator.migrate(pool, upTo: "v3-audit-content-hash")
      try pool.write { db in
        try db.execute(
          sql: """
            INSERT INTO searchItem (kind, sourceId, residentId, unitId, at, body)
            VALUES ('note', 1, 1, 1, '2024-05-29 16:00:00.000', 'Sang sange i stuen')
            """)
      }
      #expect(
        try pool.read { try String.fetchOne($0, sql: "SELECT sql FROM sqlite_master WHERE name = 'searchFts'") }?
          .contains("prefix='2 3'") == true)
    }
    let db = try Fixture.open(url)
    let table = try db.read { try String.fetchOne($0, sql: "SELECT sql FROM sqlite_master WHERE name = 'searchFts'") }
    #expect(table?.contains("prefix='1 2 3'") == true)
    let found = try db.read {
      try Int.fetchOne($0, sql: "SELECT count(*) FROM searchFts WHERE searchFts MATCH '\"s\"*'")
    }
    #expect(found == 1, "the row written before the migration is in the rebuilt index")
  }
}
