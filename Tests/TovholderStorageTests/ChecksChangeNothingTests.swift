import Crypto
import Foundation
import GRDB
import Testing
import TovholderCore

@testable import TovholderStorage

/// `check`, `audit verify` and `audit anchor` open read-only: they never create, migrate or
/// change a file, and they find what was changed outside the program.
@Suite struct ChecksChangeNothingTests {
  func sha(_ url: URL) -> String {
    let data = FileManager.default.contents(atPath: url.path) ?? Data()
    return SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
  }

  @Test func aMissingOrEmptyFileIsRefusedAndNothingIsCreated() throws {
    let folder = try TempFolder()
    let typo = folder.file("tpyo/home.sqlite")
    #expect(throws: StorageError.missingDatabase(path: typo.path)) { try AppDatabase.openReadOnly(at: typo) }
    #expect(!FileManager.default.fileExists(atPath: typo.deletingLastPathComponent().path))
    let empty = folder.file("empty.sqlite")
    _ = FileManager.default.createFile(atPath: empty.path, contents: Data())
    #expect(throws: StorageError.emptyDatabase(path: empty.path)) { try AppDatabase.openReadOnly(at: empty) }
    #expect(bytes(empty) == Data())
  }

  /// The counter that went up by 2 on every open: a healthy file is byte-identical after
  /// an ordinary open and after every check.
  @Test func opensAndChecksLeaveTheFileByteIdentical() throws {
    let url: URL
    let folder: TempFolder
    do {
      let f = try Fixture()
      _ = try f.db.notes.add(NewNote(residentID: f.residentA.id, text: "Rolig aften"), by: f.staffA)
      url = f.path
      folder = f.folder
      try f.db.pool.close()
      // The first open after a file's WAL is gone may settle it once; from then on nothing moves.
      try Fixture.open(url).pool.close()
      let before = sha(url)
      for _ in 1...3 { try Fixture.open(url).pool.close() }
      #expect(sha(url) == before)
      let checker = try AppDatabase.openReadOnly(at: url)
      #expect(try checker.maintenance.integrityCheck().isOK)
      #expect(try checker.audit.verify().isIntact)
      _ = try checker.audit.head()
      try checker.pool.close()
      #expect(sha(url) == before)
      let version = try DatabaseQueue(
        path: url.path,
        configuration: {
          var c = Configuration(); c.readonly = true; return c
        }())
      #expect(try version.read { try Int.fetchOne($0, sql: "PRAGMA schema_version") } != nil)
      try version.close()
      #expect(sha(url) == before)
    }
    _ = folder
  }

  @Test func checkNamesARowChangedOutsideTheProgram() throws {
    let f = try Fixture()
    let note = try f.db.notes.add(NewNote(residentID: f.residentA.id, text: "Spiste godt"), by: f.staffA)
    var edited = note
    edited.text = "Spiste godt i dag"
    _ = try f.db.notes.update(edited, by: f.staffA)
    let clean = try f.db.maintenance.integrityCheck()
    #expect(clean.isOK)
    #expect(clean.tampering.checkedRows >= 3)  // two residents and the note
    try f.raw().write { db in
      try db.execute(sql: "UPDATE note SET text = 'Spiste ikke' WHERE id = ?", arguments: [note.id])
      try db.execute(sql: "UPDATE resident SET name = 'Anden Person' WHERE id = ?", arguments: [f.residentB.id])
    }
    let report = try f.db.maintenance.integrityCheck()
    #expect(report.audit.isIntact)  // the chain alone cannot see it
    #expect(
      report.tampering.changedRows == [
        .init(table: "note", id: note.id), .init(table: "resident", id: f.residentB.id),
      ])
    #expect(!report.isOK)
  }

  @Test func checkNamesDroppedAuditTriggers() throws {
    let f = try Fixture()
    try f.raw().write { db in
      try db.execute(sql: "DROP TRIGGER auditLog_noUpdate; DROP TRIGGER auditHead_onlyForward")
    }
    let report = try f.db.maintenance.integrityCheck()
    #expect(report.tampering.missingTriggers == ["auditLog_noUpdate", "auditHead_onlyForward"])
    #expect(!report.isOK)
  }

  /// An anchor kept outside the database proves the log still holds its row; after the log
  /// is rewritten with fresh hashes (triggers dropped), it does not.
  @Test func anchorIsFoundUntilTheLogIsRewritten() throws {
    let f = try Fixture()
    let anchor = try f.db.audit.head()
    #expect(AuditHead(anchor.description) == anchor)
    _ = try f.db.notes.add(NewNote(residentID: f.residentA.id, text: "Efter ankeret"), by: f.staffA)
    #expect(try f.db.audit.contains(anchor) == anchor.rows)
    #expect(try f.db.audit.contains(AuditHead(rows: nil, hash: anchor.hash)) == anchor.rows)
    // Rewrite history: change the anchored row's name and re-hash the chain from there.
    try f.raw().write { db in
      try db.execute(sql: "DROP TRIGGER auditLog_noUpdate; DROP TRIGGER auditHead_onlyForward")
      let rows = try AuditLogRow.order(AuditLogRow.Columns.id).fetchAll(db)
      var previous = AuditLog.genesisHash
      for row in rows {
        var fields = AuditLog.Fields(row)
        if fields.id == anchor.rows { fields.actorName = "Ingen" }
        let hash = fields.hash(previous: previous)
        try db.execute(
          sql: "UPDATE auditLog SET actorName = ?, prevHash = ?, hash = ? WHERE id = ?",
          arguments: [fields.actorName, previous, hash, fields.id])
        previous = hash
      }
      try db.execute(sql: "UPDATE auditHead SET lastHash = ?", arguments: [previous])
    }
    #expect(try f.db.audit.verify().isIntact)  // the forged chain is whole
    #expect(try f.db.audit.contains(anchor) == nil)  // but the anchor is gone
    #expect(AuditHead("12:xyz") == nil)
  }

  /// Another unit's resident and one that does not exist get the same answer, by number and
  /// by CPR, and each refusal is audited with who asked for whom.
  @Test func refusalsSayTheSameAndAreAudited() throws {
    let f = try Fixture()
    let before = try f.db.pool.read { try Int.fetchOne($0, sql: "SELECT max(id) FROM auditLog") ?? 0 }
    let unknownCPR = try CPRNumber("111111-1118")
    let refusals: [() throws -> Void] = [
      { _ = try f.db.residents.fetch(id: f.residentB.id, actor: f.staffA) },
      { _ = try f.db.residents.fetch(id: 9_999, actor: f.staffA) },
      { _ = try f.db.residents.fetch(cpr: f.residentB.cpr, actor: f.staffA) },
      { _ = try f.db.residents.fetch(cpr: unknownCPR, actor: f.staffA) },
      { _ = try f.db.residents.openRecord(id: f.residentB.id, actor: f.staffA) },
    ]
    for refusal in refusals {
      #expect(throws: StorageError.residentNotAvailable) { try refusal() }
    }
    let rows = try f.db.pool.read {
      try Row.fetchAll($0, sql: "SELECT * FROM auditLog WHERE id > ? ORDER BY id", arguments: [before])
    }
    #expect(rows.map { $0["action"] as String } == Array(repeating: "access.refused", count: 5))
    #expect(rows.allSatisfy { ($0["actorId"] as Int64?) == f.staffA.accountID })
    #expect(rows.map { $0["residentId"] as Int64? } == [f.residentB.id, nil, f.residentB.id, nil, f.residentB.id])
    #expect(try f.db.audit.verify().isIntact)
  }

  @Test func privateFilesAre0600WhateverTheUmask() throws {
    let folder = try TempFolder()
    let path = folder.file("uth.csv").path
    _ = FileManager.default.createFile(
      atPath: path, contents: Data("gammel".utf8), attributes: [.posixPermissions: 0o644])
    let old = umask(0)
    defer { umask(old) }
    try PrivateFile.write(Data("ny".utf8), to: path, replacing: true)
    #expect(mode(path) == 0o600)
    #expect(bytes(URL(fileURLWithPath: path)) == Data("ny".utf8))
    let fresh = folder.file("plan.md").path
    try PrivateFile.write(Data("x".utf8), to: fresh, replacing: false)
    #expect(mode(fresh) == 0o600)
    #expect(throws: StorageError.io(errno: EEXIST)) {
      try PrivateFile.write(Data("y".utf8), to: fresh, replacing: false)
    }
  }

  /// A draft written as the user types waits only a moment for another program's lock.
  @Test func draftWriteWithoutWaitingGivesLockedAfterAMoment() throws {
    let f = try Fixture()
    let other = try f.raw()
    let holding = DispatchSemaphore(value: 0)
    let release = DispatchSemaphore(value: 0)
    let done = DispatchSemaphore(value: 0)
    Thread.detachNewThread {
      try? other.writeWithoutTransaction { db in
        try db.execute(sql: "BEGIN IMMEDIATE")
        holding.signal()
        release.wait()
        try db.execute(sql: "COMMIT")
      }
      done.signal()
    }
    holding.wait()
    #expect(throws: StorageError.locked) {
      try f.db.drafts.save(
        id: nil, owner: f.staffA.accountID, session: "s", formKey: "note.new", startedAt: f.db.now, payload: "{}",
        waiting: false)
    }
    release.signal()
    done.wait()
    let id = try f.db.drafts.save(
      id: nil, owner: f.staffA.accountID, session: "s", formKey: "note.new", startedAt: f.db.now, payload: "{}",
      waiting: false)
    #expect(try f.db.drafts.load(id: id, owner: f.staffA.accountID)?.payload == "{}")
  }
}
