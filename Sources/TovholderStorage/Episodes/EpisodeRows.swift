import Foundation
import GRDB
import TovholderCore

enum EpisodeRows {
  static let select = """
    SELECT e.*, a.displayName AS reporterName, rv.displayName AS reviewerName FROM violentEpisode e
    JOIN account a ON a.id = e.reporterId LEFT JOIN account rv ON rv.id = e.reviewedBy
    """

  static func day(_ text: String?) -> CalendarDay? { text.flatMap(CalendarDay.init(iso:)) }

  static func episode(_ row: Row) -> ViolentEpisode {
    let details = EpisodeDetails(
      place: row["place"], involvedStaff: row["involvedStaff"], involvedResidents: row["involvedResidents"],
      before: row["before"], during: row["during"], after: row["after"], staffInjured: row["staffInjured"],
      residentInjured: row["residentInjured"], injuries: row["injuries"], forceUsed: row["forceUsed"],
      policeCalled: row["policeCalled"], emergencyCalled: row["emergencyCalled"])
    let followUp = EpisodeFollowUp(
      defusedBy: row["defusedBy"], defusedAt: row["defusedAt"], debriefingPlanned: day(row["debriefingPlanned"]),
      debriefingHeldAt: row["debriefingHeldAt"], debriefingNote: row["debriefingNote"],
      reviewedBy: row["reviewedBy"], reviewerName: row["reviewerName"], reviewedAt: row["reviewedAt"],
      reviewActions: row["reviewActions"], absenceFirstDay: day(row["absenceFirstDay"]),
      easyReportedOn: day(row["easyReportedOn"]))
    return ViolentEpisode(
      id: row["id"], residentID: row["residentId"], reporterID: row["reporterId"], reporterName: row["reporterName"],
      occurredAt: row["occurredAt"], timeZoneID: row["timeZone"], summary: row["summary"], details: details,
      followUp: followUp, completedAt: row["completedAt"], version: row["version"])
  }

  static func fetch(_ db: Database, id: EpisodeID) throws -> ViolentEpisode? {
    try Row.fetchOne(db, sql: "\(select) WHERE e.id = ?", arguments: [id]).map(episode)
  }

  static func insert(_ db: Database, _ log: QuickLog, reporter: AccountID, timeZone: String, now: Date) throws {
    try db.execute(
      sql: """
        INSERT INTO violentEpisode (residentId, reporterId, occurredAt, timeZone, summary, updatedAt, updatedBy)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        """, arguments: [log.residentID, reporter, log.occurredAt, timeZone, log.summary, now, reporter])
  }

  /// Writes every editable column of `e` and raises the version.
  static func update(_ db: Database, _ e: ViolentEpisode, by actor: AccountID, now: Date) throws {
    let d = e.details
    let f = e.followUp
    try db.execute(
      sql: """
        UPDATE violentEpisode SET summary = ?, occurredAt = ?, place = ?, involvedStaff = ?, involvedResidents = ?,
          before = ?, during = ?, after = ?, staffInjured = ?, residentInjured = ?, injuries = ?, forceUsed = ?,
          policeCalled = ?, emergencyCalled = ?, completedAt = ?, defusedBy = ?, defusedAt = ?,
          debriefingPlanned = ?, debriefingHeldAt = ?, debriefingNote = ?, reviewedBy = ?, reviewedAt = ?,
          reviewActions = ?, absenceFirstDay = ?, easyReportedOn = ?, version = version + 1, updatedAt = ?,
          updatedBy = ? WHERE id = ?
        """,
      arguments: [
        e.summary, e.occurredAt, d.place, d.involvedStaff, d.involvedResidents, d.before, d.during, d.after,
        d.staffInjured, d.residentInjured, d.injuries, d.forceUsed, d.policeCalled, d.emergencyCalled,
        e.completedAt, f.defusedBy, f.defusedAt, f.debriefingPlanned?.iso, f.debriefingHeldAt, f.debriefingNote,
        f.reviewedBy, f.reviewedAt, f.reviewActions, f.absenceFirstDay?.iso, f.easyReportedOn?.iso, now, actor,
        e.id,
      ])
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
