import Foundation
import GRDB
import Testing
import TovholderCore

@testable import TovholderStorage

/// `tovholder restore` and `backup --keep` (issue 19).
@Suite struct RestoreTests {
  @Test func aCheckedBackupComesBackTheReplacedFileIsKeptAndTheRestoreIsAudited() throws {
    let f = try Fixture()
    let backup = f.folder.file("backup.sqlite")
    try f.db.maintenance.backup(to: backup)
    _ = try f.db.notes.add(NewNote(residentID: f.residentA.id, text: "Skrevet efter kopien"), by: f.staffA)
    let live = f.db.url
    try f.db.pool.close()

    f.clock.now = Date(timeIntervalSince1970: 1_796_302_800)  // 3 December 2026, 14:00 Danish time
    let result = try Restore.restore(
      backup: backup, over: live, actorName: "tovholder (restore)", options: .init(clock: { f.clock.now }))
    #expect(result.replacedPath == live.path + ".replaced-20261203-140000")
    #expect(mode(live.path) == 0o600)
    #expect(mode(live.path + ".replaced-20261203-140000") == 0o600)

    let restored = try Fixture.open(live, clock: f.clock)
    let notes = try restored.notes.list(residentID: f.residentA.id, actor: f.staffA).map(\.text)
    #expect(!notes.contains("Skrevet efter kopien"))
    let last = try DatabaseQueue(path: live.path).read {
      try Row.fetchOne($0, sql: "SELECT actorId, actorName, action FROM auditLog ORDER BY id DESC LIMIT 2 OFFSET 1")
    }
    // The newest row is the access row of the list above; the one before is the restore.
    #expect(last?["action"] == "database.restore")
    #expect(last?["actorName"] == "tovholder (restore)")
    #expect(try restored.maintenance.integrityCheck().isOK)

    let kept = try Fixture.open(URL(fileURLWithPath: result.replacedPath ?? ""), clock: f.clock)
    #expect(
      try kept.notes.list(residentID: f.residentA.id, actor: f.staffA).map(\.text).contains("Skrevet efter kopien"))
  }

  @Test func aDamagedBackupIsRefusedAndTheDatabaseStaysByteIdentical() throws {
    let f = try Fixture()
    let backup = f.folder.file("backup.sqlite")
    try f.db.maintenance.backup(to: backup)
    try DatabaseQueue(path: backup.path).write { db in
      try db.execute(sql: "DROP TRIGGER auditLog_noUpdate")
      try db.execute(sql: "UPDATE auditLog SET actorName = 'Nogen anden' WHERE id = 2")
    }
    let live = f.db.url
    try f.db.pool.close()
    let before = bytes(live)
    #expect(throws: Restore.Refusal.self) {
      try Restore.restore(backup: backup, over: live, actorName: "x")
    }
    #expect(bytes(live) == before)
    // No file was put aside: nothing beside the database is named as a replaced one.
    let beside = try FileManager.default.contentsOfDirectory(atPath: live.deletingLastPathComponent().path)
    #expect(!beside.contains { $0.contains(".replaced-") }, "\(beside)")
  }

  @Test func refusedWhileAnotherProgramHasTheDatabaseOpen() throws {
    let f = try Fixture()
    let backup = f.folder.file("backup.sqlite")
    try f.db.maintenance.backup(to: backup)
    let live = f.db.url
    try f.db.pool.close()

    // Another program (sqlite3) with the database open and idle, as a session at a workstation.
    let other = Process()
    other.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
    other.arguments = [live.path]
    let input = Pipe()
    let output = Pipe()
    other.standardInput = input
    other.standardOutput = output
    try other.run()
    input.fileHandleForWriting.write(Data("SELECT 'open', count(*) FROM auditLog;\n".utf8))
    _ = output.fileHandleForReading.availableData  // its answer: the database is open now
    let before = bytes(live)
    #expect(throws: Restore.Refusal.databaseInUse(pid: other.processIdentifier)) {
      try Restore.restore(backup: backup, over: live, actorName: "x")
    }
    #expect(bytes(live) == before)

    try input.fileHandleForWriting.close()
    other.waitUntilExit()
    _ = try Restore.restore(backup: backup, over: live, actorName: "x")
  }

  @Test func aNightlyBackupKeepsTheNewestCopiesOnly() throws {
    let f = try Fixture()
    let folder = f.folder.file("backups")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data("not ours".utf8).write(to: folder.appendingPathComponent("notes.txt"))
    var written: [String] = []
    for night in 0..<4 {
      f.clock.now = Date(timeIntervalSince1970: 1_796_260_000 + Double(night) * 86_400)
      let result = try f.db.maintenance.backup(intoFolder: folder, keep: 2)
      written.append(result.written.lastPathComponent)
      #expect(result.removed.count == (night < 2 ? 0 : 1))
      #expect(mode(result.written.path) == 0o600)
    }
    let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(left == ["notes.txt"] + written.suffix(2))
    #expect(written[0] == "tovholder-20261203-020640.sqlite")
    #expect(try Maintenance.check(copy: folder.appendingPathComponent(written[3])).isOK)
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(written[3]).path + "-wal"))
  }
}
