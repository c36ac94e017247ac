import Foundation
import GRDB
import TovholderCore

/// Unintended events (UTH): registration by anyone, the reporter's own list, one event.
/// Review, statistics and export are in the other files of this folder.
///
///     let incident = try db.incidents.register(report, catalogue: catalogue, by: me)
///     let queue = try db.incidents.queue(IncidentQueueFilter(), by: leader)
public struct IncidentRepository: Sendable {
  let db: AppDatabase

  /// Saves a new event as `registered`, with its audit row. The catalogue must hold the
  /// category (its name is kept with the event).
  public func register(_ report: IncidentReport, catalogue: IncidentCatalogue, by actor: Actor)
    throws(StorageError) -> Incident
  {
    guard IncidentRules.canRegister(unitID: report.unitID, actor: actor) else { throw .accessDenied }
    let now = db.now
    do { try IncidentValidation.validate(report, catalogue: catalogue, now: now) } catch {
      throw .invalidIncident(error)
    }
    let categoryName = catalogue.category(code: report.categoryCode)?.name ?? report.categoryCode
    return try db.write { db -> Incident in
      try Self.checkResident(db, report)
      let row = try IncidentRow(report, categoryName: categoryName, by: actor.accountID, at: now).insertAndFetch(db)
      let incident = try row.incident(
        reporterName: try AccountRow.displayName(db, id: actor.accountID) ?? "", actions: [], actor: actor)
      try IncidentSearch.index(db, id: incident.id, report: report)
      try AuditLog.append(
        db, at: now, actor: actor, action: .createIncident, residentID: report.residentID, subjectID: incident.id,
        wrote: .init(table: .incident, id: incident.id))
      return incident
    }
  }

  /// The reporter corrects their report while it is still `registered`. `incident.version`
  /// must be the version read, else `.versionConflict` and nothing changes. A category
  /// no longer in the catalogue may be kept as it was.
  public func update(_ incident: Incident, catalogue: IncidentCatalogue, by actor: Actor)
    throws(StorageError) -> Incident
  {
    let now = db.now
    return try db.write { db -> Incident in
      let old = try IncidentRow.visible(db, id: incident.id, actor: actor)
      var row = old.row
      guard IncidentRules.canEditReport(status: row.status, reporterID: row.reporterId, actor: actor),
        IncidentRules.canRegister(unitID: incident.report.unitID, actor: actor)
      else { throw StorageError.accessDenied }
      var effective = catalogue
      let oldCode = row.categoryCode
      let keptName = row.categoryName
      if incident.report.categoryCode == oldCode && catalogue.category(code: oldCode) == nil {
        effective.categories.append(IncidentCategory(code: oldCode, name: keptName, nameEnglish: keptName))
      }
      do throws(IncidentValidationError) {
        try IncidentValidation.validate(incident.report, catalogue: effective, now: now)
      } catch {
        throw StorageError.invalidIncident(error)
      }
      try VersionCheck.require(db, IncidentRow.self, id: incident.id, expected: incident.version)
      try Self.checkResident(db, incident.report)
      row.setReport(
        incident.report, categoryName: effective.category(code: incident.report.categoryCode)?.name ?? keptName)
      row.stamp(now, by: actor.accountID)
      let saved = try row.updateAndFetch(db)
      try IncidentSearch.index(db, id: incident.id, report: incident.report)
      try AuditLog.append(
        db, at: now, actor: actor, action: .updateIncident, residentID: incident.report.residentID,
        subjectID: incident.id, wrote: .init(table: .incident, id: incident.id))
      return try saved.incident(reporterName: old.reporterName, actions: [], actor: actor)
    }
  }

  /// One event with its review, as `actor` may see it. Audited as a read.
  public func get(_ id: IncidentID, by actor: Actor) throws(StorageError) -> Incident {
    let now = db.now
    return try db.write { db in
      let incident = try IncidentRow.visible(db, id: id, actor: actor)
        .incident(actions: try IncidentActionRow.actions(db, incidentID: id), actor: actor)
      try AuditLog.append(
        db, at: now, actor: actor, action: .readIncident, residentID: incident.report.residentID, subjectID: id)
      return incident
    }
  }

  /// The actor's own reports, newest first, with status and whether feedback has come.
  public func own(by actor: Actor, limit: Int = 200) throws(StorageError) -> [IncidentSummary] {
    let now = db.now
    return try db.write { db in
      let request: SQLRequest<IncidentSummaryRow> = """
        SELECT \(IncidentSummaryRow.columns) FROM incident JOIN unit ON unit.id = incident.unitId
        WHERE reporterId = \(actor.accountID) ORDER BY registeredAt DESC, incident.id DESC LIMIT \(limit)
        """
      let rows = try request.fetchAll(db)
      try AuditLog.append(db, at: now, actor: actor, action: .listIncidents)
      return rows.map { $0.summary(now: now) }
    }
  }

  /// The names of the home's residents the actor may see (for the free-text warning).
  public func residentNames(for actor: Actor) throws(StorageError) -> [String] {
    let units = Array(AccessRules.visibleUnitIDs(for: actor))
    guard !units.isEmpty else { return [] }
    return try db.read { db in
      try ResidentRow.select(Column("name"), as: String.self).filter(units.contains(ResidentRow.Columns.unitId))
        .fetchAll(db)
    }
  }

  static func checkResident(_ db: Database, _ report: IncidentReport) throws {
    guard let residentID = report.residentID else { return }
    guard
      let unit = try ResidentRow.select(ResidentRow.Columns.unitId, as: UnitID.self).filter(key: residentID)
        .fetchOne(db)
    else { throw StorageError.notFound }
    if unit != report.unitID { throw StorageError.invalidIncident(.residentNotInUnit) }
  }
}
