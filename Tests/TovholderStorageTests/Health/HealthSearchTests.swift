import Foundation
import GRDB
import Testing
import TovholderCore

@testable import TovholderStorage

@Suite struct HealthSearchTests {
  func hits(_ f: Fixture, _ text: String, _ actor: Actor) throws -> [SearchHit] {
    try f.db.search.search(text, actor: actor).flatMap(\.hits).filter { $0.kind == .screening }
  }

  @Test func recordedScreeningsAreFoundByTemplateValuesAndNoteAndCorrectionsReindex() throws {
    let f = try Fixture()
    let s = try f.db.health.record(
      NewScreening(
        residentID: f.residentA.id, templateKey: "weight", values: ["weight": .number(72.5), "height": .number(180)],
        note: "Vejet efter morgenmad"), by: f.staffA)
    #expect(try hits(f, "morgenmad", f.staffA).map(\.sourceID) == [s.id])
    #expect(try hits(f, "72,5", f.staffA).map(\.sourceID) == [s.id])
    #expect(try hits(f, "vægt bmi", f.staffA).map(\.sourceID) == [s.id])
    // Staff of another unit do not find it.
    #expect(try hits(f, "morgenmad", f.staffB).isEmpty)
    var corrected = s
    corrected.note = "Vejet før aftensmad"
    try f.db.health.correct(corrected, by: f.staffA)
    #expect(try hits(f, "morgenmad", f.staffA).isEmpty)
    #expect(try hits(f, "aftensmad", f.staffA).map(\.sourceID) == [s.id])
    let nrs = try f.db.health.record(
      NewScreening(
        residentID: f.residentA.id, templateKey: "nrs2002",
        values: [
          "lowBMI": .yesNo(false), "weightLoss": .yesNo(true), "reducedIntake": .yesNo(false),
          "severelyIll": .yesNo(false),
        ]), by: f.staffA)
    #expect(try hits(f, "ernæringsrisiko", f.staffA).map(\.sourceID) == [nrs.id])
  }

  @Test func demoScreeningsAreIndexedAndTheMigrationIndexesOldOnes() throws {
    let f = try Fixture(seed: false)
    try DemoHome.create(in: f.db)
    func counts() throws -> (Int, Int) {
      try f.db.pool.read { db in
        (
          try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM screening")!,
          try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM searchItem WHERE kind = 'screening'")!
        )
      }
    }
    let (screenings, indexed) = try counts()
    #expect(screenings > 0 && indexed == screenings)
    // A file from before screenings were searchable: no search rows, the step not applied.
    try f.db.pool.write { db in
      try db.execute(sql: "DELETE FROM searchItem WHERE kind = 'screening'")
      try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v2-health-search'")
    }
    #expect(try counts() == (screenings, 0))
    let reopened = try f.reopen()
    #expect(try counts() == (screenings, screenings))
    let leder = try reopened.accounts.signIn(username: "leder", password: DemoHome.password)
    #expect(try !reopened.search.search("blodtryk", actor: leder).isEmpty)
    // Opening again does not index twice.
    _ = try f.reopen()
    #expect(try counts() == (screenings, screenings))
  }
}
