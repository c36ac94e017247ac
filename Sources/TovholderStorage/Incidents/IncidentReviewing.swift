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
    var sql: SQL = """
      SELECT \(IncidentSummaryRow.columns) FROM incident JOIN unit ON unit.id = incident.unitId
      WHERE incident.status IN \(filter.statuses) AND +incident.unitId IN \(units.sorted())
      """
    if let code = filter.categoryCode { sql += " AND incident.categoryCode = \(code)" }
    if let severity = filter.severity { sql += " AND incident.severity = \(severity)" }
    sql += " ORDER BY incident.registeredAt, incident.id LIMIT \(limit)"
    let request = SQLRequest<IncidentSummaryRow>(literal: sql)
    return try db.write { db in
      let rows = try request.fetchAll(db)
      try AuditLog.append(db, at: now, actor: actor, action: .listIncidents)
      return rows.map { $0.summary(now: now) }
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

  /// registered / under review → rejected, with one of the five reasons and a comment; a
  /// duplicate names the event it repeats (one the leader reviews), and the two are linked.
  public func reject(
    _ id: IncidentID, reason: RejectionReason, comment: String, duplicateOf: IncidentID? = nil, version: Int,
    by actor: Actor
  ) throws(StorageError) -> Incident {
    let comment = comment.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !comment.isEmpty else { throw .incidentTransition(.missingRejectionComment) }
    if comment.count > IncidentValidation.maxTextLength {
      throw .incidentTransition(.textTooLong(limit: IncidentValidation.maxTextLength))
    }
    return try step(id, version: version, .reject(reason), by: actor) { db, row in
      row.rejectionComment = comment
      guard reason == .duplicate else { return }
      guard let other = duplicateOf, other != id,
        let found = try? IncidentRow.visible(db, id: other, actor: actor),
        IncidentRules.canReview(unitID: found.row.unitId, actor: actor)
      else { throw StorageError.incidentTransition(.duplicateNotFound) }
      row.duplicateOf = other
    }
  }

  /// Saves the analysis, actions and feedback written so far while under review (not yet
  /// closed; incomplete is fine). Versioned and audited.
  public func saveReview(_ id: IncidentID, review: IncidentReview, version: Int, by actor: Actor)
    throws(StorageError) -> Incident
  {
    let now = db.now
    return try db.write { db in
      let found = try IncidentRow.visible(db, id: id, actor: actor)
      var row = found.row
      guard IncidentRules.canReview(unitID: row.unitId, actor: actor) else { throw StorageError.accessDenied }
      guard row.status == .underReview else {
        throw StorageError.incidentTransition(.notAllowed(from: row.status, to: .underReview))
      }
      let limit = IncidentValidation.maxTextLength
      if review.analysis.count > limit || review.feedback.count > limit {
        throw StorageError.incidentTransition(.textTooLong(limit: limit))
      }
      try VersionCheck.require(db, IncidentRow.self, id: id, expected: version)
      row.analysis = review.analysis
      row.feedback = review.feedback
      row.stamp(now, by: actor.accountID)
      let saved = try row.updateAndFetch(db)
      try IncidentActionRow.replace(db, incidentID: id, review.actions)
      try AuditLog.append(
        db, at: now, actor: actor, action: .saveIncidentReview, residentID: row.residentId, subjectID: id,
        wrote: .init(table: .incident, id: id))
      return try saved.incident(reporterName: found.reporterName, actions: review.actions, actor: actor)
    }
  }

  private func step(
    _ id: IncidentID, version: Int, _ transition: IncidentTransition, by actor: Actor,
    also: (Database, inout IncidentRow) throws -> Void = { _, _ in }
  ) throws(StorageError) -> Incident {
    let now = db.now
    let today = CalendarDay(now, in: .danish)
    return try db.write { db in
      let found = try IncidentRow.visible(db, id: id, actor: actor)
      var row = found.row
      do throws(IncidentTransitionError) {
        try IncidentFlow.check(transition, from: row.status, unitID: row.unitId, actor: actor, today: today)
      } catch {
        throw error == .notLeaderOfUnit ? StorageError.accessDenied : StorageError.incidentTransition(error)
      }
      try VersionCheck.require(db, IncidentRow.self, id: id, expected: version)
      let action: AuditAction
      row.status = transition.target
      row.statusChangedAt = now
      row.statusChangedBy = actor.accountID
      switch transition {
      case .startReview:
        action = .startIncidentReview
      case .close(let review):
        action = .closeIncident
        row.analysis = review.analysis
        row.feedback = review.feedback
        try IncidentActionRow.replace(db, incidentID: id, review.actions)
      case .reject(let reason):
        action = .rejectIncident
        row.rejectionReason = reason
      }
      try also(db, &row)
      row.stamp(now, by: actor.accountID)
      let saved = try row.updateAndFetch(db)
      try AuditLog.append(
        db, at: now, actor: actor, action: action, residentID: row.residentId, subjectID: id,
        wrote: .init(table: .incident, id: id))
      return try saved.incident(
        reporterName: found.reporterName, actions: try IncidentActionRow.actions(db, incidentID: id), actor: actor)
    }
  }
}
