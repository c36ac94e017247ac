import Foundation
import GRDB
import TovholderCore

/// Force reports (magtanvendelse) on the official forms: registered by staff, assessed by a
/// leader, marked sent to the acting municipality and the social supervisor, the guardian or
/// relatives informed. Each step writes its audit row in the same transaction.
public struct ForceRepository: Sendable {
  let db: AppDatabase

  /// Registers a report on `form` (answers by field id), checked against the form.
  public func register(
    residentID: ResidentID, episodeID: EpisodeID?, form: ForceForm, answers: [String: String], by actor: Actor
  ) throws(StorageError) -> ForceReport {
    do { try form.validate(answers) } catch { throw .invalidForceForm(error) }
    let now = db.now
    return try db.write { db in
      let r = try ResidentRows.visible(db, id: residentID, actor: actor)
      if let episodeID {
        guard let e = try EpisodeRows.fetch(db, id: episodeID), e.residentID == residentID else {
          throw StorageError.notFound
        }
      }
      try db.execute(
        sql: """
          INSERT INTO forceReport (residentId, episodeId, form, formVersion, answers, registeredBy, registeredAt,
            updatedAt, updatedBy) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          residentID, episodeID, form.form.rawValue, form.version, ForceRows.encode(answers), actor.accountID, now,
          now, actor.accountID,
        ])
      let id = db.lastInsertedRowID
      try AuditLog.append(db, at: now, actor: actor, action: .registerForceReport, residentID: r.id, subjectID: id)
      return try ForceRows.fetch(db, id: id)!
    }
  }

  /// One report, audited as a read.
  public func fetch(id: ForceReportID, actor: Actor, action: AuditAction = .readForceReport)
    throws(StorageError) -> ForceReport
  {
    let now = db.now
    return try db.write { db in
      guard let f = try ForceRows.fetch(db, id: id) else { throw StorageError.notFound }
      _ = try ResidentRows.visible(db, id: f.residentID, actor: actor)
      try AuditLog.append(db, at: now, actor: actor, action: action, residentID: f.residentID, subjectID: id)
      return f
    }
  }

  /// A resident's reports (or an episode's), newest first. Audited.
  public func list(residentID: ResidentID, episodeID: EpisodeID? = nil, actor: Actor) throws(StorageError)
    -> [ForceReport]
  {
    let now = db.now
    return try db.write { db in
      _ = try ResidentRows.visible(db, id: residentID, actor: actor)
      let rows = try Row.fetchAll(
        db,
        sql: "\(ForceRows.select) WHERE f.residentId = ? AND (? IS NULL OR f.episodeId = ?) ORDER BY f.id DESC",
        arguments: [residentID, episodeID, episodeID])
      try AuditLog.append(db, at: now, actor: actor, action: .readForceReport, residentID: residentID)
      return rows.map(ForceRows.report)
    }
  }

  /// Changes the answers while the report is not yet assessed.
  public func updateAnswers(
    id: ForceReportID, answers: [String: String], form: ForceForm, version: Int, by actor: Actor
  )
    throws(StorageError) -> ForceReport
  {
    do { try form.validate(answers) } catch { throw .invalidForceForm(error) }
    return try change(id: id, version: version, actor: actor, action: .updateForceReport) { f, _ in
      guard f.form == form.form, f.formVersion == form.version else {
        throw StorageError.invalidForceForm(.versionMismatch(report: f.formVersion, catalogue: form.version))
      }
      guard f.status == .registered else { throw StorageError.forceFlow(.alreadySent) }
      return ["answers": ForceRows.encode(answers)]
    }
  }

  /// The leader's assessment (ledelsens vurdering).
  public func assess(id: ForceReportID, assessment: String, version: Int, by actor: Actor) throws(StorageError)
    -> ForceReport
  {
    let now = db.now
    return try change(id: id, version: version, actor: actor, action: .assessForceReport) { f, r in
      guard ForceFlow.canAssess(actor, unitID: r.unitID) else { throw StorageError.forceFlow(.notLeader) }
      do throws(ForceFlowError) { try ForceFlow.checkAssessment(assessment, report: f) } catch {
        throw StorageError.forceFlow(error)
      }
      return ["assessment": assessment, "assessedBy": actor.accountID, "assessedAt": now]
    }
  }

  /// Recorded as sent to the acting municipality and the social supervisor (dates).
  public func markSent(
    id: ForceReportID, municipality: CalendarDay, supervisor: CalendarDay, version: Int, by actor: Actor,
    timeZone: TimeZone = .danish
  ) throws(StorageError) -> ForceReport {
    let now = db.now
    let today = CalendarDay(now, in: timeZone)
    return try change(id: id, version: version, actor: actor, action: .sendForceReport) { f, r in
      guard ForceFlow.canAssess(actor, unitID: r.unitID) else { throw StorageError.forceFlow(.notLeader) }
      do throws(ForceFlowError) {
        try ForceFlow.checkSent(municipality: municipality, supervisor: supervisor, report: f, today: today)
      } catch { throw StorageError.forceFlow(error) }
      return [
        "sentToMunicipalityOn": municipality.iso, "sentToSupervisorOn": supervisor.iso, "sentBy": actor.accountID,
        "sentRecordedAt": now,
      ]
    }
  }

  /// The guardian or relatives informed (who, which day).
  public func markInformed(
    id: ForceReportID, on day: CalendarDay, who: String, version: Int, by actor: Actor, timeZone: TimeZone = .danish
  ) throws(StorageError) -> ForceReport {
    let now = db.now
    let today = CalendarDay(now, in: timeZone)
    return try change(id: id, version: version, actor: actor, action: .informForceReport) { f, _ in
      do throws(ForceFlowError) { try ForceFlow.checkInformed(on: day, who: who, report: f, today: today) } catch {
        throw StorageError.forceFlow(error)
      }
      return [
        "relativesInformedOn": day.iso, "relativesInformedWho": who, "informedBy": actor.accountID,
        "informedRecordedAt": now,
      ]
    }
  }

  /// Reports in the leader's units not yet sent, oldest first. One access row per resident.
  public func openQueue(actor: Actor) throws(StorageError) -> [ForceQueueItem] {
    let units = AccessRules.visibleUnitIDs(for: actor).sorted()
    guard !units.isEmpty else { return [] }
    let now = db.now
    return try db.write { db in
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT f.*, a.displayName AS registeredByName, s.displayName AS assessedByName, r.name AS residentName
          FROM forceReport f JOIN account a ON a.id = f.registeredBy LEFT JOIN account s ON s.id = f.assessedBy
          JOIN resident r ON r.id = f.residentId
          WHERE (f.sentToMunicipalityOn IS NULL OR f.sentToSupervisorOn IS NULL)
            AND r.unitId IN (\(units.map { _ in "?" }.joined(separator: ",")))
          ORDER BY f.registeredAt, f.id
          """, arguments: StatementArguments(units))
      let items = rows.map { ForceQueueItem(report: ForceRows.report($0), residentName: $0["residentName"]) }
      for residentID in Set(items.map(\.report.residentID)).sorted() {
        try AuditLog.append(db, at: now, actor: actor, action: .readForceReport, residentID: residentID)
      }
      return items
    }
  }

  /// The completed form as text in the form's order (`tovholder export force-report ID`).
  /// `forms` are the catalogues at hand; the report's own form and version must be among them.
  public func exportText(id: ForceReportID, forms: [ForceForm], actor: Actor) throws(StorageError) -> String {
    let report = try fetch(id: id, actor: actor, action: .exportForceReport)
    guard
      let form = forms.first(where: { $0.form == report.form && $0.version == report.formVersion })
        ?? forms.first(where: { $0.form == report.form })
    else {
      throw .invalidForceForm(.unknownForm(report.form.rawValue))
    }
    let context = try db.read { db -> ForceReportText.Context in
      let row = try Row.fetchOne(
        db,
        sql: """
          SELECT r.name, r.cpr, u.name AS unitName, (SELECT name FROM home) AS homeName
          FROM resident r JOIN unit u ON u.id = r.unitId WHERE r.id = ?
          """, arguments: [report.residentID])!
      let cpr = (try? CPRNumber(row["cpr"] as String)).map { $0.formatted } ?? ""
      return ForceReportText.Context(
        residentName: row["name"], residentCPR: cpr, unitName: row["unitName"], homeName: row["homeName"] ?? "")
    }
    do { return try ForceReportText.render(report, form: form, context: context) } catch {
      throw .invalidForceForm(error)
    }
  }

  private func change(
    id: ForceReportID, version: Int, actor: Actor, action: AuditAction,
    _ body: @escaping (ForceReport, Resident) throws -> [String: (any DatabaseValueConvertible)?]
  ) throws(StorageError) -> ForceReport {
    let now = db.now
    return try db.write { db in
      guard let old = try ForceRows.fetch(db, id: id) else { throw StorageError.notFound }
      let r = try ResidentRows.visible(db, id: old.residentID, actor: actor)
      try VersionCheck.require(db, table: "forceReport", id: id, expected: version)
      let columns = try body(old, r).sorted { $0.key < $1.key }
      let sets = columns.map { "\($0.key) = ?" }.joined(separator: ", ")
      try db.execute(
        sql: "UPDATE forceReport SET \(sets), version = version + 1, updatedAt = ?, updatedBy = ? WHERE id = ?",
        arguments: StatementArguments(columns.map(\.value) + [now, actor.accountID, id]))
      try AuditLog.append(db, at: now, actor: actor, action: action, residentID: r.id, subjectID: id)
      return try ForceRows.fetch(db, id: id)!
    }
  }
}
