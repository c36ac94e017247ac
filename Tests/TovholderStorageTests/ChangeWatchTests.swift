import Foundation
import GRDB
import Testing
import TovholderCore

@testable import TovholderStorage

/// Other terminals' saves, noticed by `PRAGMA data_version` and the audit log (issue 19).
@Suite struct ChangeWatchTests {
  @Test func anotherTerminalsSaveIsNoticedOnceAndReadsAndDraftsAreNot() throws {
    let f = try Fixture()
    let other = try f.reopen()
    let watch = f.db.changeWatch()
    #expect(!watch.poll(), "the first look only takes its bearings")
    #expect(!watch.poll())

    _ = try other.notes.add(NewNote(residentID: f.residentA.id, text: "Bjørn fik rødgrød"), by: f.staffA)
    #expect(watch.poll(), "a note saved at another terminal")
    #expect(!watch.poll(), "the same save is told once")

    _ = try other.residents.openRecord(id: f.residentA.id, actor: f.staffA)
    _ = try other.notes.list(residentID: f.residentA.id, actor: f.staffA)
    #expect(!watch.poll(), "reads (audited as access) do not make screens re-read")
    _ = try other.drafts.save(
      id: nil, owner: f.staffA.accountID, session: "s1", formKey: "note.new.1", startedAt: f.clock.now,
      payload: "{\"text\":\"skriv…\"}")
    #expect(!watch.poll(), "someone typing into a form elsewhere does not either")

    _ = try f.db.notes.add(NewNote(residentID: f.residentA.id, text: "Egen note"), by: f.staffA)
    #expect(!watch.poll(), "this terminal's own saves move nothing")
  }

  @Test func reReadingWritesNoAccessRowAndTakesNoWriteLock() throws {
    let f = try Fixture()
    let rows = { try f.raw().read { try Int.fetchOne($0, sql: "SELECT count(*) FROM auditLog") ?? 0 } }
    let before = try rows()
    _ = try f.db.residents.openRecord(id: f.residentA.id, actor: f.staffA)
    #expect(try rows() == before + 1, "opening the record is audited")

    // Another program holds the write lock: a re-read must neither wait for it nor write.
    let holder = try f.raw()
    try holder.writeWithoutTransaction { db in
      try db.execute(sql: "BEGIN IMMEDIATE")
      defer { try? db.execute(sql: "ROLLBACK") }
      let started = ContinuousClock.now
      let record = try AppDatabase.refreshing {
        try f.db.residents.openRecord(id: f.residentA.id, actor: f.staffA)
      }
      #expect(record.resident.name == "Bjørn Ågård")
      #expect(ContinuousClock.now - started < .seconds(2))
    }
    #expect(try rows() == before + 1, "the re-read wrote no second access row")
  }

  @Test func aResidentGoneFromViewIsNotAuditedAsARefusalOnAReRead() throws {
    let f = try Fixture()
    let rows = { try f.raw().read { try Int.fetchOne($0, sql: "SELECT count(*) FROM auditLog") ?? 0 } }
    let before = try rows()
    #expect(throws: StorageError.residentNotAvailable) {
      try AppDatabase.refreshing { try f.db.residents.openRecord(id: f.residentB.id, actor: f.staffA) }
    }
    #expect(try rows() == before)
  }
}
