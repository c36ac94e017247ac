import Foundation
import GRDB
import Testing
import TovholderCore

@testable import TovholderStorage

extension Fixture {
  /// A fixture with a few more audit rows, and the number of rows; the chain is whole.
  static func withAuditRows() throws -> (Fixture, Int64) {
    let f = try Fixture()
    for i in 1...3 {
      _ = try f.db.notes.add(NewNote(residentID: f.residentA.id, text: "Notat \(i)"), by: f.staffA)
    }
    let count = try f.db.pool.read { try Int64.fetchOne($0, sql: "SELECT COUNT(*) FROM auditLog")! }
    #expect(try f.db.audit.verify() == .intact(rows: Int(count)))
    return (f, count)
  }
}

@Suite struct AuditTests {

  @Test func triggersRefuseUpdateAndDelete() throws {
    let (f, _) = try Fixture.withAuditRows()
    let raw = try f.raw()
    #expect(throws: DatabaseError.self) {
      try raw.write { try $0.execute(sql: "UPDATE auditLog SET actorName = 'X' WHERE id = 2") }
    }
    #expect(throws: DatabaseError.self) { try raw.write { try $0.execute(sql: "DELETE FROM auditLog WHERE id = 2") } }
    #expect(try f.db.audit.verify().isIntact)
  }

  @Test func editedRowIsNamed() throws {
    let (f, _) = try Fixture.withAuditRows()
    try f.raw().write { db in
      try db.execute(sql: "DROP TRIGGER auditLog_noUpdate")
      try db.execute(sql: "UPDATE auditLog SET actorName = 'Nogen anden' WHERE id = 4")
    }
    #expect(try f.db.audit.verify() == .broken(firstBadRowID: 4))
    #expect(try !f.db.maintenance.integrityCheck().isOK)
  }

  @Test func editWithRecomputedHashBreaksTheNextLink() throws {
    let (f, _) = try Fixture.withAuditRows()
    try f.raw().write { db in
      try db.execute(sql: "DROP TRIGGER auditLog_noUpdate")
      let row = try #require(try AuditLogRow.fetchOne(db, key: 4))
      var fields = AuditLog.Fields(row)
      fields.actorName = "Nogen anden"
      try db.execute(
        sql: "UPDATE auditLog SET actorName = ?, hash = ? WHERE id = 4",
        arguments: [fields.actorName, fields.hash(previous: row.prevHash)])
    }
    #expect(try f.db.audit.verify() == .broken(firstBadRowID: 5))
  }

  @Test func deletedRowIsNamed() throws {
    let (f, _) = try Fixture.withAuditRows()
    try f.raw().write { db in
      try db.execute(sql: "DROP TRIGGER auditLog_noDelete")
      try db.execute(sql: "DELETE FROM auditLog WHERE id = 3")
    }
    #expect(try f.db.audit.verify() == .broken(firstBadRowID: 4))
  }

  @Test func insertedRowIsNamed() throws {
    let (f, count) = try Fixture.withAuditRows()
    try f.raw().write { db in
      let last = try String.fetchOne(db, sql: "SELECT hash FROM auditLog ORDER BY id DESC LIMIT 1")!
      try db.execute(
        sql:
          "INSERT INTO auditLog (id, atMs, actorId, actorName, action, prevHash, hash) VALUES (?, 0, 1, 'X', 'record.open', ?, ?)",
        arguments: [count + 1, last, String(repeating: "a", count: 64)])
    }
    #expect(try f.db.audit.verify() == .broken(firstBadRowID: count + 1))
  }

  /// A refused change writes no row for the change, only the refusal (who asked for whom).
  @Test func failedChangeWritesOnlyTheRefusal() throws {
    let (f, count) = try Fixture.withAuditRows()
    #expect(throws: StorageError.residentNotAvailable) {
      try f.db.notes.add(NewNote(residentID: f.residentA.id, text: "Forkert hus"), by: f.staffB)
    }
    let rows = try f.db.pool.read {
      try Row.fetchAll($0, sql: "SELECT * FROM auditLog WHERE id > ?", arguments: [count])
    }
    #expect(rows.count == 1)
    #expect(rows.first?["action"] == "access.refused")
    #expect(rows.first?["residentId"] == f.residentA.id)
    #expect(rows.first?["actorId"] == f.staffB.accountID)
  }
}
