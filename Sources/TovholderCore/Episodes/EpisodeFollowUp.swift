import Foundation

/// The follow-up of an episode: defusing right after, debriefing 1–5 days later, the
/// leader's review with actions, and the work-injury report (EASY) when staff were absent.
public struct EpisodeFollowUp: Hashable, Sendable {
  public var defusedBy: String?
  public var defusedAt: Date?
  public var debriefingPlanned: CalendarDay?
  public var debriefingHeldAt: Date?
  public var debriefingNote: String?
  public var reviewedBy: AccountID?
  public var reviewerName: String?
  public var reviewedAt: Date?
  public var reviewActions: String?
  /// The injured staff member's first day of absence; sets the EASY deadline.
  public var absenceFirstDay: CalendarDay?
  public var easyReportedOn: CalendarDay?

  public init(
    defusedBy: String? = nil, defusedAt: Date? = nil, debriefingPlanned: CalendarDay? = nil,
    debriefingHeldAt: Date? = nil, debriefingNote: String? = nil, reviewedBy: AccountID? = nil,
    reviewerName: String? = nil, reviewedAt: Date? = nil, reviewActions: String? = nil,
    absenceFirstDay: CalendarDay? = nil, easyReportedOn: CalendarDay? = nil
  ) {
    self.defusedBy = defusedBy
    self.defusedAt = defusedAt
    self.debriefingPlanned = debriefingPlanned
    self.debriefingHeldAt = debriefingHeldAt
    self.debriefingNote = debriefingNote
    self.reviewedBy = reviewedBy
    self.reviewerName = reviewerName
    self.reviewedAt = reviewedAt
    self.reviewActions = reviewActions
    self.absenceFirstDay = absenceFirstDay
    self.easyReportedOn = easyReportedOn
  }
}

/// A step an episode still needs. Ordered as the leader's list shows them.
public enum FollowUpStep: Hashable, Sendable {
  case complete
  case defusing
  case planDebriefing
  case holdDebriefing(planned: CalendarDay)
  case leaderReview
  case easyReport(deadline: CalendarDay)

  /// Stable key for texts (`episodes.step.<key>`).
  public var key: String {
    switch self {
    case .complete: return "complete"
    case .defusing: return "defusing"
    case .planDebriefing: return "planDebriefing"
    case .holdDebriefing: return "holdDebriefing"
    case .leaderReview: return "leaderReview"
    case .easyReport: return "easyReport"
    }
  }
}

/// The pure rules of the follow-up.
public enum FollowUpRules {
  /// Work injuries are reported to EASY no later than 14 days after the first day of absence.
  public static let easyDays = 14
  /// A debriefing is held 1–5 days after the episode.
  public static let debriefingWindow = 1...5

  public static func easyDeadline(absenceFirstDay: CalendarDay) -> CalendarDay {
    day(absenceFirstDay, plus: easyDays)
  }

  /// The days on which a debriefing may be planned.
  public static func debriefingRange(episodeDay: CalendarDay) -> ClosedRange<CalendarDay> {
    day(episodeDay, plus: debriefingWindow.lowerBound)...day(episodeDay, plus: debriefingWindow.upperBound)
  }

  public static func validateDebriefing(_ day: CalendarDay, episodeDay: CalendarDay)
    throws(EpisodeValidationError)
  {
    let range = debriefingRange(episodeDay: episodeDay)
    guard range.contains(day) else {
      throw .debriefingOutsideWindow(earliest: range.lowerBound, latest: range.upperBound)
    }
  }

  public static func validateAbsence(_ day: CalendarDay, episodeDay: CalendarDay) throws(EpisodeValidationError) {
    if day < episodeDay { throw .absenceBeforeEpisode }
  }

  /// The steps `episode` still needs, in order. The EASY step stays until marked reported.
  public static func openSteps(_ episode: ViolentEpisode) -> [FollowUpStep] {
    let f = episode.followUp
    var steps: [FollowUpStep] = []
    if !episode.isCompleted { steps.append(.complete) }
    if f.defusedAt == nil { steps.append(.defusing) }
    if let planned = f.debriefingPlanned {
      if f.debriefingHeldAt == nil { steps.append(.holdDebriefing(planned: planned)) }
    } else {
      steps.append(.planDebriefing)
    }
    if f.reviewedAt == nil { steps.append(.leaderReview) }
    if let absence = f.absenceFirstDay, f.easyReportedOn == nil {
      steps.append(.easyReport(deadline: easyDeadline(absenceFirstDay: absence)))
    }
    return steps
  }

  /// True when the EASY deadline has passed on `today` and it is not reported.
  public static func isEasyOverdue(_ episode: ViolentEpisode, today: CalendarDay) -> Bool {
    guard let absence = episode.followUp.absenceFirstDay, episode.followUp.easyReportedOn == nil else {
      return false
    }
    return easyDeadline(absenceFirstDay: absence) < today
  }

  /// The leader's list: episodes with at least one open step, oldest first.
  public static func leaderQueue(_ episodes: [ViolentEpisode]) -> [(ViolentEpisode, [FollowUpStep])] {
    episodes.map { ($0, openSteps($0)) }.filter { !$0.1.isEmpty }
      .sorted { ($0.0.occurredAt, $0.0.id) < ($1.0.occurredAt, $1.0.id) }
  }
}

extension FollowUpRules {
  /// The day `days` after `day` (before when negative).
  public static func day(_ day: CalendarDay, plus days: Int) -> CalendarDay { day.adding(days: days) }
}
