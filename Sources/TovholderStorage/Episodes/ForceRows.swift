import Foundation
import GRDB
import TovholderCore

enum ForceRows {
  static let select = """
    SELECT f.*, a.displayName AS registeredByName, s.displayName AS assessedByName,
      sb.displayName AS sentByName, ib.displayName AS informedByName FROM forceReport f
    JOIN account a ON a.id = f.registeredBy LEFT JOIN account s ON s.id = f.assessedBy
    LEFT JOIN account sb ON sb.id = f.sentBy LEFT JOIN account ib ON ib.id = f.informedBy
    """

  static func encode(_ answers: [String: String]) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    return String(decoding: (try? encoder.encode(answers)) ?? Data("{}".utf8), as: UTF8.self)
  }

  static func decode(_ text: String) -> [String: String] {
    (try? JSONDecoder().decode([String: String].self, from: Data(text.utf8))) ?? [:]
  }

  static func report(_ row: Row) -> ForceReport {
    ForceReport(
      id: row["id"], residentID: row["residentId"], episodeID: row["episodeId"],
      form: ForceForm.Kind(rawValue: row["form"]) ?? .skema1, formVersion: row["formVersion"],
      answers: decode(row["answers"]), registeredBy: row["registeredBy"], registeredByName: row["registeredByName"],
      registeredAt: row["registeredAt"], assessment: row["assessment"], assessedByName: row["assessedByName"],
      assessedAt: row["assessedAt"], sentToMunicipalityOn: EpisodeRows.day(row["sentToMunicipalityOn"]),
      sentToSupervisorOn: EpisodeRows.day(row["sentToSupervisorOn"]),
      relativesInformedOn: EpisodeRows.day(row["relativesInformedOn"]),
      relativesInformedWho: row["relativesInformedWho"], sentByName: row["sentByName"],
      sentRecordedAt: row["sentRecordedAt"], informedByName: row["informedByName"],
      informedRecordedAt: row["informedRecordedAt"], version: row["version"])
  }

  static func fetch(_ db: Database, id: ForceReportID) throws -> ForceReport? {
    try Row.fetchOne(db, sql: "\(select) WHERE f.id = ?", arguments: [id]).map(report)
  }
}

/// A line of the leader's list of force reports not yet sent.
public struct ForceQueueItem: Hashable, Sendable {
  public var report: ForceReport
  public var residentName: String
}
