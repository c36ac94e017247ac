import Foundation

public typealias EpisodeID = Int64
public typealias ForceReportID = Int64

/// A violent or threatening episode (voldsom episode). A work-environment event, not a UTH.
/// Logged quickly (time, resident, a short text) and completed later.
public struct ViolentEpisode: Hashable, Sendable, Identifiable {
  public var id: EpisodeID
  public var residentID: ResidentID
  public var reporterID: AccountID
  public var reporterName: String
  /// When it happened (UTC instant) and the zone it was entered in.
  public var occurredAt: Date
  public var timeZoneID: String
  /// The quick log's short text.
  public var summary: String
  public var details: EpisodeDetails
  public var followUp: EpisodeFollowUp
  /// Set when the completion form was saved (place, who, before/during/after …).
  public var completedAt: Date?
  public var version: Int

  public init(
    id: EpisodeID, residentID: ResidentID, reporterID: AccountID, reporterName: String, occurredAt: Date,
    timeZoneID: String = "Europe/Copenhagen", summary: String, details: EpisodeDetails = EpisodeDetails(),
    followUp: EpisodeFollowUp = EpisodeFollowUp(), completedAt: Date? = nil, version: Int = 1
  ) {
    self.id = id
    self.residentID = residentID
    self.reporterID = reporterID
    self.reporterName = reporterName
    self.occurredAt = occurredAt
    self.timeZoneID = timeZoneID
    self.summary = summary
    self.details = details
    self.followUp = followUp
    self.completedAt = completedAt
    self.version = version
  }

  public var isCompleted: Bool { completedAt != nil }
  public var timeZone: TimeZone { TimeZone(identifier: timeZoneID) ?? .danish }
  /// The local day on which it happened.
  public var day: CalendarDay { CalendarDay(occurredAt, in: timeZone) }
}

/// What the completion form adds to the quick log.
public struct EpisodeDetails: Hashable, Sendable {
  public var place: String
  /// Staff involved, as written (names or initials).
  public var involvedStaff: String
  /// Other residents involved, as written.
  public var involvedResidents: String
  public var before: String
  public var during: String
  public var after: String
  public var staffInjured: Bool
  public var residentInjured: Bool
  public var injuries: String
  /// Nil until answered.
  public var forceUsed: Bool?
  public var policeCalled: Bool
  public var emergencyCalled: Bool

  public init(
    place: String = "", involvedStaff: String = "", involvedResidents: String = "", before: String = "",
    during: String = "", after: String = "", staffInjured: Bool = false, residentInjured: Bool = false,
    injuries: String = "", forceUsed: Bool? = nil, policeCalled: Bool = false, emergencyCalled: Bool = false
  ) {
    self.place = place
    self.involvedStaff = involvedStaff
    self.involvedResidents = involvedResidents
    self.before = before
    self.during = during
    self.after = after
    self.staffInjured = staffInjured
    self.residentInjured = residentInjured
    self.injuries = injuries
    self.forceUsed = forceUsed
    self.policeCalled = policeCalled
    self.emergencyCalled = emergencyCalled
  }

  /// The completion form needs a place, what happened during, and whether force was used.
  public func validate() throws(EpisodeValidationError) {
    if place.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw .emptyPlace }
    if during.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw .emptyDuring }
    if forceUsed == nil { throw .forceUsedUnanswered }
    if (staffInjured || residentInjured) && injuries.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
      throw .injuriesNotDescribed
    }
  }
}

/// The quick log: time, resident and a short text. Everything else comes later.
public struct QuickLog: Hashable, Sendable {
  public var residentID: ResidentID
  public var occurredAt: Date
  public var summary: String

  public init(residentID: ResidentID, occurredAt: Date, summary: String) {
    self.residentID = residentID
    self.occurredAt = occurredAt
    self.summary = summary
  }

  /// A quick log may not lie in the future (a minute's grace for clocks) nor be empty.
  public func validate(now: Date) throws(EpisodeValidationError) {
    if summary.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw .emptySummary }
    if occurredAt > now.addingTimeInterval(60) { throw .inFuture }
  }
}

public enum EpisodeValidationError: Error, Equatable, Sendable {
  case emptySummary
  case inFuture
  case emptyPlace
  case emptyDuring
  case forceUsedUnanswered
  case injuriesNotDescribed
  /// The debriefing must be planned 1–5 days after the episode.
  case debriefingOutsideWindow(earliest: CalendarDay, latest: CalendarDay)
  /// The first day of absence cannot be before the episode.
  case absenceBeforeEpisode
  case emptyReview
  /// The step needs an earlier step first (e.g. a debriefing held before it was planned).
  case stepOutOfOrder
}
