import Foundation

/// One follow-up step being recorded on an episode.
public enum FollowUpChange: Hashable, Sendable {
  /// The defusing talk right after: who held it and when.
  case defused(by: String, at: Date)
  /// The debriefing planned for a day 1–5 days after the episode.
  case debriefingPlanned(CalendarDay)
  case debriefingHeld(at: Date, note: String)
  /// The leader's review with the actions decided.
  case reviewed(actions: String)
  /// An injured staff member's first day of absence (sets the EASY deadline).
  case absence(firstDay: CalendarDay)
  case easyReported(on: CalendarDay)

  /// Stable name for logs and tests.
  public var key: String {
    switch self {
    case .defused: return "defused"
    case .debriefingPlanned: return "debriefingPlanned"
    case .debriefingHeld: return "debriefingHeld"
    case .reviewed: return "reviewed"
    case .absence: return "absence"
    case .easyReported: return "easyReported"
    }
  }

  /// The leader's review and the EASY report are the leader's; the rest anyone on the unit.
  public var needsLeader: Bool {
    switch self {
    case .reviewed, .easyReported: return true
    default: return false
    }
  }
}

extension FollowUpRules {
  /// The episode after `change`, or the reason it cannot be made. `now` bounds dates.
  public static func apply(
    _ change: FollowUpChange, to episode: ViolentEpisode, actor: Actor, now: Date
  ) throws(EpisodeValidationError) -> ViolentEpisode {
    var e = episode
    let today = CalendarDay(now, in: episode.timeZone)
    func notBlank(_ s: String) -> Bool { !s.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    switch change {
    case .defused(let by, let at):
      if at > now.addingTimeInterval(60) { throw .inFuture }
      if at < episode.occurredAt { throw .stepOutOfOrder }
      guard notBlank(by) else { throw .emptyReview }
      e.followUp.defusedBy = by
      e.followUp.defusedAt = at
    case .debriefingPlanned(let day):
      try validateDebriefing(day, episodeDay: episode.day)
      e.followUp.debriefingPlanned = day
    case .debriefingHeld(let at, let note):
      guard episode.followUp.debriefingPlanned != nil else { throw .stepOutOfOrder }
      if at > now.addingTimeInterval(60) { throw .inFuture }
      if at < episode.occurredAt { throw .stepOutOfOrder }
      e.followUp.debriefingHeldAt = at
      e.followUp.debriefingNote = note
    case .reviewed(let actions):
      guard notBlank(actions) else { throw .emptyReview }
      e.followUp.reviewedBy = actor.accountID
      e.followUp.reviewerName = actor.displayName
      e.followUp.reviewedAt = now
      e.followUp.reviewActions = actions
    case .absence(let day):
      try validateAbsence(day, episodeDay: episode.day)
      e.followUp.absenceFirstDay = day
    case .easyReported(let day):
      guard episode.followUp.absenceFirstDay != nil else { throw .stepOutOfOrder }
      if day > today { throw .inFuture }
      e.followUp.easyReportedOn = day
    }
    return e
  }
}
