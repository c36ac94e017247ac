import Foundation
import GRDB
import Testing
import TovholderCore

@testable import TovholderStorage

@Suite struct OpeningTests {
  @Test func migratesFromEmptyAndMarksTheFile() throws {
    let f = try Fixture(seed: false)
    try f.db.pool.read { (db: Database) throws in
      #expect(try Int32.fetchOne(db, sql: "PRAGMA application_id") == Migrations.applicationID)
      for table in ["home", "unit", "account", "resident", "note", "auditLog", "searchItem", "draft"] {
        #expect(try db.tableExists(table), "missing \(table)")
      }
      #expect(try Migrations.migrator.hasCompletedMigrations(db))
      #expect(try String.fetchOne(db, sql: "PRAGMA journal_mode") == "wal")
      #expect(try Bool.fetchOne(db, sql: "PRAGMA foreign_keys") == true)
    }
    #expect(try f.db.setup.isInitialized() == false)
    // Reopening an existing database works and changes nothing in the schema.
    _ = try f.reopen()
  }

  @Test func createsPrivateFolderAndFiles() throws {
    let folder = try TempFolder()
    let url = folder.url.appendingPathComponent("data/tovholder/tovholder.sqlite")
    let db = try Fixture.open(url)
    _ = try db.setup.isInitialized()
    #expect(mode(url.deletingLastPathComponent().path) == 0o700)
    for suffix in ["", "-wal", "-shm"] {
      #expect(mode(url.path + suffix) == 0o600, "mode of \(suffix)")
    }
  }

  @Test func defaultPathFollowsXDG() {
    let url = AppDatabase.defaultURL(environment: ["XDG_DATA_HOME": "/x/data", "HOME": "/home/u"])
    #expect(url.path == "/x/data/tovholder/tovholder.sqlite")
    let fallback = AppDatabase.defaultURL(environment: ["HOME": "/home/u"])
    #expect(fallback.path == "/home/u/.local/share/tovholder/tovholder.sqlite")
    #expect(
      FileLogHandler.defaultURL(environment: ["HOME": "/home/u"]).path == "/home/u/.local/state/tovholder/tovholder.log"
    )
  }

  @Test func refusesTextFileUnchanged() throws {
    let folder = try TempFolder()
    let url = folder.file("notes.txt")
    try Data("Dette er ikke en database\n".utf8).write(to: url)
    let before = bytes(url)
    #expect(throws: StorageError.notATovholderDatabase(path: url.path)) { try Fixture.open(url) }
    #expect(bytes(url) == before)
    #expect(!FileManager.default.fileExists(atPath: url.path + "-wal"))
  }

  @Test func refusesForeignSQLiteDatabaseUnchanged() throws {
    let folder = try TempFolder()
    let url = folder.file("other.sqlite")
    let other = try DatabaseQueue(path: url.path)
    try other.write { try $0.execute(sql: "CREATE TABLE t (x); INSERT INTO t VALUES (1)") }
    try other.close()
    let before = bytes(url)
    #expect(throws: StorageError.notATovholderDatabase(path: url.path)) { try Fixture.open(url) }
    #expect(bytes(url) == before)
  }

  @Test func refusesNewerSchemaUnchanged() throws {
    let folder = try TempFolder()
    let url = folder.file("newer.sqlite")
    do {
      let db = try Fixture.open(url)
      try db.pool.write { db in
        try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-from-the-future')")
      }
      _ = try db.pool.writeWithoutTransaction { try $0.checkpoint(.truncate) }
      try db.pool.close()
    }
    let before = bytes(url)
    #expect(throws: StorageError.newerSchema(unknownMigrations: ["v9-from-the-future"])) {
      try Fixture.open(url)
    }
    #expect(bytes(url) == before)
  }

  @Test func refusesReadOnlyFileUnchanged() throws {
    let folder = try TempFolder()
    let url = folder.file("ro.sqlite")
    do {
      let db = try Fixture.open(url)
      _ = try db.pool.writeWithoutTransaction { try $0.checkpoint(.truncate) }
      try db.pool.close()
    }
    chmod(url.path, 0o400)
    let before = bytes(url)
    #expect(throws: StorageError.readOnly(path: url.path)) { try Fixture.open(url) }
    #expect(bytes(url) == before)
    #expect(mode(url.path) == 0o400)
  }

  @Test func refusesLockedDatabase() throws {
    let folder = try TempFolder()
    let url = folder.file("locked.sqlite")
    try Fixture.open(url).pool.close()
    // Another program takes an exclusive lock and keeps it.
    var config = Configuration()
    config.allowsUnsafeTransactions = true
    let holder = try DatabaseQueue(path: url.path, configuration: config)
    try holder.writeWithoutTransaction { db in
      try db.execute(sql: "PRAGMA locking_mode = EXCLUSIVE")
      try db.execute(sql: "BEGIN EXCLUSIVE")
    }
    defer { try? holder.writeWithoutTransaction { try $0.execute(sql: "ROLLBACK") } }
    #expect(throws: StorageError.locked) { try Fixture.open(url, busyTimeout: 0.1) }
  }
}
