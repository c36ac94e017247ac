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
      let columns =
        IncidentRows.reportColumns + [
          "reporterId", "status", "registeredAt", "statusChangedAt", "statusChangedBy", "updatedAt", "updatedBy",
        ]
      var arguments = IncidentRows.reportArguments(report, categoryName: categoryName)
      arguments += [
        actor.accountID, IncidentStatus.registered.rawValue, now, now, actor.accountID, now, actor.accountID,
      ]
      try db.execute(
        sql: "INSERT INTO incident (\(columns.joined(separator: ", "))) VALUES (\(Self.marks(columns.count)))",
        arguments: arguments)
      let id = db.lastInsertedRowID
      try IncidentSearch.index(db, id: id, report: report)
      try AuditLog.append(
        db, at: now, actor: actor, action: .createIncident, residentID: report.residentID, subjectID: id)
      return IncidentRows.incident(try IncidentRows.fetchRow(db, id: id)!, actions: [], actor: actor)
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
      let old = try IncidentRows.visibleRow(db, id: incident.id, actor: actor)
      let oldStatus = IncidentStatus(rawValue: old["status"]) ?? .closed
      guard IncidentRules.canEditReport(status: oldStatus, reporterID: old["reporterId"], actor: actor),
        IncidentRules.canRegister(unitID: incident.report.unitID, actor: actor)
      else { throw StorageError.accessDenied }
      var effective = catalogue
      let oldCode: String = old["categoryCode"]
      let keptName: String = old["categoryName"]
      if incident.report.categoryCode == oldCode && catalogue.category(code: oldCode) == nil {
        effective.categories.append(IncidentCategory(code: oldCode, name: keptName, nameEnglish: keptName))
      }
      do throws(IncidentValidationError) {
        try IncidentValidation.validate(incident.report, catalogue: effective, now: now)
      } catch {
        throw StorageError.invalidIncident(error)
      }
      try VersionCheck.require(db, table: "incident", id: incident.id, expected: incident.version)
      try Self.checkResident(db, incident.report)
      let name = effective.category(code: incident.report.categoryCode)?.name ?? keptName
      let sets = IncidentRows.reportColumns.map { "\($0) = ?" }.joined(separator: ", ")
      var arguments = IncidentRows.reportArguments(incident.report, categoryName: name)
      arguments += [now, actor.accountID, incident.id]
      try db.execute(
        sql: "UPDATE incident SET \(sets), version = version + 1, updatedAt = ?, updatedBy = ? WHERE id = ?",
        arguments: arguments)
      try IncidentSearch.index(db, id: incident.id, report: incident.report)
      try AuditLog.append(
        db, at: now, actor: actor, action: .updateIncident, residentID: incident.report.residentID,
        subjectID: incident.id)
      return IncidentRows.incident(try IncidentRows.fetchRow(db, id: incident.id)!, actions: [], actor: actor)
    }
  }

  /// One event with its review, as `actor` may see it. Audited as a read.
  public func get(_ id: IncidentID, by actor: Actor) throws(StorageError) -> Incident {
    let now = db.now
    return try db.write { db in
      let row = try IncidentRows.visibleRow(db, id: id, actor: actor)
      let incident = IncidentRows.incident(row, actions: try IncidentRows.actions(db, incidentID: id), actor: actor)
      try AuditLog.append(
        db, at: now, actor: actor, action: .readIncident, residentID: incident.report.residentID, subjectID: id)
      return incident
    }
  }

  /// The actor's own reports, newest first, with status and whether feedback has come.
  public func own(by actor: Actor, limit: Int = 200) throws(StorageError) -> [IncidentSummary] {
    let now = db.now
    return try db.write { db in
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT incident.*, unit.name AS unitName FROM incident JOIN unit ON unit.id = incident.unitId
          WHERE reporterId = ? ORDER BY registeredAt DESC, incident.id DESC LIMIT ?
          """, arguments: [actor.accountID, limit])
      try AuditLog.append(db, at: now, actor: actor, action: .listIncidents)
      return rows.map { IncidentRows.summary($0, now: now) }
    }
  }

  /// The names of the home's residents the actor may see (for the free-text warning).
  public func residentNames(for actor: Actor) throws(StorageError) -> [String] {
    let units = Array(AccessRules.visibleUnitIDs(for: actor))
    guard !units.isEmpty else { return [] }
    return try db.read { db in
      try String.fetchAll(
        db, sql: "SELECT name FROM resident WHERE unitId IN (\(Self.marks(units.count)))",
        arguments: StatementArguments(units))
    }
  }

  static func checkResident(_ db: Database, _ report: IncidentReport) throws {
    guard let residentID = report.residentID else { return }
    guard let unit = try Int64.fetchOne(db, sql: "SELECT unitId FROM resident WHERE id = ?", arguments: [residentID])
    else { throw StorageError.notFound }
    if unit != report.unitID { throw StorageError.invalidIncident(.residentNotInUnit) }
  }

  static func marks(_ n: Int) -> String { Array(repeating: "?", count: n).joined(separator: ", ") }
}
