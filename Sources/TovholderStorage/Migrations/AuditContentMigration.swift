/// Each audit row of a write records which row it wrote and a hash of that row's content as
/// written (`AuditLog.Content`), so `tovholder check` can name rows changed outside the
/// program. Plain SQL, frozen: never edit it, add a migration after it.
enum AuditContentMigration {
  static let name = "v3-audit-content-hash"

  static let sql = """
    ALTER TABLE auditLog ADD COLUMN contentTable TEXT;
    ALTER TABLE auditLog ADD COLUMN contentId INTEGER;
    ALTER TABLE auditLog ADD COLUMN contentHash TEXT;
    CREATE INDEX auditLog_content ON auditLog(contentTable, contentId, id) WHERE contentTable IS NOT NULL;
    """
}
