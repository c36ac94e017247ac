import GRDB

/// The schema, one named migration per change. Never edit a shipped migration: add one.
enum Migrations {
  /// `PRAGMA application_id` marking a Tovholder database ("TovH").
  static let applicationID: Int32 = 0x546F_7648

  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1-accounts-residents-notes", migrate: V1.migrate)
    migrator.registerMigration("v1-audit", migrate: V1Audit.migrate)
    migrator.registerMigration("v1-search-drafts", migrate: V1Search.migrate)
    migrator.registerMigration("v2-incidents", migrate: V2Incidents.migrate)
    migrator.registerMigration(PlansMigration.name, migrate: PlansMigration.migrate)
    migrator.registerMigration("health-v1", migrate: HealthMigration.migrate)
    migrator.registerMigration("v2-episodes-force-risk", migrate: V2Episodes.migrate)
    migrator.registerMigration("v1-relatives", migrate: V1Relatives.migrate)
    migrator.registerMigration("v2-health-search", migrate: HealthSearch.indexAll)
    migrator.registerMigration(AuditHeadMigration.name, migrate: AuditHeadMigration.migrate)
    migrator.registerMigration(AuditContentMigration.name) { try $0.execute(sql: AuditContentMigration.sql) }
    // From here on each migration is a frozen SQL file in this folder, `NNNN-identifier.sql`.
    migrator.registerMigration("v4-shift-as-lived") {
      try $0.execute(sql: String(decoding: PackageResources._012_v4_shift_as_lived_sql, as: UTF8.self))
    }
    return migrator
  }
}
