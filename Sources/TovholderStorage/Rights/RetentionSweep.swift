import Foundation
import GRDB
import TovholderCore

/// Finds and deletes what the home's retention periods no longer allow it to keep.
///
/// How the audit chain stays verifiable: nothing in the audit log is ever deleted (its rows
/// hold ids and staff names, no content). Each kind deleted for a resident leaves one row in
/// `retentionDeletion` (kind, count, rule, period, and the ids of the deleted rows) and one
/// audit row `retention.delete` that records that row's content hash, so the record of the
/// deletion is itself covered by the chain. `check` compares every audited row with its last
/// audited hash; a deleted row is expected to be missing when a verified `retentionDeletion`
/// row lists its id (`ContentHash.report`). The pseudonymised register entry is written with
/// an ordinary audited write, so its new content is what `check` expects.
enum RetentionSweep {
  /// Each kind's rows in the search index.
  static let searchKinds: [RetentionKind: [SearchKind]] = [
    .notes: [.note], .plans: [.plan], .health: [.screening], .incidents: [.incident], .episodes: [.episode],
  ]

  static func due(_ db: Database, today: CalendarDay) throws -> [RetentionDue] {
    let rules = try RetentionRepository.current(db).filter { $0.value.months != nil }
    guard !rules.isEmpty else { return [] }
    let former = try Row.fetchAll(
      db, sql: "SELECT id, movedOut FROM resident WHERE movedOut IS NOT NULL AND movedOut <= ? ORDER BY id",
      arguments: [today.iso])
    var result: [RetentionDue] = []
    for row in former {
      let id: ResidentID = row["id"]
      guard let movedOut = CalendarDay(iso: row["movedOut"]) else { continue }
      let items = try dueItems(db, id, movedOut: movedOut, today: today, rules: rules)
      if !items.isEmpty { result.append(RetentionDue(residentID: id, movedOut: movedOut, items: items)) }
    }
    return result
  }

  static func dueItems(
    _ db: Database, _ residentID: ResidentID, movedOut: CalendarDay, today: CalendarDay,
    rules: [RetentionKind: RetentionRule]
  ) throws -> [RetentionDue.Item] {
    var items: [RetentionDue.Item] = []
    for kind in RetentionKind.deletionOrder {
      guard let rule = rules[kind], rule.isDue(movedOut: movedOut, today: today) else { continue }
      let rows: Int
      if kind == .register {
        rows = try Bool.fetchOne(
          db, sql: "SELECT EXISTS (SELECT 1 FROM residentPseudonym WHERE residentId = ?)", arguments: [residentID])
          == true ? 0 : 1
      } else {
        rows = try ResidentTables.tables(of: kind).reduce(0) { sum, table in
          sum
            + (try Int.fetchOne(
              db, sql: "SELECT count(*) FROM \(table.name) WHERE \(table.scope)", arguments: [residentID]) ?? 0)
        }
      }
      if rows > 0 { items.append(RetentionDue.Item(kind: kind, rows: rows, rule: rule)) }
    }
    return items
  }

  /// Deletes (and pseudonymises) what is due for one resident, inside the caller's
  /// transaction. Returns what was done, per kind.
  static func apply(_ db: Database, _ residentID: ResidentID, today: CalendarDay, now: Date, actor: Actor) throws
    -> [(RetentionKind, Int)]
  {
    let rules = try RetentionRepository.current(db).filter { $0.value.months != nil }
    guard
      let movedOutText = try String.fetchOne(db, sql: "SELECT movedOut FROM resident WHERE id = ?", arguments: [residentID]),
      let movedOut = CalendarDay(iso: movedOutText), movedOut <= today
    else { return [] }
    try db.execute(sql: "PRAGMA secure_delete = ON")
    var done: [(RetentionKind, Int)] = []
    for item in try dueItems(db, residentID, movedOut: movedOut, today: today, rules: rules) {
      if item.kind == .register {
        try Pseudonymising.apply(db, residentID, now: now, actor: actor)
        done.append((.register, 1))
      } else {
        done.append((item.kind, try delete(db, item, residentID: residentID, now: now, actor: actor)))
      }
    }
    return done
  }

  static func delete(_ db: Database, _ item: RetentionDue.Item, residentID: ResidentID, now: Date, actor: Actor) throws
    -> Int
  {
    if item.kind == .episodes {
      // A force report kept longer than the episode it was part of keeps its content, not the link.
      let unlinked = try Int64.fetchAll(
        db,
        sql: "SELECT id FROM forceReport WHERE episodeId IN (SELECT id FROM violentEpisode WHERE residentId = ?)",
        arguments: [residentID])
      try db.execute(
        sql: "UPDATE forceReport SET episodeId = NULL WHERE episodeId IN (SELECT id FROM violentEpisode WHERE residentId = ?)",
        arguments: [residentID])
      for id in unlinked {
        try AuditLog.append(
          db, at: now, actor: actor, action: .retentionDelete, residentID: residentID,
          wrote: AuditLog.Written(table: .forceReport, id: id))
      }
    }
    var ids: [String: [Int64]] = [:]
    var count = 0
    for table in ResidentTables.tables(of: item.kind) {
      // Each row by the column `check` names it by (the resident, for tables of one row each).
      let key = ContentHash.Table(rawValue: table.name)?.key ?? "id"
      if try db.columns(in: table.name).contains(where: { $0.name == key }) {
        let found = try Int64.fetchAll(
          db, sql: "SELECT \(key) FROM \(table.name) WHERE \(table.scope) ORDER BY \(key)", arguments: [residentID])
        if !found.isEmpty { ids[table.name] = found }
      }
      try db.execute(sql: "DELETE FROM \(table.name) WHERE \(table.scope)", arguments: [residentID])
      count += db.changesCount
    }
    for kind in searchKinds[item.kind] ?? [] {
      try db.execute(
        sql: "DELETE FROM searchItem WHERE residentId = ? AND kind = ?", arguments: [residentID, kind.rawValue])
    }
    try db.execute(
      sql: """
        INSERT INTO retentionDeletion (residentId, kind, rowCount, ruleId, months, rule, rowIds, deletedAt, deletedBy)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [
        residentID, item.kind.rawValue, count, item.rule.id, item.rule.months, item.rule.rule, rowIDsText(ids), now,
        actor.accountID,
      ])
    let id = db.lastInsertedRowID
    try AuditLog.append(
      db, at: now, actor: actor, action: .retentionDelete, residentID: residentID, subjectID: id,
      wrote: AuditLog.Written(table: .retentionDeletion, id: id))
    return count
  }

  /// `{"note":[4,9],"plan":[2]}`: ids only, tables in name order.
  static func rowIDsText(_ ids: [String: [Int64]]) -> String {
    "{" + ids.keys.sorted().map { key in
      "\"\(key)\":[" + (ids[key] ?? []).map(String.init).joined(separator: ",") + "]"
    }.joined(separator: ",") + "}"
  }

  /// The ids `rowIDsText` wrote, per table.
  static func rowIDs(_ text: String) -> [String: Set<Int64>] {
    guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: [Any]] else { return [:] }
    return object.mapValues { Set($0.compactMap { ($0 as? NSNumber)?.int64Value }) }
  }
}

extension AppDatabase {
  /// After deletions (made with `secure_delete`, which overwrites a deleted row's bytes):
  /// merges the search index (FTS5 keeps deleted words in old segments until merged), and
  /// checkpoints the WAL into the file, so a deleted
  /// text is not left readable in the database's free pages. Best effort: a reader holding an
  /// old snapshot can keep the WAL from being truncated until it closes.
  func purgeDeletedText() throws(StorageError) {
    try write { db in
      try db.execute(sql: "PRAGMA secure_delete = ON")
      try db.execute(sql: "INSERT INTO searchFts(searchFts) VALUES ('optimize')")
    }
    pool.writeWithoutTransaction { db in _ = try? db.checkpoint(.truncate) }
  }
}
