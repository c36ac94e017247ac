import Foundation
import GRDB
import Testing
import TovholderCore

@testable import TovholderStorage

@Suite struct AuditHeadTests {
  @Test func deletingTheNewestRowIsNamed() throws {
    let (f, count) = try Fixture.withAuditRows()
    try f.raw().write { db in
      try db.execute(sql: "DROP TRIGGER auditLog_noDelete")
      try db.execute(sql: "DELETE FROM auditLog WHERE id = ?", arguments: [count])
    }
    #expect(try f.db.audit.verify() == .broken(firstBadRowID: count))
  }

  @Test func deletingTheNewestRowsNamesTheFirstMissing() throws {
    let (f, count) = try Fixture.withAuditRows()
    try f.raw().write { db in
      try db.execute(sql: "DROP TRIGGER auditLog_noDelete")
      try db.execute(sql: "DELETE FROM auditLog WHERE id >= ?", arguments: [count - 2])
    }
    #expect(try f.db.audit.verify() == .broken(firstBadRowID: count - 2))
  }

  @Test func theHeadCannotSimplyBeWoundBackOrDeleted() throws {
    let (f, count) = try Fixture.withAuditRows()
    let raw = try f.raw()
    #expect(throws: DatabaseError.self) {
      try raw.write {
        try $0.execute(
          sql: "UPDATE auditHead SET rowCount = rowCount - 1, lastId = lastId - 1, lastHash = "
            + "(SELECT hash FROM auditLog WHERE id = lastId - 1)")
      }
    }
    #expect(throws: DatabaseError.self) { try raw.write { try $0.execute(sql: "DELETE FROM auditHead") } }
    #expect(try f.db.audit.verify() == .intact(rows: Int(count)))
  }

  @Test func theHeadFollowsEveryNewRow() throws {
    let (f, count) = try Fixture.withAuditRows()
    _ = try f.db.residents.openRecord(id: f.residentA.id, actor: f.staffA)
    let head = try f.db.pool.read { try Row.fetchOne($0, sql: "SELECT * FROM auditHead")! }
    #expect(head["rowCount"] as Int64 == count + 1)
    #expect(head["lastId"] as Int64 == count + 1)
    #expect(try f.db.audit.verify() == .intact(rows: Int(count + 1)))
  }

  @Test func searchResultsShownAreAuditedPerVisibleResident() throws {
    let f = try Fixture()
    try f.db.search.auditShown([f.residentA.id, f.residentB.id], actor: f.staffA)
    let rows = try f.db.audit.accessLog(residentID: f.residentA.id, actor: f.leader)
    #expect(rows.filter { $0.action == .searchResults && $0.actorID == f.staffA.accountID }.count == 1)
    let other = try f.db.audit.accessLog(residentID: f.residentB.id, actor: f.leader)
    #expect(!other.contains { $0.action == .searchResults })
    #expect(try f.db.audit.verify().isIntact)
  }
}
