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
      let r = try ResidentRow.visible(db, id: residentID, actor: actor)
      if atRisk {
        try RiskResidentRow(residentId: r.id, markedBy: actor.accountID, markedAt: now).insert(db, onConflict: .ignore)
      } else {
        try RiskResidentRow.deleteOne(db, key: r.id)
      }
      try AuditLog.append(
        db, at: now, actor: actor, action: .markAtRisk, residentID: r.id, subjectID: atRisk ? 1 : 0,
        wrote: .init(table: .riskResident, id: r.id))
    }
  }

  /// The current residents of the actor's units marked at risk, by name.
  public func atRisk(actor: Actor) throws(StorageError) -> [Resident] {
    let units = AccessRules.visibleUnitIDs(for: actor).sorted()
    guard !units.isEmpty else { return [] }
    return try db.read { db in
      let request: SQLRequest<ResidentRow> = """
        SELECT r.* FROM resident r JOIN riskResident k ON k.residentId = r.id
        WHERE r.movedOut IS NULL AND r.unitId IN \(units)
        ORDER BY r.name COLLATE danish
        """
      return try request.fetchAll(db).map { try $0.resident() }
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
      let r = try ResidentRow.visible(db, id: residentID, actor: actor)
      let check = try RiskCheckRow(
        residentId: r.id, checklistId: checklist.id, checklistVersion: checklist.version, answers: answers,
        score: score, level: band.level, bandLabel: band.label, checkedAt: now, shift: shift,
        checkedBy: actor.accountID
      ).insertAndFetch(db).check(checkedByName: actor.displayName)
      try AuditLog.append(
        db, at: now, actor: actor, action: .recordRiskCheck, residentID: r.id, subjectID: check.id,
        wrote: .init(table: .riskCheck, id: check.id))
      return check
    }
  }

  /// The latest check of each resident in `residentIDs` the actor may see (for the daily
  /// list's line). One audit row for the list.
  public func latest(residentIDs: [ResidentID], actor: Actor) throws(StorageError) -> [ResidentID: RiskCheck] {
    let units = AccessRules.visibleUnitIDs(for: actor)
    guard !units.isEmpty, !residentIDs.isEmpty else { return [:] }
    let now = db.now
    return try db.write { db in
      let request: SQLRequest<CheckRow> = """
        SELECT c.*, a.displayName AS checkedByName, r.unitId, r.name AS residentName FROM riskCheck c
        JOIN account a ON a.id = c.checkedBy JOIN resident r ON r.id = c.residentId
        WHERE c.id IN (SELECT MAX(id) FROM riskCheck WHERE residentId IN \(residentIDs) GROUP BY residentId)
        """
      var result: [ResidentID: RiskCheck] = [:]
      for row in try request.fetchAll(db) where units.contains(row.unitId) {
        let check = try row.check()
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
      _ = try ResidentRow.visible(db, id: residentID, actor: actor)
      let request: SQLRequest<CheckRow> = """
        SELECT c.*, a.displayName AS checkedByName, r.unitId, r.name AS residentName FROM riskCheck c
        JOIN account a ON a.id = c.checkedBy JOIN resident r ON r.id = c.residentId
        WHERE c.residentId = \(residentID) ORDER BY c.checkedAt DESC, c.id DESC LIMIT \(limit)
        """
      let checks = try request.fetchAll(db).map { try $0.check() }
      try AuditLog.append(db, at: now, actor: actor, action: .readRiskChecks, residentID: residentID)
      return checks
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
      let request: SQLRequest<CheckRow> = """
        SELECT c.*, a.displayName AS checkedByName, r.unitId, r.name AS residentName FROM riskCheck c
        JOIN account a ON a.id = c.checkedBy JOIN resident r ON r.id = c.residentId
        WHERE c.level = \(RiskLevel.high) AND c.checkedAt >= \(since) AND r.unitId = \(unitID)
        ORDER BY c.checkedAt DESC, c.id DESC
        """
      let found = try request.fetchAll(db).map { (check: try $0.check(), residentName: $0.residentName) }
      try AuditLog.append(db, at: now, actor: actor, action: .readRiskChecks, subjectID: unitID)
      return found
    }
  }
}

/// A check with who scored it and the resident's unit and name.
private struct CheckRow: Decodable, FetchableRecord {
  var row: RiskCheckRow
  var checkedByName: String
  var unitId: UnitID
  var residentName: String

  func check() throws -> RiskCheck { try row.check(checkedByName: checkedByName) }
}
