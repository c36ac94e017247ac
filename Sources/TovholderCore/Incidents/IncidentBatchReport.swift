import Foundation

/// One month's batch report for a unit (samlet indberetning): the minor falls, infections
/// and medicine administration/dispensing events collected into one report, marked as such.
public struct IncidentBatchReport: Hashable, Sendable {
  public var id: IncidentBatchID
  public var unitID: UnitID
  public var unitName: String
  public var month: IncidentMonth
  public var createdAt: Date
  public var incidents: [IncidentSummary]

  public init(
    id: IncidentBatchID, unitID: UnitID, unitName: String, month: IncidentMonth, createdAt: Date,
    incidents: [IncidentSummary]
  ) {
    self.id = id
    self.unitID = unitID
    self.unitName = unitName
    self.month = month
    self.createdAt = createdAt
    self.incidents = incidents
  }

  /// Count per category name, largest first.
  public var countsByCategory: [(name: String, count: Int)] {
    var counts: [String: Int] = [:]
    for i in incidents { counts[i.categoryName, default: 0] += 1 }
    return counts.map { ($0.key, $0.value) }.sorted { $0.count != $1.count ? $0.count > $1.count : $0.name < $1.name }
  }

  /// The report as text, marked as a batch report.
  public func text(_ w: Wording) -> String {
    var lines = [
      w("incidents.batchText.title"),
      w("incidents.batchText.unit", unitName),
      w("incidents.batchText.month", month.shown),
      w("incidents.batchText.count", incidents.count),
      "",
    ]
    lines += countsByCategory.map { "\($0.name): \($0.count)" }
    lines.append("")
    for i in incidents {
      lines.append(
        "#\(i.id) \(DateWording.day(i.occurredDay)) \(i.categoryName) – \(IncidentExport.severityName(i.severity, w)): "
          + i.headline
      )
    }
    return lines.joined(separator: "\n") + "\n"
  }
}

public enum IncidentBatchError: Error, Equatable, Sendable {
  /// The month is not over yet.
  case monthNotOver
  /// A batch report for this unit and month exists already.
  case alreadyReported
  /// No event of the month qualifies.
  case nothingToReport
}
