import Foundation
import Testing
import TovholderCore

@testable import TovholderStorage

@Suite struct DraftTests {
  @Test func roundTripWithDanishLettersAndEmoji() throws {
    let f = try Fixture()
    let text = "Bjørn fik æblegrød på Ærø 👍🏽 — e\u{301}n gang\nNy linje"
    try f.db.drafts.save(owner: f.staffA.accountID, formKey: "note.new.1", payload: "første")
    f.clock.advance(1)
    try f.db.drafts.save(owner: f.staffA.accountID, formKey: "note.new.1", payload: text)
    let other = try f.reopen()
    #expect(try other.drafts.load(owner: f.staffA.accountID, formKey: "note.new.1")?.payload == text)
    #expect(try other.drafts.load(owner: f.staffB.accountID, formKey: "note.new.1") == nil)
    f.clock.advance(1)
    try f.db.drafts.save(owner: f.staffA.accountID, formKey: "resident.edit.2", payload: "x")
    #expect(try f.db.drafts.list(owner: f.staffA.accountID).map(\.formKey) == ["resident.edit.2", "note.new.1"])
    try f.db.drafts.delete(owner: f.staffA.accountID, formKey: "note.new.1")
    #expect(try f.db.drafts.list(owner: f.staffA.accountID).map(\.formKey) == ["resident.edit.2"])
  }
}

@Suite struct MaintenanceTests {
  @Test func backupWhileAnotherPoolWrites() throws {
    let f = try Fixture()
    let other = try f.reopen()
    _ = try other.notes.add(NewNote(residentID: f.residentA.id, text: "Før backup"), by: f.staffA)
    let dest = f.folder.file("backup.sqlite")
    try f.db.maintenance.backup(to: dest)
    _ = try other.notes.add(NewNote(residentID: f.residentA.id, text: "Efter backup"), by: f.staffA)
    #expect(mode(dest.path) == 0o600)
    let copy = try Fixture.open(dest)
    #expect(try copy.notes.list(residentID: f.residentA.id, actor: f.staffA).map(\.text) == ["Før backup"])
    #expect(try copy.maintenance.integrityCheck().isOK)
    #expect(throws: StorageError.io(errno: EEXIST)) { try f.db.maintenance.backup(to: dest) }
  }

  @Test func integrityCheckOnAHealthyDatabase() throws {
    let f = try Fixture()
    let report = try f.db.maintenance.integrityCheck()
    #expect(report.isOK && report.sqliteProblems.isEmpty)
  }
}
