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
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT incident.*, unit.name AS unitName FROM incident JOIN unit ON unit.id = incident.unitId
          WHERE incident.residentId = ? AND (incident.unitId IN (\(Self.marks(max(1, units.count))))
            OR incident.reporterId = ?)
          ORDER BY incident.occurredAt DESC, incident.id DESC LIMIT ?
          """,
        arguments: [residentID] + StatementArguments(units.isEmpty ? [-1] : units) + [actor.accountID, limit])
      try AuditLog.append(db, at: now, actor: actor, action: .listIncidents, residentID: residentID)
      return rows.map { IncidentRows.summary($0, now: now) }
    }
  }
}
