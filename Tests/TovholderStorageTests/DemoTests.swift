import Foundation
import GRDB
import Testing
import TovholderCore

@testable import TovholderStorage

@Suite struct DemoTests {
  /// The demo's Danish genitive: "Anders' bror", "Karens mor".
  @Test func namesTakeTheDanishGenitive() {
    #expect(DemoText.named("Besøg af {n}s bror.", "Anders") == "Besøg af Anders' bror.")
    #expect(DemoText.named("{n}s mor ringede.", "Karen") == "Karens mor ringede.")
    #expect(DemoText.named("{n} sov godt.", "Anders") == "Anders sov godt.")
  }

  @Test func standardDemoHome() throws {
    let f = try Fixture(seed: false)
    let summary = try DemoHome.create(in: f.db)
    #expect(summary.units == 3 && summary.residents == 30)
    #expect(summary.notes > 2_500)
    for user in DemoHome.usernames {
      _ = try f.db.accounts.signIn(username: user, password: DemoHome.password)
    }
    let personale = try f.db.accounts.signIn(username: "personale", password: "demo1234")
    #expect(personale.unitIDs.count == 2)
    let leder = try f.db.accounts.signIn(username: "leder", password: "demo1234")
    let current = try f.db.residents.list(for: leder)
    #expect(current.count == 27)
    #expect(try f.db.residents.list(for: leder, which: .former).count == 3)
    #expect(current.contains { $0.name.contains(where: { "æøåÆØÅ".contains($0) }) })
    #expect(try !f.db.search.search("køkkenet", actor: personale).isEmpty)
    #expect(try f.db.audit.verify().isIntact)
    #expect(throws: StorageError.databaseNotEmpty) { try DemoHome.create(in: f.db) }
  }

  @Test func standardDemoResidentsMovedInOverYearsAndNotesCoverAFewMonths() throws {
    let f = try Fixture(seed: false)
    try DemoHome.create(in: f.db)
    let leder = try f.db.accounts.signIn(username: "leder", password: "demo1234")
    let today = CalendarDay(f.clock.now, in: .danish)
    let yearAgo = today.adding(days: -365)
    let all = try f.db.residents.list(for: leder, which: .all)
    let current = all.filter { $0.movedOut == nil }
    let overAYear = current.filter { $0.movedIn < yearAgo }
    #expect(overAYear.count * 4 >= current.count * 3)
    #expect(current.contains { $0.movedIn > today.adding(days: -90) })
    #expect(Set(current.map { $0.movedIn.year }).count >= 4)
    for former in all where former.movedOut != nil {
      #expect(former.movedIn < yearAgo && former.movedOut! > today.adding(days: -90))
    }
    let oldestNote = try f.db.pool.read { try Date.fetchOne($0, sql: "SELECT min(writtenAt) FROM note")! }
    #expect(oldestNote > f.clock.now.addingTimeInterval(-91 * 86_400))
  }

  @Test func largeDemoInMiniature() throws {
    let f = try Fixture(seed: false)
    let calls = Counter()
    let size = DemoHome.Size(days: 400, currentResidents: 6, formerResidents: 10, notes: 12_000)
    let summary = try DemoHome.create(in: f.db, size: size) { done, total in
      calls.add()
      #expect(done <= total)
    }
    #expect(summary.residents == 16)
    #expect(summary.notes > 11_000 && summary.notes <= 12_000)
    #expect(calls.value >= 2)
    let leder = try f.db.accounts.signIn(username: "leder", password: "demo1234")
    // Row ids run oldest to newest, so search results are newest first.
    let hits = try f.db.search.search("medicin", actor: leder, limit: 30).flatMap(\.hits).map(\.at)
    #expect(!hits.isEmpty)
    #expect(try f.db.audit.verify().isIntact)
    let ordered = try f.db.pool.read { db in
      try Bool.fetchOne(
        db,
        sql: "SELECT NOT EXISTS (SELECT 1 FROM note a JOIN note b ON b.id = a.id + 1 WHERE b.writtenAt < a.writtenAt)")
    }
    #expect(ordered == true)
  }

  @Test func refusesDatabaseWithData() throws {
    let f = try Fixture()
    #expect(throws: StorageError.databaseNotEmpty) { try DemoHome.create(in: f.db) }
  }
}

final class Counter: @unchecked Sendable {
  private let lock = NSLock()
  private var n = 0
  func add() { lock.withLock { n += 1 } }
  var value: Int { lock.withLock { n } }
}
