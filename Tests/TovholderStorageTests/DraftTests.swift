import Foundation
import GRDB
import Testing
import TovholderCore

@testable import TovholderStorage

@Suite struct DraftTests {
  func save(_ f: Fixture, _ id: Int64?, session: String = "s1", key: String = "note.new.1", _ payload: String) throws
    -> Int64
  {
    try f.db.drafts.save(
      id: id, owner: f.staffA.accountID, session: session, formKey: key, startedAt: f.clock.now, payload: payload)
  }

  @Test func roundTripWithDanishLettersAndEmoji() throws {
    let f = try Fixture()
    let text = "Bjørn fik æblegrød på Ærø 👍🏽 — e\u{301}n gang\nNy linje"
    let started = f.clock.now
    let id = try save(f, nil, "første")
    f.clock.advance(1)
    #expect(try save(f, id, text) == id)
    let other = try f.reopen()
    let draft = try #require(try other.drafts.load(id: id, owner: f.staffA.accountID))
    #expect(draft.payload == text && draft.startedAt == started && draft.savedAt == f.clock.now)
    #expect(try other.drafts.load(id: id, owner: f.staffB.accountID) == nil)
    f.clock.advance(1)
    _ = try save(f, nil, key: "resident.edit.2", "x")
    #expect(try f.db.drafts.list(owner: f.staffA.accountID).map(\.formKey) == ["resident.edit.2", "note.new.1"])
    #expect(try f.db.drafts.count(owner: f.staffA.accountID) == 2)
    try f.db.drafts.delete(id: id, owner: f.staffA.accountID)
    #expect(try f.db.drafts.list(owner: f.staffA.accountID).map(\.formKey) == ["resident.edit.2"])
  }

  /// Two sessions of one person: the one that goes on with a draft takes it over; the other
  /// one's next keys make a draft of its own instead of overwriting.
  @Test func anotherSessionsDraftIsTakenOverNotOverwritten() throws {
    let f = try Fixture()
    let id = try save(f, nil, session: "nat", "slog mig i armen")
    try f.db.drafts.claim(id: id, owner: f.staffA.accountID, session: "dag")
    let own = try save(f, id, session: "dag", "slog mig i armen i køkkenet")
    #expect(own == id)
    let theirs = try save(f, id, session: "nat", "slog mig i armen, rolig")
    #expect(theirs != id)
    let drafts = try f.db.drafts.find(owner: f.staffA.accountID, formKey: "note.new.1")
    #expect(Set(drafts.map(\.payload)) == ["slog mig i armen i køkkenet", "slog mig i armen, rolig"])
    #expect(Set(drafts.map(\.sessionID)) == ["dag", "nat"])
  }

  /// The record and the removal of its draft are one transaction: a save that fails keeps
  /// the draft (the delete is rolled back with it), a save that works takes it away.
  @Test func savingARecordRemovesItsDraftInTheSameTransaction() throws {
    let f = try Fixture()
    let owner = f.staffA.accountID
    let note = try f.db.notes.add(NewNote(residentID: f.residentA.id, text: "Første udgave"), by: f.staffA)
    let id = try save(f, nil, key: "note.edit.\(note.id)", "Anden udgave")
    var stale = note
    stale.version -= 1
    stale.text = "Anden udgave"
    #expect(throws: StorageError.self) {
      try DraftRepository.discarding(id, owner: owner) { try f.db.notes.update(stale, by: f.staffA) }
    }
    #expect(try f.db.drafts.load(id: id, owner: owner) != nil)
    var current = note
    current.text = "Anden udgave"
    _ = try DraftRepository.discarding(id, owner: owner) { try f.db.notes.update(current, by: f.staffA) }
    #expect(try f.db.drafts.load(id: id, owner: owner) == nil)
    #expect(try f.db.notes.list(residentID: f.residentA.id, actor: f.staffA).map(\.text) == ["Anden udgave"])
  }

  @Test func eachSignInIsASessionThatKnowsThePreviousOne() throws {
    let f = try Fixture()
    let first = try f.db.drafts.beginSession(owner: f.staffA.accountID, id: "a")
    #expect(first.previousStartedAt == nil)
    let started = f.clock.now
    f.clock.advance(3600)
    let second = try f.db.drafts.beginSession(owner: f.staffA.accountID, id: "b")
    #expect(second.previousStartedAt == started && second.startedAt == f.clock.now)
    #expect(try f.db.drafts.beginSession(owner: f.staffB.accountID, id: "c").previousStartedAt == nil)
  }

  /// A database made before drafts had sessions keeps its drafts (started = last saved).
  @Test func draftsFromBeforeSessionsAreKept() throws {
    let folder = try TempFolder()
    let url = folder.file("old.sqlite")
    let queue = try DatabaseQueue(path: url.path)
    var config = Migrations.migrator
    config.eraseDatabaseOnSchemaChange = false
    try config.migrate(queue, upTo: "v3-audit-content-hash")
    try queue.write { db in
      try db.execute(
        sql: """
          INSERT INTO account (username, displayName, role, passwordHash, createdAt, updatedAt)
            VALUES ('a', 'A', 'staff', 'x', '2026-11-01 10:00:00.000', '2026-11-01 10:00:00.000');
          INSERT INTO draft (ownerId, formKey, payload, savedAt) VALUES (1, 'note.new.3', 'Bjørn', '2026-11-02 02:40:00.000');
          """)
    }
    try Migrations.migrator.migrate(queue)
    let row = try #require(try queue.read { try Row.fetchOne($0, sql: "SELECT * FROM draft") })
    #expect(row["formKey"] as String == "note.new.3" && row["payload"] as String == "Bjørn")
    #expect(row["sessionId"] as String == "" && row["startedAt"] as String == "2026-11-02 02:40:00.000")
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
