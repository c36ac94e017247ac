import Foundation
import GRDB
import TovholderCore

/// A UTH registered in the handover window, concerning one of the unit's residents.
public struct IncidentHandoverItem: Hashable, Sendable {
  public var summary: IncidentSummary
  public var residentName: String
  /// The reporter's name, for a leader of the unit only: the reporter is confidential to staff.
  public var reporterName: String?
}

extension IncidentRepository {
  /// UTH registered since `since` concerning the unit's residents, newest first. Staff do not
  /// learn who reported. One access row per resident.
  public func handover(unitID: UnitID, since: Date, actor: Actor) throws(StorageError) -> [IncidentHandoverItem] {
    guard AccessRules.canSeeResidents(in: unitID, actor: actor), actor.role != .admin else { throw .accessDenied }
    let now = db.now
    let leads = IncidentRules.canReview(unitID: unitID, actor: actor)
    return try db.write { db in
      let request: SQLRequest<IncidentWithNames> = """
        SELECT \(IncidentSummaryRow.columns), r.name AS residentName, a.displayName AS reporterName
        FROM incident JOIN unit ON unit.id = incident.unitId JOIN resident r ON r.id = incident.residentId
        JOIN account a ON a.id = incident.reporterId
        WHERE incident.registeredAt >= \(since) AND r.unitId = \(unitID)
        ORDER BY incident.registeredAt DESC, incident.id DESC
        """
      let items = try request.fetchAll(db).map { item in
        IncidentHandoverItem(
          summary: item.summary.summary(now: now), residentName: item.residentName,
          reporterName: leads ? item.reporterName : nil)
      }
      for residentID in Set(items.compactMap(\.summary.residentID)).sorted() {
        try AuditLog.append(db, at: now, actor: actor, action: .listIncidents, residentID: residentID)
      }
      return items
    }
  }
}

private struct IncidentWithNames: Decodable, FetchableRecord {
  var summary: IncidentSummaryRow
  var residentName: String
  var reporterName: String
}
