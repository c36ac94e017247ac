import Foundation
import GRDB
import TovholderCore

/// The monthly batch report: minor falls, infections and medicine administration and
/// dispensing events of a finished month, collected into one report per unit.
extension IncidentRepository {
  /// Collects the month's qualifying events of `unitID` (open, not yet batched, a batch
  /// category and not serious) into one report and marks them with it. Leaders of the unit.
  public func createBatchReport(
    unitID: UnitID, month: IncidentMonth, catalogue: IncidentCatalogue, by actor: Actor
  ) throws(StorageError) -> IncidentBatchReport {
    guard IncidentRules.canReview(unitID: unitID, actor: actor) else { throw .accessDenied }
    let now = db.now
    guard month < IncidentMonth(CalendarDay(now, in: .danish)) else { throw .incidentBatch(.monthNotOver) }
    let codes = catalogue.categories.filter(\.allowsBatchReport).map(\.code)
    guard !codes.isEmpty else { throw .incidentBatch(.nothingToReport) }
    return try db.write { db in
      if try Bool.fetchOne(
        db, sql: "SELECT 1 FROM incidentBatch WHERE unitId = ? AND month = ?", arguments: [unitID, month.text]) == true
      {
        throw StorageError.incidentBatch(.alreadyReported)
      }
      let ids = try Int64.fetchAll(
        db,
        sql: """
          SELECT id FROM incident
          WHERE unitId = ? AND occurredMonth = ? AND batchId IS NULL AND status IN ('registered', 'underReview')
            AND severity < ? AND categoryCode IN (\(Self.marks(codes.count)))
          ORDER BY occurredDay, id
          """,
        arguments: [unitID, month.text, Severity.seriousRisk.rawValue] + StatementArguments(codes))
      guard !ids.isEmpty else { throw StorageError.incidentBatch(.nothingToReport) }
      try db.execute(
        sql: "INSERT INTO incidentBatch (unitId, month, createdAt, createdBy) VALUES (?, ?, ?, ?)",
        arguments: [unitID, month.text, now, actor.accountID])
      let batchID = db.lastInsertedRowID
      try db.execute(
        sql: """
          UPDATE incident SET batchId = ?, version = version + 1, updatedAt = ?, updatedBy = ?
          WHERE id IN (\(Self.marks(ids.count)))
          """, arguments: [batchID, now, actor.accountID] + StatementArguments(ids))
      try AuditLog.append(db, at: now, actor: actor, action: .batchReportIncidents, subjectID: batchID)
      return try Self.batch(db, id: batchID, now: now)!
    }
  }

  /// The batch reports of the leader's units, newest month first.
  public func batchReports(by actor: Actor) throws(StorageError) -> [IncidentBatchReport] {
    let units = try reviewUnits(nil, actor: actor)
    let now = db.now
    return try db.read { db in
      try Int64.fetchAll(
        db,
        sql: "SELECT id FROM incidentBatch WHERE unitId IN (\(Self.marks(units.count))) ORDER BY month DESC, id DESC",
        arguments: StatementArguments(units)
      ).compactMap { try Self.batch(db, id: $0, now: now) }
    }
  }

  static func batch(_ db: Database, id: IncidentBatchID, now: Date) throws -> IncidentBatchReport? {
    guard
      let row = try Row.fetchOne(
        db,
        sql:
          "SELECT incidentBatch.*, unit.name AS unitName FROM incidentBatch JOIN unit ON unit.id = unitId WHERE incidentBatch.id = ?",
        arguments: [id]),
      let month = IncidentMonth(text: row["month"])
    else { return nil }
    let incidents = try Row.fetchAll(
      db,
      sql: """
        SELECT incident.*, unit.name AS unitName FROM incident JOIN unit ON unit.id = incident.unitId
        WHERE batchId = ? ORDER BY occurredDay, incident.id
        """, arguments: [id]
    ).map { IncidentRows.summary($0, now: now) }
    return IncidentBatchReport(
      id: id, unitID: row["unitId"], unitName: row["unitName"], month: month, createdAt: row["createdAt"],
      incidents: incidents)
  }
}
