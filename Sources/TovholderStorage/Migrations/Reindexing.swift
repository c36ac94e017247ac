import GRDB
import TovholderCore

/// Derived data (search rows) that a migration leaves to the version opening the file: it runs
/// after the whole schema is up to date, with today's types, so no migration depends on code
/// that a later schema change could break.
///
/// It runs in the open that applied the step. Should that process die between the migration's
/// commit and this one, the rows stay unbuilt; `tovholder check` does not notice (search only
/// misses those old screenings).
enum Reindexing {
  static func run(_ pool: DatabasePool, after applied: Set<String>, catalogues: Catalogues) throws {
    if applied.contains("v2-health-search") {
      try pool.write { db in try HealthSearch.indexAll(db, builtIn: catalogues.health) }
    }
  }
}
