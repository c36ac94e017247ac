import Foundation
import GRDB
import TovholderCore

/// A row of `violentEpisode`: the quick log, the completion and the follow-up steps.
struct EpisodeRow: StoredRecord, MutablePersistableRecord {
  static let databaseTableName = "violentEpisode"

  var id: EpisodeID?
  var residentId: ResidentID
  var reporterId: AccountID
  var occurredAt: Date
  var timeZone: String
  var summary: String
  var place = ""
  var involvedStaff = ""
  var involvedResidents = ""
  var before = ""
  var during = ""
  var after = ""
  var staffInjured = false
  var residentInjured = false
  var injuries = ""
  var forceUsed: Bool?
  var policeCalled = false
  var emergencyCalled = false
  var completedAt: Date?
  var defusedBy: String?
  var defusedAt: Date?
  var debriefingPlanned: CalendarDay?
  var debriefingHeldAt: Date?
  var debriefingNote: String?
  var reviewedBy: AccountID?
  var reviewedAt: Date?
  var reviewActions: String?
  var absenceFirstDay: CalendarDay?
  var easyReportedOn: CalendarDay?
  var version = 1
  var updatedAt: Date
  var updatedBy: AccountID?

  mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

  /// Every editable column from `e`, as its next version.
  mutating func set(_ e: ViolentEpisode, at now: Date, by actor: AccountID) {
    let d = e.details
    let f = e.followUp
    summary = e.summary
    occurredAt = e.occurredAt
    (place, involvedStaff, involvedResidents) = (d.place, d.involvedStaff, d.involvedResidents)
    (before, during, after) = (d.before, d.during, d.after)
    (staffInjured, residentInjured, injuries, forceUsed) = (d.staffInjured, d.residentInjured, d.injuries, d.forceUsed)
    (policeCalled, emergencyCalled) = (d.policeCalled, d.emergencyCalled)
    completedAt = e.completedAt
    (defusedBy, defusedAt) = (f.defusedBy, f.defusedAt)
    (debriefingPlanned, debriefingHeldAt, debriefingNote) = (f.debriefingPlanned, f.debriefingHeldAt, f.debriefingNote)
    (reviewedBy, reviewedAt, reviewActions) = (f.reviewedBy, f.reviewedAt, f.reviewActions)
    (absenceFirstDay, easyReportedOn) = (f.absenceFirstDay, f.easyReportedOn)
    version += 1
    updatedAt = now
    updatedBy = actor
  }

  /// An episode with its reporter's and reviewer's names.
  struct WithNames: Decodable, FetchableRecord {
    var row: EpisodeRow
    var reporterName: String
    var reviewerName: String?

    /// `SELECT \(columns) \(from) WHERE …`
    static let columns: SQL = "e.*, a.displayName AS reporterName, rv.displayName AS reviewerName"
    static let from: SQL = """
      FROM violentEpisode e JOIN account a ON a.id = e.reporterId LEFT JOIN account rv ON rv.id = e.reviewedBy
      """

    func episode() throws -> ViolentEpisode {
      let e = row
      guard let id = e.id else { throw e.undecodable(nil) }
      let details = EpisodeDetails(
        place: e.place, involvedStaff: e.involvedStaff, involvedResidents: e.involvedResidents, before: e.before,
        during: e.during, after: e.after, staffInjured: e.staffInjured, residentInjured: e.residentInjured,
        injuries: e.injuries, forceUsed: e.forceUsed, policeCalled: e.policeCalled, emergencyCalled: e.emergencyCalled)
      let followUp = EpisodeFollowUp(
        defusedBy: e.defusedBy, defusedAt: e.defusedAt, debriefingPlanned: e.debriefingPlanned,
        debriefingHeldAt: e.debriefingHeldAt, debriefingNote: e.debriefingNote, reviewedBy: e.reviewedBy,
        reviewerName: reviewerName, reviewedAt: e.reviewedAt, reviewActions: e.reviewActions,
        absenceFirstDay: e.absenceFirstDay, easyReportedOn: e.easyReportedOn)
      return ViolentEpisode(
        id: id, residentID: e.residentId, reporterID: e.reporterId, reporterName: reporterName,
        occurredAt: e.occurredAt, timeZoneID: e.timeZone, summary: e.summary, details: details, followUp: followUp,
        completedAt: e.completedAt, version: e.version)
    }
  }

  static func fetch(_ db: Database, id: EpisodeID) throws -> ViolentEpisode? {
    let request: SQLRequest<WithNames> = "SELECT \(WithNames.columns) \(WithNames.from) WHERE e.id = \(id)"
    return try request.fetchOne(db)?.episode()
  }
}

extension SearchKind {
  /// Violent episodes: the quick log's text and the completion's descriptions.
  public static let episode = SearchKind("episode")
}

extension SearchIndex.Item {
  init(episode e: ViolentEpisode, unitID: UnitID) {
    let d = e.details
    let body = [e.summary, d.place, d.before, d.during, d.after].filter { !$0.isEmpty }.joined(separator: "\n")
    self.init(kind: .episode, sourceID: e.id, residentID: e.residentID, unitID: unitID, at: e.occurredAt, body: body)
  }
}

/// A row of `forceReport`: the answers by the form's field ids, as JSON.
struct ForceReportRow: StoredRecord, MutablePersistableRecord {
  static let databaseTableName = "forceReport"

  var id: ForceReportID?
  var residentId: ResidentID
  var episodeId: EpisodeID?
  var form: ForceForm.Kind
  var formVersion: String
  var answers: [String: String]
  var registeredBy: AccountID
  var registeredAt: Date
  var assessment: String?
  var assessedBy: AccountID?
  var assessedAt: Date?
  var sentToMunicipalityOn: CalendarDay?
  var sentToSupervisorOn: CalendarDay?
  var relativesInformedOn: CalendarDay?
  var relativesInformedWho: String?
  var version = 1
  var updatedAt: Date
  var updatedBy: AccountID?
  /// Who recorded the sending and the informing, and when.
  var sentBy: AccountID?
  var sentRecordedAt: Date?
  var informedBy: AccountID?
  var informedRecordedAt: Date?

  mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

  /// A report with the names of who registered, assessed, sent and informed.
  struct WithNames: Decodable, FetchableRecord {
    var row: ForceReportRow
    var registeredByName: String
    var assessedByName: String?
    var sentByName: String?
    var informedByName: String?

    static let columns: SQL = """
      f.*, a.displayName AS registeredByName, s.displayName AS assessedByName, sb.displayName AS sentByName,
      ib.displayName AS informedByName
      """
    static let from: SQL = """
      FROM forceReport f JOIN account a ON a.id = f.registeredBy LEFT JOIN account s ON s.id = f.assessedBy
      LEFT JOIN account sb ON sb.id = f.sentBy LEFT JOIN account ib ON ib.id = f.informedBy
      """

    func report() throws -> ForceReport {
      let f = row
      guard let id = f.id else { throw f.undecodable(nil) }
      return ForceReport(
        id: id, residentID: f.residentId, episodeID: f.episodeId, form: f.form, formVersion: f.formVersion,
        answers: f.answers, registeredBy: f.registeredBy, registeredByName: registeredByName,
        registeredAt: f.registeredAt, assessment: f.assessment, assessedByName: assessedByName,
        assessedAt: f.assessedAt, sentToMunicipalityOn: f.sentToMunicipalityOn,
        sentToSupervisorOn: f.sentToSupervisorOn, relativesInformedOn: f.relativesInformedOn,
        relativesInformedWho: f.relativesInformedWho, sentByName: sentByName, sentRecordedAt: f.sentRecordedAt,
        informedByName: informedByName, informedRecordedAt: f.informedRecordedAt, version: f.version)
    }
  }

  static func fetch(_ db: Database, id: ForceReportID) throws -> ForceReport? {
    let request: SQLRequest<WithNames> = "SELECT \(WithNames.columns) \(WithNames.from) WHERE f.id = \(id)"
    return try request.fetchOne(db)?.report()
  }
}

/// A line of the leader's list of force reports not yet sent.
public struct ForceQueueItem: Hashable, Sendable {
  public var report: ForceReport
  public var residentName: String
}

/// A row of `riskResident`: a resident marked at risk.
struct RiskResidentRow: StoredRecord, PersistableRecord {
  static let databaseTableName = "riskResident"
  static var identityColumns: [String] { ["residentId"] }

  var residentId: ResidentID
  var markedBy: AccountID
  var markedAt: Date
}

/// A row of `riskCheck`: one scored check, the answers by item id as JSON.
struct RiskCheckRow: StoredRecord, MutablePersistableRecord {
  static let databaseTableName = "riskCheck"

  var id: Int64?
  var residentId: ResidentID
  var checklistId: String
  var checklistVersion: String
  var answers: [String: Int]
  var score: Int
  var level: RiskLevel
  var bandLabel: String
  var checkedAt: Date
  var shift: Shift
  var checkedBy: AccountID

  mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

  func check(checkedByName: String) throws -> RiskCheck {
    guard let id else { throw undecodable(nil) }
    return RiskCheck(
      id: id, residentID: residentId, checklistID: checklistId, checklistVersion: checklistVersion, answers: answers,
      score: score, level: level, bandLabel: bandLabel, checkedAt: checkedAt, shift: shift,
      checkedByName: checkedByName)
  }
}
