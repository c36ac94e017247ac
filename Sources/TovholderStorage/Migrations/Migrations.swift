import GRDB
import TovholderCore

/// The schema: one frozen SQL file per change in this folder, `NNNN-identifier.sql`, applied
/// in number order. Never edit a shipped file: add the next number (and its line below and in
/// Package.swift). `MigrationTests` pins each file's text, the list and the resulting schema.
///
/// The identifier is what `grdb_migrations` stores in every user's file, so it never changes;
/// the number only orders the folder.
enum Migrations {
  /// `PRAGMA application_id` marking a Tovholder database ("TovH"), set by 0001.
  static let applicationID: Int32 = 0x546F_7648

  struct Step: Sendable {
    var number: Int
    var identifier: String
    var sql: String

    init(_ number: Int, _ identifier: String, _ sql: [UInt8]) {
      self.number = number
      self.identifier = identifier
      self.sql = String(decoding: sql, as: UTF8.self)
    }

    var fileName: String { "\(String(number + 10_000).dropFirst())-\(identifier).sql" }
  }

  /// SwiftPM names an embedded file after its name with the first digit turned into `_`.
  static let steps: [Step] = [
    Step(1, "v1-accounts-residents-notes", PackageResources._001_v1_accounts_residents_notes_sql),
    Step(2, "v1-audit", PackageResources._002_v1_audit_sql),
    Step(3, "v1-search-drafts", PackageResources._003_v1_search_drafts_sql),
    Step(4, "v2-incidents", PackageResources._004_v2_incidents_sql),
    Step(5, "v2-plans", PackageResources._005_v2_plans_sql),
    Step(6, "health-v1", PackageResources._006_health_v1_sql),
    Step(7, "v2-episodes-force-risk", PackageResources._007_v2_episodes_force_risk_sql),
    Step(8, "v1-relatives", PackageResources._008_v1_relatives_sql),
    Step(9, "v2-health-search", PackageResources._009_v2_health_search_sql),
    Step(10, "v2-residents-audit-head", PackageResources._010_v2_residents_audit_head_sql),
    Step(11, "v3-audit-content-hash", PackageResources._011_v3_audit_content_hash_sql),
    Step(12, "v3-search-one-letter-prefix", PackageResources._012_v3_search_one_letter_prefix_sql),
    Step(13, "v3-drafts-by-session", PackageResources._013_v3_drafts_by_session_sql),
    Step(14, "v3-rights-retention", PackageResources._014_v3_rights_retention_sql),
    Step(15, "v4-shift-as-lived", PackageResources._015_v4_shift_as_lived_sql),
  ]

  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    for step in steps {
      migrator.registerMigration(step.identifier) { db in try db.execute(sql: step.sql) }
    }
    return migrator
  }

  /// Brings the schema up to date, then rebuilds what the applied steps left to today's code.
  static func migrate(_ pool: DatabasePool, catalogues: Catalogues) throws {
    let migrator = migrator
    let before = try pool.read { db in try migrator.appliedIdentifiers(db) }
    try migrator.migrate(pool)
    try Reindexing.run(pool, after: Set(migrator.migrations).subtracting(before), catalogues: catalogues)
  }
}
