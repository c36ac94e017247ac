import Foundation
import GRDB
import Testing
import TovholderCore

@testable import TovholderStorage

/// A row changed outside the program is refused with its table and id, never read as
/// something it isn't (no invented day, no dropped resident, no crash).
@Suite struct UndecodableRowTests {
  @Test func badCPRNumberNamesTheResidentRow() throws {
    let f = try Fixture()
    try f.raw().write { db in
      try db.execute(sql: "UPDATE resident SET cpr = '319999-1234' WHERE id = ?", arguments: [f.residentA.id])
    }
    let id = String(f.residentA.id)
    #expect(throws: StorageError.undecodable(table: "resident", id: id)) {
      try f.db.residents.fetch(id: f.residentA.id, actor: f.leader)
    }
    #expect(throws: StorageError.undecodable(table: "resident", id: id)) {
      try f.db.residents.list(for: f.leader)
    }
    // The other resident still opens.
    #expect(try f.db.residents.fetch(id: f.residentB.id, actor: f.leader).name == "Birgit Bøgh")
  }

  @Test func badDayAndNullAreRefusedToo() throws {
    let f = try Fixture()
    try f.raw().write { db in
      try db.execute(sql: "UPDATE resident SET movedIn = '2021-02-30' WHERE id = ?", arguments: [f.residentB.id])
    }
    #expect(throws: StorageError.undecodable(table: "resident", id: String(f.residentB.id))) {
      try f.db.residents.fetch(id: f.residentB.id, actor: f.leader)
    }
  }

  @Test func unknownNoteKindNamesTheNote() throws {
    let f = try Fixture()
    let note = try f.db.notes.add(NewNote(residentID: f.residentA.id, text: "Rolig aften"), by: f.staffA)
    try f.raw().write { db in
      try db.execute(sql: "UPDATE note SET kind = 'mystery' WHERE id = ?", arguments: [note.id])
    }
    #expect(throws: StorageError.undecodable(table: "note", id: String(note.id))) {
      try f.db.notes.list(residentID: f.residentA.id, actor: f.staffA)
    }
  }

  @Test func auditRowWithTextForATimeIsABrokenChainNotACrash() throws {
    let f = try Fixture()
    try f.raw().write { db in
      try db.execute(sql: "DROP TRIGGER auditLog_noUpdate")
      try db.execute(sql: "UPDATE auditLog SET atMs = 'i går' WHERE id = 3")
    }
    #expect(try f.db.audit.verify() == .broken(firstBadRowID: 3))
  }
}

@Suite struct UndecodableIncidentTests {
  @Test func unknownStatusOrSeverityNamesTheEventNotAGuess() throws {
    let i = try IncidentFixture()
    let incident = try i.register()
    try i.f.raw().write { db in
      try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
      try db.execute(sql: "UPDATE incident SET status = 'lost' WHERE id = ?", arguments: [incident.id])
    }
    let id = String(incident.id)
    #expect(throws: StorageError.undecodable(table: "incident", id: id)) {
      try i.db.incidents.get(incident.id, by: i.f.staffA)
    }
    #expect(throws: StorageError.undecodable(table: "incident", id: id)) {
      try i.db.incidents.own(by: i.f.staffA)
    }
  }
}
