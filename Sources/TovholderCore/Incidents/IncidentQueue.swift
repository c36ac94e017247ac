import Foundation

/// Filters of the leader's review queue. Nil means "all".
public struct IncidentQueueFilter: Hashable, Sendable {
  public var unitID: UnitID?
  public var categoryCode: String?
  public var severity: Severity?
  /// Nil shows the open events (registered and under review).
  public var status: IncidentStatus?

  public init(
    unitID: UnitID? = nil, categoryCode: String? = nil, severity: Severity? = nil, status: IncidentStatus? = nil
  ) {
    self.unitID = unitID
    self.categoryCode = categoryCode
    self.severity = severity
    self.status = status
  }

  /// The statuses the filter shows.
  public var statuses: [IncidentStatus] { status.map { [$0] } ?? [.registered, .underReview] }
}

/// One line of the review queue (or of the reporter's own list).
public struct IncidentSummary: Hashable, Sendable, Identifiable {
  public var id: IncidentID
  public var unitID: UnitID
  public var unitName: String
  public var residentID: ResidentID?
  public var headline: String
  public var categoryCode: String
  public var categoryName: String
  public var severity: Severity
  public var status: IncidentStatus
  public var occurredDay: CalendarDay
  public var registeredAt: Date
  /// Whole days since registration, as of the query.
  public var daysSinceRegistration: Int
  /// Set for the reporter's own list: whether the leader has written feedback.
  public var hasFeedback: Bool
  public var batchID: IncidentBatchID?

  public init(
    id: IncidentID, unitID: UnitID, unitName: String, residentID: ResidentID?, headline: String,
    categoryCode: String, categoryName: String, severity: Severity, status: IncidentStatus,
    occurredDay: CalendarDay, registeredAt: Date, daysSinceRegistration: Int, hasFeedback: Bool = false,
    batchID: IncidentBatchID? = nil
  ) {
    self.id = id
    self.unitID = unitID
    self.unitName = unitName
    self.residentID = residentID
    self.headline = headline
    self.categoryCode = categoryCode
    self.categoryName = categoryName
    self.severity = severity
    self.status = status
    self.occurredDay = occurredDay
    self.registeredAt = registeredAt
    self.daysSinceRegistration = daysSinceRegistration
    self.hasFeedback = hasFeedback
    self.batchID = batchID
  }
}

/// The monthly batch report (samlet indberetning): since March 2024 minor falls,
/// infections and medicine administration/dispensing events may be reported once a month.
public enum IncidentBatchRule {
  /// True if an event of `category` with `severity` may go into a monthly batch.
  public static func isEligible(category: IncidentCategory?, severity: Severity) -> Bool {
    guard let category, category.allowsBatchReport else { return false }
    return !severity.isSerious
  }
}

/// A month, `YYYY-MM`.
public struct IncidentMonth: Hashable, Comparable, Sendable, CustomStringConvertible {
  public let year: Int
  public let month: Int

  public init?(year: Int, month: Int) {
    guard (1...9999).contains(year), (1...12).contains(month) else { return nil }
    self.year = year
    self.month = month
  }

  public init(_ day: CalendarDay) {
    year = day.year
    month = day.month
  }

  /// Parses `YYYY-MM`.
  public init?(text: String) {
    let p = text.split(separator: "-")
    guard p.count == 2, p[0].count == 4, p[1].count == 2, let y = Int(p[0]), let m = Int(p[1]) else { return nil }
    self.init(year: y, month: m)
  }

  /// How the month is stored (`YYYY-MM`, sorts as text).
  public var text: String { firstDay.iso.prefix(7).description }
  /// How the month is shown: `MM-YYYY`, as days are shown `dd-mm-yyyy`.
  public var shown: String { String(format: "%02d-%04d", month, year) }
  public var description: String { text }
  // A month's year and month are always in range, so its first and last day exist.
  public var firstDay: CalendarDay { CalendarDay(valid: year, month, 1) }
  public var lastDay: CalendarDay { CalendarDay(valid: year, month, CalendarDay.daysIn(month: month, year: year)) }

  public var next: IncidentMonth { IncidentMonth(lastDay.adding(days: 1)) }

  public var previous: IncidentMonth { IncidentMonth(firstDay.adding(days: -1)) }

  /// Every month from `a` through `b`.
  public static func range(_ a: IncidentMonth, _ b: IncidentMonth) -> [IncidentMonth] {
    guard a <= b else { return [] }
    var out: [IncidentMonth] = []
    var m = a
    while m <= b {
      out.append(m)
      m = m.next
    }
    return out
  }

  public static func < (a: IncidentMonth, b: IncidentMonth) -> Bool { (a.year, a.month) < (b.year, b.month) }
}
