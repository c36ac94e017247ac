import Foundation
import GRDB
import TovholderCore

extension IncidentRepository {
  /// The events that concern one resident, newest first, as far as `actor` may see them
  /// (staff and leaders of the event's unit, and the reporter). No reporter in the result.
  /// Audited as one read of the resident's events.
  public func concerning(_ residentID: ResidentID, by actor: Actor, limit: Int = 500) throws(StorageError)
    -> [IncidentSummary]
  {
    let units = Array(AccessRules.visibleUnitIDs(for: actor)).sorted()
    guard actor.role != .admin else { throw .accessDenied }
    let now = db.now
    return try db.write { db in
      let request: SQLRequest<IncidentSummaryRow> = """
        SELECT \(IncidentSummaryRow.columns) FROM incident JOIN unit ON unit.id = incident.unitId
        WHERE incident.residentId = \(residentID)
          AND (incident.unitId IN \(units) OR incident.reporterId = \(actor.accountID))
        ORDER BY incident.occurredAt DESC, incident.id DESC LIMIT \(limit)
        """
      let rows = try request.fetchAll(db)
      try AuditLog.append(db, at: now, actor: actor, action: .listIncidents, residentID: residentID)
      return rows.map { $0.summary(now: now) }
    }
  }
}
