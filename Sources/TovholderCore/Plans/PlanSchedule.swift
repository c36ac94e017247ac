import Foundation

/// Whether something dated is due, for the due lists.
public enum DueStatus: Hashable, Sendable {
  /// The day has passed by `days` days.
  case overdue(days: Int)
  /// Due in `days` days (0 = today), within the window.
  case dueSoon(days: Int)
  case notDue

  public var isListed: Bool { self != .notDue }
}

/// When plans are due for follow-up.
public enum PlanSchedule {
  /// The due list shows what falls due within this many days.
  public static let windowDays = 30

  public static func status(of day: CalendarDay, today: CalendarDay, windowDays: Int = windowDays) -> DueStatus {
    let delta = day.days(since: today)
    if delta < 0 { return .overdue(days: -delta) }
    if delta <= windowDays { return .dueSoon(days: delta) }
    return .notDue
  }

  /// The date that drives a plan's place in the due list: its next follow-up meeting, or an
  /// open sub-goal's follow-up date if that comes first.
  public static func dueDate(plan: Plan, openSubGoalDates: [CalendarDay]) -> (day: CalendarDay, isSubGoal: Bool) {
    if let first = openSubGoalDates.min(), first < plan.nextFollowUp { return (first, true) }
    return (plan.nextFollowUp, false)
  }

  /// The next follow-up after a meeting: the one agreed at the meeting, else one interval on.
  public static func nextFollowUp(after meeting: CalendarDay, agreed: CalendarDay?, interval: FollowUpInterval)
    -> CalendarDay
  {
    agreed ?? interval.next(after: meeting)
  }
}
