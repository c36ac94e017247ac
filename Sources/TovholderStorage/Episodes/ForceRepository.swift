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
      let r = try ResidentRow.visible(db, id: residentID, actor: actor)
      if let episodeID {
        guard let e = try EpisodeRow.fetch(db, id: episodeID), e.residentID == residentID else {
          throw StorageError.notFound
        }
      }
      var row = ForceReportRow(
        residentId: residentID, episodeId: episodeID, form: form.form, formVersion: form.version, answers: answers,
        registeredBy: actor.accountID, registeredAt: now, updatedAt: now, updatedBy: actor.accountID)
      try row.insert(db)
      let id = db.lastInsertedRowID
      try AuditLog.append(
        db, at: now, actor: actor, action: .registerForceReport, residentID: r.id, subjectID: id,
        wrote: .init(table: .forceReport, id: id))
      guard let saved = try ForceReportRow.fetch(db, id: id) else { throw StorageError.notFound }
      return saved
    }
  }

  /// One report, audited as a read.
  public func fetch(id: ForceReportID, actor: Actor, action: AuditAction = .readForceReport)
    throws(StorageError) -> ForceReport
  {
    let now = db.now
    return try db.write { db in
      guard let f = try ForceReportRow.fetch(db, id: id) else { throw StorageError.notFound }
      _ = try ResidentRow.visible(db, id: f.residentID, actor: actor)
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
      _ = try ResidentRow.visible(db, id: residentID, actor: actor)
      let request: SQLRequest<ForceReportRow.WithNames> = """
        SELECT \(ForceReportRow.WithNames.columns) \(ForceReportRow.WithNames.from)
        WHERE f.residentId = \(residentID) AND (\(episodeID) IS NULL OR f.episodeId = \(episodeID)) ORDER BY f.id DESC
        """
      let reports = try request.fetchAll(db).map { try $0.report() }
      try AuditLog.append(db, at: now, actor: actor, action: .readForceReport, residentID: residentID)
      return reports
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
      return { $0.answers = answers }
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
      return {
        $0.assessment = assessment
        $0.assessedBy = actor.accountID
        $0.assessedAt = now
      }
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
      return {
        $0.sentToMunicipalityOn = municipality
        $0.sentToSupervisorOn = supervisor
        $0.sentBy = actor.accountID
        $0.sentRecordedAt = now
      }
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
      return {
        $0.relativesInformedOn = day
        $0.relativesInformedWho = who
        $0.informedBy = actor.accountID
        $0.informedRecordedAt = now
      }
    }
  }

  /// Reports in the leader's units not yet sent, oldest first. One access row per resident.
  public func openQueue(actor: Actor) throws(StorageError) -> [ForceQueueItem] {
    let units = AccessRules.visibleUnitIDs(for: actor).sorted()
    guard !units.isEmpty else { return [] }
    let now = db.now
    return try db.write { db in
      let request: SQLRequest<QueueRow> = """
        SELECT \(ForceReportRow.WithNames.columns), r.name AS residentName \(ForceReportRow.WithNames.from)
        JOIN resident r ON r.id = f.residentId
        WHERE (f.sentToMunicipalityOn IS NULL OR f.sentToSupervisorOn IS NULL) AND r.unitId IN \(units)
        ORDER BY f.registeredAt, f.id
        """
      let items = try request.fetchAll(db).map {
        ForceQueueItem(report: try $0.report.report(), residentName: $0.residentName)
      }
      for residentID in Set(items.map(\.report.residentID)).sorted() {
        try AuditLog.append(db, at: now, actor: actor, action: .readForceReport, residentID: residentID)
      }
      return items
    }
  }

  /// The completed form as text in the form's order (`tovholder export force-report ID`).
  /// `forms` are the catalogues at hand; the report's own form and version must be among them.
  public func exportText(id: ForceReportID, forms: [ForceForm], wording: Wording, actor: Actor) throws(StorageError)
    -> String
  {
    let report = try fetch(id: id, actor: actor, action: .exportForceReport)
    guard
      let form = forms.first(where: { $0.form == report.form && $0.version == report.formVersion })
        ?? forms.first(where: { $0.form == report.form })
    else {
      throw .invalidForceForm(.unknownForm(report.form.rawValue))
    }
    let context = try db.read { db -> ForceReportText.Context in
      guard let r = try ResidentRow.fetch(db, id: report.residentID) else { throw StorageError.notFound }
      return ForceReportText.Context(
        residentName: r.name, residentCPR: r.cpr.formatted,
        unitName: try UnitRow.fetchOne(db, key: r.unitID)?.name ?? "",
        homeName: try HomeRow.fetchOne(db)?.name ?? "")
    }
    do { return try ForceReportText.render(report, form: form, context: context, wording: wording) } catch {
      throw .invalidForceForm(error)
    }
  }

  private func change(
    id: ForceReportID, version: Int, actor: Actor, action: AuditAction,
    _ body: @escaping (ForceReport, Resident) throws -> (inout ForceReportRow) -> Void
  ) throws(StorageError) -> ForceReport {
    let now = db.now
    return try db.write { db in
      guard let old = try ForceReportRow.fetch(db, id: id), var row = try ForceReportRow.fetchOne(db, key: id) else {
        throw StorageError.notFound
      }
      let r = try ResidentRow.visible(db, id: old.residentID, actor: actor)
      try VersionCheck.require(db, ForceReportRow.self, id: id, expected: version)
      let change = try body(old, r)
      change(&row)
      row.version += 1
      row.updatedAt = now
      row.updatedBy = actor.accountID
      try row.update(db)
      try AuditLog.append(
        db, at: now, actor: actor, action: action, residentID: r.id, subjectID: id,
        wrote: .init(table: .forceReport, id: id))
      guard let saved = try ForceReportRow.fetch(db, id: id) else { throw StorageError.notFound }
      return saved
    }
  }
}

/// A report not yet sent, with its resident.
private struct QueueRow: Decodable, FetchableRecord {
  var report: ForceReportRow.WithNames
  var residentName: String
}
