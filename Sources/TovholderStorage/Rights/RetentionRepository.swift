import Foundation
import GRDB
import TovholderCore

extension AppDatabase {
  public var retention: RetentionRepository { RetentionRepository(db: self) }
}

/// The home's retention periods and the runs that apply them. Periods are set by an admin;
/// until a kind has one it is kept. A run deletes, per former resident, each kind whose
/// period has passed since they moved out (`RetentionSweep`).
public struct RetentionRepository: Sendable {
  let db: AppDatabase

  /// The period in force per kind (a kind missing has never been set). Admin and leaders.
  public func rules(actor: Actor) throws(StorageError) -> [RetentionKind: RetentionRule] {
    guard AccessRules.canMaintain(actor: actor) else { throw .accessDenied }
    return try db.read { db in try RetentionRepository.current(db) }
  }

  /// Every setting of `kind`, newest first (who set what, when, under which rule).
  public func history(of kind: RetentionKind, actor: Actor) throws(StorageError) -> [RetentionRule] {
    guard AccessRules.canMaintain(actor: actor) else { throw .accessDenied }
    return try db.read { db in
      try Row.fetchAll(
        db, sql: "\(RetentionRepository.select) WHERE r.kind = ? ORDER BY r.id DESC", arguments: [kind.rawValue]
      ).compactMap(RetentionRepository.rule)
    }
  }

  /// Sets (or with nil clears) the period of `kind` with the rule it follows. Admin only;
  /// audited with the new setting's content, and kept as history.
  @discardableResult
  public func setRule(_ kind: RetentionKind, months: Int?, rule: String, by actor: Actor) throws(StorageError)
    -> RetentionRule
  {
    guard AccessRules.canManageAccounts(actor: actor) else { throw .accessDenied }
    do { try RetentionRule.validate(months: months, rule: rule) } catch { throw .retention(error) }
    let now = db.now
    return try db.write { db in
      try db.execute(
        sql: "INSERT INTO retentionRule (kind, months, rule, setAt, setBy) VALUES (?, ?, ?, ?, ?)",
        arguments: [
          kind.rawValue, months, rule.trimmingCharacters(in: .whitespacesAndNewlines), now, actor.accountID,
        ])
      let id = db.lastInsertedRowID
      try AuditLog.append(
        db, at: now, actor: actor, action: .setRetention, subjectID: id,
        wrote: AuditLog.Written(table: .retentionRule, id: id))
      guard
        let saved = try Row.fetchOne(db, sql: "\(RetentionRepository.select) WHERE r.id = ?", arguments: [id])
          .flatMap(RetentionRepository.rule)
      else { throw StorageError.notFound }
      return saved
    }
  }

  /// What a run would delete today: per former resident and kind, counts only. Admin and
  /// leaders; audited as one read (no resident named in it).
  public func due(actor: Actor, on day: CalendarDay? = nil) throws(StorageError) -> [RetentionDue] {
    guard AccessRules.canMaintain(actor: actor) else { throw .accessDenied }
    let now = db.now
    let today = day ?? CalendarDay(now, in: .danish)
    return try db.write { db in
      let due = try RetentionSweep.due(db, today: today)
      try AuditLog.append(db, at: now, actor: actor, action: .readRetention)
      return due
    }
  }

  /// Deletes what is due, one transaction per resident (a failure leaves that resident as
  /// it was and stops the run; residents done before stay done). Admin only. Afterwards the
  /// search index is merged and the file checkpointed, so deleted text leaves no trace.
  public func apply(actor: Actor, on day: CalendarDay? = nil) throws(StorageError) -> RetentionRunResult {
    guard AccessRules.canManageAccounts(actor: actor) else { throw .accessDenied }
    let today = day ?? CalendarDay(db.now, in: .danish)
    let residents = try db.read { db in try RetentionSweep.due(db, today: today) }
    var result = RetentionRunResult()
    for resident in residents {
      let now = db.now
      let done = try db.write { db in
        try RetentionSweep.apply(db, resident.residentID, today: today, now: now, actor: actor)
      }
      guard !done.isEmpty else { continue }
      result.residents += 1
      for (kind, rows) in done {
        if kind == .register { result.pseudonymised += 1 } else { result.rowsByKind[kind, default: 0] += rows }
      }
    }
    if result.residents > 0 { try db.purgeDeletedText() }
    return result
  }

  static let select = """
    SELECT r.*, coalesce(a.displayName, '') AS setByName FROM retentionRule r LEFT JOIN account a ON a.id = r.setBy
    """

  static func rule(_ row: Row) -> RetentionRule? {
    guard let kind = RetentionKind(rawValue: row["kind"]) else { return nil }
    return RetentionRule(
      id: row["id"], kind: kind, months: row["months"], rule: row["rule"], setAt: row["setAt"],
      setByName: row["setByName"])
  }

  /// The newest setting per kind.
  static func current(_ db: Database) throws -> [RetentionKind: RetentionRule] {
    let rows = try Row.fetchAll(
      db, sql: "\(select) WHERE r.id IN (SELECT max(id) FROM retentionRule GROUP BY kind)")
    var rules: [RetentionKind: RetentionRule] = [:]
    for rule in rows.compactMap(rule) { rules[rule.kind] = rule }
    return rules
  }
}
