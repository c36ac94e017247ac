import Foundation
import GRDB
import Testing
import TovholderCore

@testable import TovholderStorage

/// Every demo database made by an earlier release (`Fixtures/upgrade/*.sqlite`, one added per
/// release) opens in this version: it migrates, keeps every row of every table, ends with the
/// schema of a new file, and passes `tovholder check`.
@Suite struct UpgradeTests {
  static let files: [String] =
    (try? FileManager.default.contentsOfDirectory(
      atPath: SchemaDump.fixtures.appendingPathComponent("upgrade").path))?
    .filter { $0.hasSuffix(".sqlite") }.sorted() ?? []

  @Test func thereAreOldReleases() {
    #expect(Self.files.contains("main-8c5e250.sqlite"))
    #expect(Self.files.count >= 2)
  }

  @Test(arguments: files) func oldReleaseUpgradesKeepingEveryRow(_ name: String) throws {
    let folder = try TempFolder()
    let url = folder.file(name)
    try FileManager.default.copyItem(
      at: SchemaDump.fixtures.appendingPathComponent("upgrade").appendingPathComponent(name), to: url)
    chmod(url.path, 0o600)

    var before: [String: ([String], SchemaDump.Contents)] = [:]
    do {
      let old = try DatabaseQueue(path: url.path)
      try old.read { db in
        for table in try SchemaDump.tables(db) where table != "grdb_migrations" {
          let columns = try SchemaDump.columns(db, table)
          before[table] = (columns, try SchemaDump.contents(db, table, columns: columns))
        }
      }
      try old.close()
    }
    #expect(before["note"]?.1.count ?? 0 > 1_000)
    #expect(before["auditLog"]?.1.count ?? 0 > 1_000)

    let db = try Fixture.open(url)
    try db.pool.read { db in
      for (table, (columns, contents)) in before.sorted(by: { $0.key < $1.key }) {
        #expect(try db.tableExists(table), "\(name): table \(table) is gone")
        let after = try SchemaDump.contents(db, table, columns: columns)
        #expect(after == contents, "\(name): \(table) was \(contents), is \(after)")
      }
      #expect(try Migrations.migrator.hasCompletedMigrations(db))
    }
    let fresh = try Fixture(seed: false)
    #expect(try db.pool.read(SchemaDump.schema) == fresh.db.pool.read(SchemaDump.schema))
    let report = try db.maintenance.integrityCheck()
    #expect(report.isOK, "\(name): \(report)")
    // The program works on it: sign in, list, open a record (which writes an audit row).
    let leder = try db.accounts.signIn(username: "leder", password: DemoHome.password)
    let residents = try db.residents.list(for: leder, which: .all)
    #expect(residents.count == before["resident"]?.1.count)
    let record = try db.residents.openRecord(id: try #require(residents.first).id, actor: leder)
    #expect(!record.recentNotes.isEmpty)
    #expect(try db.audit.verify().isIntact)
  }
}
