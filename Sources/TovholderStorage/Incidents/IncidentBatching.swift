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
      if try IncidentBatchRow.filter(Column("unitId") == unitID && Column("month") == month.text).fetchCount(db) > 0 {
        throw StorageError.incidentBatch(.alreadyReported)
      }
      let qualifying: SQLRequest<IncidentID> = """
        SELECT id FROM incident
        WHERE unitId = \(unitID) AND occurredMonth = \(month.text) AND batchId IS NULL
          AND status IN ('registered', 'underReview') AND severity < \(Severity.seriousRisk)
          AND categoryCode IN \(codes)
        ORDER BY occurredDay, id
        """
      let ids = try qualifying.fetchAll(db)
      guard !ids.isEmpty else { throw StorageError.incidentBatch(.nothingToReport) }
      let batch = try IncidentBatchRow(unitId: unitID, month: month.text, createdAt: now, createdBy: actor.accountID)
        .insertAndFetch(db)
      guard let batchID = batch.id else { throw batch.undecodable(nil) }
      try db.execute(
        literal: """
          UPDATE incident SET batchId = \(batchID), version = version + 1, updatedAt = \(now),
            updatedBy = \(actor.accountID)
          WHERE id IN \(ids)
          """)
      try AuditLog.append(db, at: now, actor: actor, action: .batchReportIncidents, subjectID: batchID)
      guard let report = try Self.batch(db, id: batchID, now: now) else { throw StorageError.notFound }
      return report
    }
  }

  /// The batch reports of the leader's units, newest month first.
  public func batchReports(by actor: Actor) throws(StorageError) -> [IncidentBatchReport] {
    let units = try reviewUnits(nil, actor: actor)
    let now = db.now
    return try db.read { db in
      try IncidentBatchRow.filter(units.contains(Column("unitId"))).order(Column("month").desc, Column("id").desc)
        .fetchAll(db).compactMap { row in try row.id.flatMap { try Self.batch(db, id: $0, now: now) } }
    }
  }

  static func batch(_ db: Database, id: IncidentBatchID, now: Date) throws -> IncidentBatchReport? {
    guard let batch = try IncidentBatchRow.fetchOne(db, key: id) else { return nil }
    guard let month = IncidentMonth(text: batch.month) else { throw batch.undecodable(id) }
    let incidents: SQLRequest<IncidentSummaryRow> = """
      SELECT \(IncidentSummaryRow.columns) FROM incident JOIN unit ON unit.id = incident.unitId
      WHERE batchId = \(id) ORDER BY occurredDay, incident.id
      """
    return IncidentBatchReport(
      id: id, unitID: batch.unitId, unitName: try UnitRow.fetchOne(db, key: batch.unitId)?.name ?? "", month: month,
      createdAt: batch.createdAt, incidents: try incidents.fetchAll(db).map { $0.summary(now: now) })
  }
}
