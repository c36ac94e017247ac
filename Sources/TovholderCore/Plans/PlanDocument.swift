import Foundation

/// A whole plan as the Plan tab and the status report show it.
public struct PlanDocument: Hashable, Sendable {
  public struct SubGoalNode: Hashable, Sendable {
    public var subGoal: SubGoal
    public var interventions: [Intervention]
    /// The values that count, oldest first (a value marked wrong is left out).
    public var progress: [ProgressEntry]
    /// Every value recorded, oldest first, the ones marked wrong included.
    public var history: [ProgressEntry]

    /// `progress`: every value recorded, oldest first (those marked wrong are kept in `history`).
    public init(subGoal: SubGoal, interventions: [Intervention], progress: [ProgressEntry]) {
      self.subGoal = subGoal
      self.interventions = interventions
      self.history = progress
      self.progress = progress.filter { $0.correction == nil }
    }

    public var latest: ProgressEntry? { progress.last }
  }

  public struct GoalNode: Hashable, Sendable {
    public var goal: Goal
    public var subGoals: [SubGoalNode]

    public init(goal: Goal, subGoals: [SubGoalNode]) {
      self.goal = goal
      self.subGoals = subGoals
    }
  }

  public var plan: Plan
  public var resident: Resident
  public var coordinatorName: String?
  public var contactPersonName: String?
  /// In the order they were added.
  public var goals: [GoalNode]
  /// Oldest first.
  public var followUps: [FollowUpMeeting]
  /// Newest first.
  public var history: [PlanHistoryEntry]
  /// Names of staff named as responsible, by account.
  public var staffNames: [AccountID: String]

  public init(
    plan: Plan, resident: Resident, coordinatorName: String?, contactPersonName: String?,
    goals: [GoalNode], followUps: [FollowUpMeeting], history: [PlanHistoryEntry],
    staffNames: [AccountID: String] = [:]
  ) {
    self.plan = plan
    self.resident = resident
    self.coordinatorName = coordinatorName
    self.contactPersonName = contactPersonName
    self.goals = goals
    self.followUps = followUps
    self.history = history
    self.staffNames = staffNames
  }

  public var openGoals: [Goal] { goals.map(\.goal).filter { $0.status.isOpen } }

  public func goal(_ id: GoalID) -> GoalNode? { goals.first { $0.goal.id == id } }

  public func subGoal(_ id: SubGoalID) -> SubGoalNode? {
    for g in goals { if let s = g.subGoals.first(where: { $0.subGoal.id == id }) { return s } }
    return nil
  }

  /// When the plan is next due, and whether an open sub-goal's date drives it.
  public var dueDate: (day: CalendarDay, isSubGoal: Bool) {
    let dates = goals.filter { $0.goal.status.isOpen }.flatMap(\.subGoals)
      .filter { !$0.subGoal.isClosed }.map(\.subGoal.followUpDate)
    return PlanSchedule.dueDate(plan: plan, openSubGoalDates: dates)
  }

  /// The name shown for a responsible party in this plan.
  public func name(of party: ResponsibleParty) -> String? {
    switch party {
    case .coordinator: return coordinatorName
    case .contactPerson: return contactPersonName
    case .staff(let id): return staffNames[id]
    case .outside(let name): return name
    }
  }
}

/// What a part of the plan said before it was changed, and when.
public struct PlanHistoryEntry: Hashable, Sendable, Identifiable {
  public enum Before: Hashable, Sendable {
    case plan(wish: String, nextFollowUp: CalendarDay)
    case goal(GoalID, GoalFields, GoalStatus)
    case subGoal(SubGoalID, SubGoalFields, isClosed: Bool)
  }

  public enum Reason: Hashable, Sendable {
    case edited
    case followUp(FollowUpDecision)
  }

  public var id: Int64
  public var before: Before
  public var reason: Reason
  public var changedAt: Date
  public var changedByName: String

  public init(id: Int64, before: Before, reason: Reason, changedAt: Date, changedByName: String) {
    self.id = id
    self.before = before
    self.reason = reason
    self.changedAt = changedAt
    self.changedByName = changedByName
  }
}

/// A line of a due list: a resident whose plan follow-up is due or overdue, or who has none.
public struct PlanDueItem: Hashable, Sendable {
  public enum Reason: Hashable, Sendable {
    case planFollowUp
    case subGoalFollowUp
    /// A current resident without a plan.
    case noPlan
  }

  public var residentID: ResidentID
  public var residentName: String
  public var unitID: UnitID
  public var planID: PlanID?
  public var dueOn: CalendarDay?
  public var reason: Reason
  public var status: DueStatus

  public init(
    residentID: ResidentID, residentName: String, unitID: UnitID, planID: PlanID?, dueOn: CalendarDay?,
    reason: Reason, status: DueStatus
  ) {
    self.residentID = residentID
    self.residentName = residentName
    self.unitID = unitID
    self.planID = planID
    self.dueOn = dueOn
    self.reason = reason
    self.status = status
  }

  /// Overdue first (most overdue on top), then by due day, then residents without a plan.
  public static func ordered(_ items: [PlanDueItem]) -> [PlanDueItem] {
    items.sorted { a, b in
      switch (a.dueOn, b.dueOn) {
      case (nil, nil): return DanishCollation.compare(a.residentName, b.residentName) < 0
      case (nil, _): return false
      case (_, nil): return true
      case (let x?, let y?):
        return x != y ? x < y : DanishCollation.compare(a.residentName, b.residentName) < 0
      }
    }
  }
}
