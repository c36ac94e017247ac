import Foundation
import GRDB
import Testing
import TovholderCore

@testable import TovholderStorage

/// Shipped migrations are frozen: their list, their text and the schema they make are pinned.
/// A new migration adds a line to `pinned` and a new `Fixtures/schema.sql` (the test writes
/// the schema it found beside it as `schema.sql.actual`, for a diff).
@Suite struct MigrationTests {
  /// Identifier and SHA-256 of each file's text, in order.
  static let pinned: [(String, String)] = [
    ("v1-accounts-residents-notes", "35267ce365364cea566d57ab163d4ef10b160a45550a3b22254b5a877a1c3062"),
    ("v1-audit", "156d537ad7ce4364ead0ce89c1cd1e6dfba423872e7ee9d1be5c7c599ec8b31e"),
    ("v1-search-drafts", "33581ec7c4901aede12811b53e34b311a4757efa55d86465de59fd61c18d258f"),
    ("v2-incidents", "f2c5611968f9b1483b3a1e8d657e06518a65e45a91b5e71d7a30443ffa709ac3"),
    ("v2-plans", "e7143f8b3f17d458978d8a0d44df96ce8aca0144af33621fb5b691ce623ccc3c"),
    ("health-v1", "5adb1e5426087b9bef89dbb8a03f50e676951a88b7b0f60cf5398bca88943137"),
    ("v2-episodes-force-risk", "8875f3c7361ec2628068fcf754316fb0ddc60ef01b7f2ea77df87731f7ae1438"),
    ("v1-relatives", "3c68f0bd3006175bad0bb9479724379463a7c5d4627f2671bed443c376684b27"),
    ("v2-health-search", "02e00aeaf3d5bdf90da152a25d2cd9fbedc10af2d4c403448379c11c2598325e"),
    ("v2-residents-audit-head", "78d2cdbad30dcd4c6889eeb28b69778dbf6f453316f13dd4dc1b5d0c967408c7"),
    ("v3-audit-content-hash", "487c3676e5fa451006ff9f499e2fa3bd7aa8053f2cf0984c90e28b3a8de2bdc4"),
    ("v3-search-one-letter-prefix", "b9b153749841a2ceb02291b59abf2559a681fcb68ebee4c0acb5ac8868aaf49b"),
    ("v3-drafts-by-session", "5e08bff3fdd58bb08de3d02af1f447b6724359316d506f435d2864278918374a"),
    ("v3-rights-retention", "548c3793aac463f7ed31aadb1abb730b333b54f7b342a3f9d8cd35aa23832b81"),
    ("v4-shift-as-lived", "c6c40a2b3abaa5e54ef036014aef36cd59cf862467a10233688685c49f7a47c0"),
  ]

  @Test func shippedMigrationsAreUnchangedAndInOrder() throws {
    let steps = Migrations.steps
    #expect(steps.map(\.number) == Array(1...steps.count))
    #expect(steps.map(\.identifier) == Self.pinned.map(\.0))
    for (step, (identifier, hash)) in zip(steps, Self.pinned) {
      #expect(SchemaDump.sha256(step.sql) == hash, "\(step.fileName) was edited after it shipped: add a new migration")
      #expect(step.identifier == identifier)
    }
    #expect(Migrations.migrator.migrations == steps.map(\.identifier))
    // The folder holds exactly these files, and each is the text the program runs.
    let files = try FileManager.default.contentsOfDirectory(atPath: SchemaDump.migrationsFolder.path)
      .filter { $0.hasSuffix(".sql") }.sorted()
    #expect(files == steps.map(\.fileName))
    for step in steps {
      let text = try String(
        contentsOf: SchemaDump.migrationsFolder.appendingPathComponent(step.fileName), encoding: .utf8)
      #expect(text == step.sql, "\(step.fileName)")
    }
  }

  @Test func schemaFromEmptyIsPinned() throws {
    let f = try Fixture(seed: false)
    let schema = try f.db.pool.read(SchemaDump.schema)
    let url = SchemaDump.fixtures.appendingPathComponent("schema.sql")
    let pinned = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    if schema != pinned {
      try schema.write(to: url.appendingPathExtension("actual"), atomically: true, encoding: .utf8)
    }
    #expect(schema == pinned, "schema changed: diff Fixtures/schema.sql with schema.sql.actual")
  }

  @Test func aStepWithOnlyACommentRuns() throws {
    let queue = try DatabaseQueue()
    try queue.write { db in try db.execute(sql: "-- nothing to do\n") }
  }
}
