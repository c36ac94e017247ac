import Foundation

/// A template applied to one resident, with the resident's own interval if it differs
/// from the template's, the first due day and who is responsible.
public struct ScreeningAssignment: Hashable, Sendable, Identifiable {
  public var id: AssignmentID
  public var residentID: ResidentID
  public var templateKey: String
  /// Nil: the template's interval.
  public var interval: ScreeningInterval?
  /// The first screening is due on this day.
  public var startDay: CalendarDay
  /// Nil: the resident's contact person.
  public var responsibleID: AccountID?
  /// False once the template no longer applies (kept for history).
  public var isActive: Bool
  public var version: Int

  public init(
    id: AssignmentID, residentID: ResidentID, templateKey: String, interval: ScreeningInterval? = nil,
    startDay: CalendarDay, responsibleID: AccountID? = nil, isActive: Bool = true, version: Int = 1
  ) {
    self.id = id
    self.residentID = residentID
    self.templateKey = templateKey
    self.interval = interval
    self.startDay = startDay
    self.responsibleID = responsibleID
    self.isActive = isActive
    self.version = version
  }

  public func effectiveInterval(_ template: ScreeningTemplate) -> ScreeningInterval {
    interval ?? template.interval
  }
}

/// When a screening is due, and how urgent that is.
public enum DueRule {
  /// The next due day: one interval after the last screening, but never before the
  /// start day; the start day itself when there has been none.
  public static func nextDue(lastTaken: CalendarDay?, startDay: CalendarDay, interval: ScreeningInterval)
    -> CalendarDay
  {
    guard let lastTaken else { return startDay }
    return max(interval.after(lastTaken), startDay)
  }

  /// Overdue before today; this week up to Sunday; this month up to the month's last day
  /// (or Sunday, if the week runs into the next month); otherwise later.
  public static func status(due: CalendarDay, today: CalendarDay) -> ScreeningDueStatus {
    if due < today { return .overdue }
    let weekEnd = today.endOfWeek
    if due <= weekEnd { return .thisWeek }
    if due <= max(today.endOfMonth, weekEnd) { return .thisMonth }
    return .later
  }
}

public enum ScreeningDueStatus: String, Sendable, CaseIterable, Comparable {
  case overdue, thisWeek, thisMonth, later

  public static func < (a: ScreeningDueStatus, b: ScreeningDueStatus) -> Bool {
    allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
  }
}

/// One line of the due list.
public struct DueItem: Hashable, Sendable {
  public var residentID: ResidentID
  public var residentName: String
  public var unitID: UnitID
  public var assignmentID: AssignmentID
  public var templateKey: String
  public var templateName: LocalizedName
  public var due: CalendarDay
  public var status: ScreeningDueStatus
  public var lastTaken: CalendarDay?
  public var responsibleName: String?

  public init(
    residentID: ResidentID, residentName: String, unitID: UnitID, assignmentID: AssignmentID,
    templateKey: String, templateName: LocalizedName, due: CalendarDay, status: ScreeningDueStatus,
    lastTaken: CalendarDay?, responsibleName: String?
  ) {
    self.residentID = residentID
    self.residentName = residentName
    self.unitID = unitID
    self.assignmentID = assignmentID
    self.templateKey = templateKey
    self.templateName = templateName
    self.due = due
    self.status = status
    self.lastTaken = lastTaken
    self.responsibleName = responsibleName
  }

  /// Days overdue (0 when not overdue).
  public func daysOverdue(today: CalendarDay) -> Int { max(0, due.days(to: today)) }
}
