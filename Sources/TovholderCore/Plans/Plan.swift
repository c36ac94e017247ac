import Foundation

/// A resident's one plan (En Plan): their own wish, in their words, and the goals made
/// with them. One per resident.
public struct Plan: Hashable, Sendable, Identifiable {
  public var id: PlanID
  public var residentID: ResidentID
  /// The resident's own wish for their life, in their words.
  public var wish: String
  /// The day the plan took effect; follow-up dates may not come before it.
  public var startDate: CalendarDay
  /// The next plan follow-up meeting.
  public var nextFollowUp: CalendarDay
  public var version: Int
  public var updatedAt: Date

  public init(
    id: PlanID, residentID: ResidentID, wish: String, startDate: CalendarDay,
    nextFollowUp: CalendarDay, version: Int = 1, updatedAt: Date = Date(timeIntervalSince1970: 0)
  ) {
    self.id = id
    self.residentID = residentID
    self.wish = wish
    self.startDate = startDate
    self.nextFollowUp = nextFollowUp
    self.version = version
    self.updatedAt = updatedAt
  }

  public func validate() throws(PlanValidationError) {
    try PlanValidation.plan(wish: wish, start: startDate, nextFollowUp: nextFollowUp)
  }
}

/// What is needed to make a plan. Without `nextFollowUp` the first follow-up falls one
/// home interval after the start.
public struct NewPlan: Sendable {
  public var residentID: ResidentID
  public var wish: String
  public var startDate: CalendarDay
  public var nextFollowUp: CalendarDay?

  public init(residentID: ResidentID, wish: String, startDate: CalendarDay, nextFollowUp: CalendarDay? = nil) {
    self.residentID = residentID
    self.wish = wish
    self.startDate = startDate
    self.nextFollowUp = nextFollowUp
  }
}

/// The home's default follow-up rhythm: 2–4 plan follow-ups a year.
public struct FollowUpInterval: Hashable, Sendable {
  public static let allowed = 2...4
  public let timesPerYear: Int

  public init(timesPerYear: Int) throws(PlanValidationError) {
    guard FollowUpInterval.allowed.contains(timesPerYear) else {
      throw .intervalOutOfRange(allowed: FollowUpInterval.allowed)
    }
    self.timesPerYear = timesPerYear
  }

  private init(checked timesPerYear: Int) { self.timesPerYear = timesPerYear }

  /// Two a year, until a leader sets the home's rhythm.
  public static let standard = FollowUpInterval(checked: 2)

  /// Months between follow-ups (6, 4 or 3).
  public var months: Int { 12 / timesPerYear }

  /// The follow-up after one held (or a plan started) on `day`.
  public func next(after day: CalendarDay) -> CalendarDay { day.adding(months: months) }
}
