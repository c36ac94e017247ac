import Foundation
import GRDB
import TovholderCore

/// The leaders' side: the review queue and the steps of the case flow. Each step checks
/// `IncidentFlow`, the version read, and writes its audit row (who and when) in the same
/// transaction.
extension IncidentRepository {
  /// Events in the leader's units, oldest registration first, with days since registration.
  /// Audited as one read of the list.
  public func queue(_ filter: IncidentQueueFilter = IncidentQueueFilter(), by actor: Actor, limit: Int = 500)
    throws(StorageError) -> [IncidentSummary]
  {
    var units = IncidentRules.reviewUnits(for: actor)
    if let unit = filter.unitID { units = units.intersection([unit]) }
    guard !units.isEmpty else {
      if actor.role == .leader, filter.unitID != nil { return [] }
      throw .accessDenied
    }
    let now = db.now
    var sql = """
      SELECT incident.id, incident.unitId, unit.name AS unitName, incident.residentId, incident.headline,
        incident.categoryCode, incident.categoryName, incident.severity, incident.status, incident.occurredDay,
        incident.registeredAt, incident.feedback, incident.batchId
      FROM incident JOIN unit ON unit.id = incident.unitId
      WHERE incident.status IN (\(Self.marks(filter.statuses.count)))
        AND incident.unitId IN (\(Self.marks(units.count)))
      """
    var arguments = StatementArguments(filter.statuses.map(\.rawValue)) + StatementArguments(Array(units))
    if let code = filter.categoryCode {
      sql += " AND incident.categoryCode = ?"
      arguments += [code]
    }
    if let severity = filter.severity {
      sql += " AND incident.severity = ?"
      arguments += [severity.rawValue]
    }
    sql += " ORDER BY incident.registeredAt, incident.id LIMIT ?"
    arguments += [limit]
    let finalSQL = sql
    let finalArguments = arguments
    return try db.write { db in
      let rows = try Row.fetchAll(db, sql: finalSQL, arguments: finalArguments)
      try AuditLog.append(db, at: now, actor: actor, action: .listIncidents)
      return rows.map { IncidentRows.summary($0, now: now) }
    }
  }

  /// registered → under review.
  public func startReview(_ id: IncidentID, version: Int, by actor: Actor) throws(StorageError) -> Incident {
    try step(id, version: version, .startReview, by: actor)
  }

  /// under review → closed, with analysis, actions and the feedback the reporter reads.
  public func close(_ id: IncidentID, review: IncidentReview, version: Int, by actor: Actor) throws(StorageError)
    -> Incident
  {
    try step(id, version: version, .close(review), by: actor)
  }

  /// registered / under review → rejected, with one of the five reasons.
  public func reject(_ id: IncidentID, reason: RejectionReason, version: Int, by actor: Actor)
    throws(StorageError) -> Incident
  {
    try step(id, version: version, .reject(reason), by: actor)
  }

  /// Saves the analysis, actions and feedback written so far while under review (not yet
  /// closed; incomplete is fine). Versioned and audited.
  public func saveReview(_ id: IncidentID, review: IncidentReview, version: Int, by actor: Actor)
    throws(StorageError) -> Incident
  {
    let now = db.now
    return try db.write { db in
      let row = try IncidentRows.visibleRow(db, id: id, actor: actor)
      guard IncidentRules.canReview(unitID: row["unitId"], actor: actor) else { throw StorageError.accessDenied }
      guard row["status"] == IncidentStatus.underReview.rawValue else {
        throw StorageError.incidentTransition(
          .notAllowed(from: IncidentStatus(rawValue: row["status"]) ?? .closed, to: .underReview))
      }
      let limit = IncidentValidation.maxTextLength
      if review.analysis.count > limit || review.feedback.count > limit {
        throw StorageError.incidentTransition(.textTooLong(limit: limit))
      }
      try VersionCheck.require(db, table: "incident", id: id, expected: version)
      try db.execute(
        sql: """
          UPDATE incident SET analysis = ?, feedback = ?, version = version + 1, updatedAt = ?, updatedBy = ?
          WHERE id = ?
          """, arguments: [review.analysis, review.feedback, now, actor.accountID, id])
      try IncidentRows.replaceActions(db, incidentID: id, review.actions)
      try AuditLog.append(
        db, at: now, actor: actor, action: .saveIncidentReview, residentID: row["residentId"], subjectID: id)
      return IncidentRows.incident(try IncidentRows.fetchRow(db, id: id)!, actions: review.actions, actor: actor)
    }
  }

  private func step(_ id: IncidentID, version: Int, _ transition: IncidentTransition, by actor: Actor)
    throws(StorageError) -> Incident
  {
    let now = db.now
    let today = CalendarDay(now, in: .danish)
    return try db.write { db in
      let row = try IncidentRows.visibleRow(db, id: id, actor: actor)
      let status = IncidentStatus(rawValue: row["status"]) ?? .closed
      do throws(IncidentTransitionError) {
        try IncidentFlow.check(transition, from: status, unitID: row["unitId"], actor: actor, today: today)
      } catch {
        throw error == .notLeaderOfUnit ? StorageError.accessDenied : StorageError.incidentTransition(error)
      }
      try VersionCheck.require(db, table: "incident", id: id, expected: version)
      let action: AuditAction
      var extra = ""
      var arguments: StatementArguments = [transition.target.rawValue, now, actor.accountID]
      switch transition {
      case .startReview:
        action = .startIncidentReview
      case .close(let review):
        action = .closeIncident
        extra = ", analysis = ?, feedback = ?"
        arguments += [review.analysis, review.feedback]
        try IncidentRows.replaceActions(db, incidentID: id, review.actions)
      case .reject(let reason):
        action = .rejectIncident
        extra = ", rejectionReason = ?"
        arguments += [reason.rawValue]
      }
      arguments += [now, actor.accountID, id]
      try db.execute(
        sql: """
          UPDATE incident SET status = ?, statusChangedAt = ?, statusChangedBy = ?\(extra),
            version = version + 1, updatedAt = ?, updatedBy = ? WHERE id = ?
          """, arguments: arguments)
      try AuditLog.append(db, at: now, actor: actor, action: action, residentID: row["residentId"], subjectID: id)
      return IncidentRows.incident(
        try IncidentRows.fetchRow(db, id: id)!, actions: try IncidentRows.actions(db, incidentID: id), actor: actor)
    }
  }
}
