import Foundation
import GRDB
import TovholderCore

/// Risk checks: residents marked at risk, scored each shift on a checklist from a catalogue.
public struct RiskRepository: Sendable {
  let db: AppDatabase

  /// Marks or unmarks a resident as at risk (anyone who may write the record).
  public func setAtRisk(_ atRisk: Bool, residentID: ResidentID, by actor: Actor) throws(StorageError) {
    let now = db.now
    try db.write { db in
      let r = try ResidentRows.visible(db, id: residentID, actor: actor)
      if atRisk {
        try db.execute(
          sql: "INSERT OR IGNORE INTO riskResident (residentId, markedBy, markedAt) VALUES (?, ?, ?)",
          arguments: [r.id, actor.accountID, now])
      } else {
        try db.execute(sql: "DELETE FROM riskResident WHERE residentId = ?", arguments: [r.id])
      }
      try AuditLog.append(db, at: now, actor: actor, action: .markAtRisk, residentID: r.id, subjectID: atRisk ? 1 : 0)
    }
  }

  /// The current residents of the actor's units marked at risk, by name.
  public func atRisk(actor: Actor) throws(StorageError) -> [Resident] {
    let units = AccessRules.visibleUnitIDs(for: actor).sorted()
    guard !units.isEmpty else { return [] }
    return try db.read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT r.* FROM resident r JOIN riskResident k ON k.residentId = r.id
          WHERE r.movedOut IS NULL AND r.unitId IN (\(units.map { _ in "?" }.joined(separator: ",")))
          ORDER BY r.name COLLATE danish
          """, arguments: StatementArguments(units)
      ).compactMap(ResidentRows.resident)
    }
  }

  /// Scores one resident now on `checklist`; the shift is the one containing now.
  public func record(
    residentID: ResidentID, checklist: RiskChecklist, answers: [String: Int], by actor: Actor,
    timeZone: TimeZone = .danish
  ) throws(StorageError) -> RiskCheck {
    let score: Int
    do { score = try checklist.score(answers) } catch { throw .invalidRiskCheck(error) }
    let band = checklist.band(for: score)
    let now = db.now
    let shift = ShiftPeriod.containing(now, times: try db.setup.shiftTimes(), in: timeZone).shift
    return try db.write { db in
      let r = try ResidentRows.visible(db, id: residentID, actor: actor)
      let data = (try? JSONEncoder().encode(answers)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
      try db.execute(
        sql: """
          INSERT INTO riskCheck (residentId, checklistId, checklistVersion, answers, score, level, bandLabel,
            checkedAt, shift, checkedBy) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          r.id, checklist.id, checklist.version, data, score, band.level.rawValue, band.label, now, shift.rawValue,
          actor.accountID,
        ])
      let id = db.lastInsertedRowID
      try AuditLog.append(db, at: now, actor: actor, action: .recordRiskCheck, residentID: r.id, subjectID: id)
      return RiskCheck(
        id: id, residentID: r.id, checklistID: checklist.id, checklistVersion: checklist.version, answers: answers,
        score: score, level: band.level, bandLabel: band.label, checkedAt: now, shift: shift,
        checkedByName: actor.displayName)
    }
  }

  /// The latest check of each resident in `residentIDs` the actor may see (for the daily
  /// list's line). One audit row for the list.
  public func latest(residentIDs: [ResidentID], actor: Actor) throws(StorageError) -> [ResidentID: RiskCheck] {
    let units = AccessRules.visibleUnitIDs(for: actor)
    guard !units.isEmpty, !residentIDs.isEmpty else { return [:] }
    let now = db.now
    return try db.write { db in
      let ids = residentIDs.map { _ in "?" }.joined(separator: ",")
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT c.*, a.displayName AS checkedByName, r.unitId FROM riskCheck c
          JOIN account a ON a.id = c.checkedBy JOIN resident r ON r.id = c.residentId
          WHERE c.id IN (SELECT MAX(id) FROM riskCheck WHERE residentId IN (\(ids)) GROUP BY residentId)
          """, arguments: StatementArguments(residentIDs))
      var result: [ResidentID: RiskCheck] = [:]
      for row in rows where units.contains(row["unitId"]) {
        let check = Self.check(row)
        result[check.residentID] = check
      }
      if !result.isEmpty { try AuditLog.append(db, at: now, actor: actor, action: .readRiskChecks) }
      return result
    }
  }

  /// A resident's checks, newest first. Audited.
  public func history(residentID: ResidentID, actor: Actor, limit: Int = 100) throws(StorageError) -> [RiskCheck] {
    let now = db.now
    return try db.write { db in
      _ = try ResidentRows.visible(db, id: residentID, actor: actor)
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT c.*, a.displayName AS checkedByName FROM riskCheck c JOIN account a ON a.id = c.checkedBy
          WHERE c.residentId = ? ORDER BY c.checkedAt DESC, c.id DESC LIMIT ?
          """, arguments: [residentID, limit])
      try AuditLog.append(db, at: now, actor: actor, action: .readRiskChecks, residentID: residentID)
      return rows.map(Self.check)
    }
  }

  /// High scores in a unit since `since` (the handover window), with the resident's name,
  /// newest first. Audited as one read of the unit.
  public func highForHandover(unitID: UnitID, since: Date? = nil, actor: Actor, timeZone: TimeZone = .danish)
    throws(StorageError) -> [(check: RiskCheck, residentName: String)]
  {
    guard AccessRules.canSeeResidents(in: unitID, actor: actor) else { throw .accessDenied }
    let now = db.now
    let times = try db.setup.shiftTimes()
    let since = since ?? HandoverRule.windowStart(now: now, times: times, in: timeZone)
    return try db.write { db in
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT c.*, a.displayName AS checkedByName, r.name AS residentName FROM riskCheck c
          JOIN account a ON a.id = c.checkedBy JOIN resident r ON r.id = c.residentId
          WHERE c.level = 'high' AND c.checkedAt >= ? AND r.unitId = ? ORDER BY c.checkedAt DESC, c.id DESC
          """, arguments: [since, unitID])
      try AuditLog.append(db, at: now, actor: actor, action: .readRiskChecks, subjectID: unitID)
      return rows.map { (Self.check($0), $0["residentName"]) }
    }
  }

  static func check(_ row: Row) -> RiskCheck {
    let answers = (try? JSONDecoder().decode([String: Int].self, from: Data((row["answers"] as String).utf8))) ?? [:]
    return RiskCheck(
      id: row["id"], residentID: row["residentId"], checklistID: row["checklistId"],
      checklistVersion: row["checklistVersion"], answers: answers, score: row["score"],
      level: RiskLevel(rawValue: row["level"]) ?? .low, bandLabel: row["bandLabel"], checkedAt: row["checkedAt"],
      shift: Shift(rawValue: row["shift"]) ?? .day, checkedByName: row["checkedByName"])
  }
}
