import Foundation
import GRDB
import Testing
import TovholderCore

@testable import TovholderStorage

@Suite struct ResidentTests {
  @Test func listIsScopedToTheActorsUnits() throws {
    let f = try Fixture()
    #expect(try f.db.residents.list(for: f.staffA).map(\.id) == [f.residentA.id])
    #expect(try f.db.residents.list(for: f.staffB).map(\.id) == [f.residentB.id])
    #expect(try Set(f.db.residents.list(for: f.leader).map(\.id)) == [f.residentA.id, f.residentB.id])
    #expect(try f.db.residents.list(for: f.admin).isEmpty)
  }

  @Test func theListIsInDanishOrderAndSQLSortsTheSame() throws {
    let f = try Fixture()
    for (i, name) in ["Åse Holm", "Kåre Lund", "Ørjan Berg", "Karen Dahl", "Æbelø Ravn"].enumerated() {
      _ = try f.db.residents.create(
        NewResident(
          unitID: f.unitA.id, name: name, cpr: try CPRNumber("01018\(i)-1111"),
          movedIn: CalendarDay(year: 2023, month: 1, day: 1)!), by: f.leader)
    }
    let expected = ["Bjørn Ågård", "Karen Dahl", "Æbelø Ravn", "Ørjan Berg", "Kåre Lund", "Åse Holm"].sorted(
      by: DanishCollation.areInIncreasingOrder)
    #expect(expected == ["Bjørn Ågård", "Karen Dahl", "Kåre Lund", "Æbelø Ravn", "Ørjan Berg", "Åse Holm"])
    #expect(try f.db.residents.list(for: f.staffA).map(\.name) == expected)
    let sql = try f.db.pool.read {
      try String.fetchAll(
        $0, sql: "SELECT name FROM resident WHERE unitId = ? ORDER BY name COLLATE danish", arguments: [f.unitA.id])
    }
    #expect(sql == expected)
  }

  @Test func formerResidentsAreFindableButNotInTheDailyList() throws {
    let f = try Fixture()
    var r = f.residentA!
    r.movedOut = CalendarDay(year: 2024, month: 5, day: 1)
    #expect(throws: StorageError.accessDenied) { try f.db.residents.update(r, by: f.staffA) }
    r = try f.db.residents.update(r, by: f.leader)
    #expect(try f.db.residents.list(for: f.staffA).isEmpty)
    #expect(try f.db.residents.list(for: f.staffA, which: .former).map(\.id) == [r.id])
    #expect(try f.db.residents.fetch(id: r.id, actor: f.staffA) == r)
    #expect(try f.db.search.search("bjørn", actor: f.staffA).first?.isFormer == true)
  }

  @Test func fetchByShortNumberOrCPR() throws {
    let f = try Fixture()
    #expect(try f.db.residents.fetch(cpr: CPRNumber("0101901234"), actor: f.staffA) == f.residentA)
    #expect(try f.db.residents.fetch(id: f.residentA.id, actor: f.staffA) == f.residentA)
    #expect(throws: StorageError.residentNotAvailable) { try f.db.residents.fetch(id: f.residentA.id, actor: f.staffB) }
    #expect(throws: StorageError.residentNotAvailable) { try f.db.residents.fetch(id: 999, actor: f.staffA) }
    #expect(throws: StorageError.duplicateCPR) {
      try f.db.residents.create(
        NewResident(
          unitID: f.unitA.id, name: "Dobbelt", cpr: try CPRNumber("010190-1234"),
          movedIn: CalendarDay(year: 2024, month: 1, day: 1)!), by: f.leader)
    }
    #expect(throws: StorageError.accessDenied) {
      try f.db.residents.create(
        NewResident(
          unitID: f.unitA.id, name: "Ny", cpr: try CPRNumber("030303-0303"),
          movedIn: CalendarDay(year: 2024, month: 1, day: 1)!), by: f.staffA)
    }
  }

  @Test func openingTheRecordAndRevealingCPRAreAudited() throws {
    let f = try Fixture()
    _ = try f.db.notes.add(NewNote(residentID: f.residentA.id, text: "Spiste godt"), by: f.staffA)
    let record = try f.db.residents.openRecord(id: f.residentA.id, actor: f.staffA)
    #expect(record.unitName == "Hus A")
    #expect(record.recentNotes.map(\.text) == ["Spiste godt"])
    #expect(try f.db.residents.revealCPR(residentID: f.residentA.id, actor: f.staffA).formatted == "010190-1234")
    #expect(throws: StorageError.residentNotAvailable) {
      try f.db.residents.openRecord(id: f.residentA.id, actor: f.staffB)
    }
    let log = try f.db.audit.accessLog(residentID: f.residentA.id, actor: f.leader)
    // Bo's refused attempt is in the log too: who asked for whom.
    #expect(log.prefix(4).map(\.action) == [.accessRefused, .revealCPR, .openRecord, .createNote])
    #expect(log.first?.actorName == "Bo Østergård")
    #expect(log.dropFirst().first?.actorName == "Anna Ærø")
    #expect(throws: StorageError.accessDenied) { try f.db.audit.accessLog(residentID: f.residentA.id, actor: f.staffA) }
  }
}

@Suite struct NoteTests {
  @Test func addListUpdate() throws {
    let f = try Fixture()
    let first = try f.db.notes.add(
      NewNote(residentID: f.residentA.id, kind: .health, text: "Blodtryk målt"), by: f.staffA)
    f.clock.advance(60)
    let second = try f.db.notes.add(NewNote(residentID: f.residentA.id, text: "Gåtur i skoven"), by: f.staffA)
    #expect(try f.db.notes.list(residentID: f.residentA.id, actor: f.staffA).map(\.id) == [second.id, first.id])
    #expect(try f.db.notes.list(residentID: f.residentA.id, actor: f.staffA, before: second).map(\.id) == [first.id])
    var edit = first
    edit.text = "Blodtryk målt: 120/80"
    let saved = try f.db.notes.update(edit, by: f.staffA)
    #expect(saved.version == 2 && saved.text == edit.text && saved.kind == .health)
    #expect(throws: StorageError.residentNotAvailable) { try f.db.notes.update(saved, by: f.staffB) }
    #expect(throws: StorageError.invalidNote(.emptyText)) {
      try f.db.notes.add(NewNote(residentID: f.residentA.id, text: "  \n"), by: f.staffA)
    }
  }

  @Test func handoverListSinceThePreviousShift() throws {
    let f = try Fixture()
    var c = Calendar(identifier: .gregorian)
    c.timeZone = .danish
    f.clock.now = c.date(from: DateComponents(year: 2024, month: 6, day: 3, hour: 14))!  // day shift of the 3rd
    _ = try f.db.notes.add(NewNote(residentID: f.residentA.id, text: "Gammel", isHandover: true), by: f.staffA)
    f.clock.now = c.date(from: DateComponents(year: 2024, month: 6, day: 3, hour: 16))!  // evening
    let evening = try f.db.notes.add(
      NewNote(residentID: f.residentA.id, text: "Sov dårligt", isHandover: true), by: f.staffA)
    _ = try f.db.notes.add(NewNote(residentID: f.residentA.id, text: "Ikke til overlevering"), by: f.staffA)
    f.clock.now = c.date(from: DateComponents(year: 2024, month: 6, day: 4, hour: 2, minute: 40))!  // night
    let night = try f.db.notes.add(
      NewNote(residentID: f.residentA.id, text: "Episode kl. 02.40", isHandover: true), by: f.staffA)
    _ = try f.db.notes.add(NewNote(residentID: f.residentB.id, text: "Andet hus", isHandover: true), by: f.staffB)
    f.clock.now = c.date(from: DateComponents(year: 2024, month: 6, day: 4, hour: 7, minute: 5))!  // 07:05
    let list = try f.db.notes.handover(unitID: f.unitA.id, actor: f.staffA)
    #expect(list.entries.map(\.note.id) == [night.id])
    #expect(list.entries.first?.residentName == "Bjørn Ågård")
    f.clock.now = c.date(from: DateComponents(year: 2024, month: 6, day: 4, hour: 2, minute: 50))!
    #expect(
      try f.db.notes.handover(unitID: f.unitA.id, actor: f.staffA).entries.map(\.note.id) == [night.id, evening.id])
    #expect(throws: StorageError.accessDenied) { try f.db.notes.handover(unitID: f.unitA.id, actor: f.staffB) }
  }

  @Test func versionConflictBetweenTwoPools() throws {
    let f = try Fixture()
    let other = try f.reopen()  // another terminal on the same file
    let note = try f.db.notes.add(NewNote(residentID: f.residentA.id, text: "Første udgave"), by: f.staffA)
    var mine = note
    var theirs = try #require(try other.notes.list(residentID: f.residentA.id, actor: f.leader).first)
    f.clock.advance(30)
    theirs.text = "Lederens rettelse"
    _ = try other.notes.update(theirs, by: f.leader)
    mine.text = "Min rettelse med æøå"
    #expect(throws: StorageError.versionConflict(changedBy: "Lise Leder", at: f.clock.now)) {
      try f.db.notes.update(mine, by: f.staffA)
    }
    let stored = try #require(try f.db.notes.list(residentID: f.residentA.id, actor: f.staffA).first)
    #expect(stored.text == "Lederens rettelse" && stored.version == 2)
    // Same for residents.
    var r1 = f.residentA!
    var r2 = try other.residents.fetch(id: r1.id, actor: f.leader)
    r2.contactPersonID = f.staffA.accountID
    _ = try other.residents.update(r2, by: f.leader)
    r1.name = "Bjørn Å. Ågård"
    #expect(throws: StorageError.versionConflict(changedBy: "Lise Leder", at: f.clock.now)) {
      try f.db.residents.update(r1, by: f.staffA)
    }
    #expect(try f.db.residents.fetch(id: r1.id, actor: f.staffA).name == "Bjørn Ågård")
  }
}
