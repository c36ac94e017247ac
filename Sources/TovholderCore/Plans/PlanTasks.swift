import Foundation

/// One line of "who does what": an open sub-goal or one of its interventions, with the
/// party responsible and the next date.
public struct PlanTask: Hashable, Sendable {
  public enum Kind: Hashable, Sendable {
    case subGoal
    case intervention(InterventionID, Frequency)
  }

  public var residentID: ResidentID
  public var residentName: String
  public var goalID: GoalID
  public var goalTitle: String
  public var subGoalID: SubGoalID
  /// The sub-goal's text, or the intervention's.
  public var text: String
  public var kind: Kind
  public var responsible: ResponsibleParty
  /// The name shown for the responsible party (nil when the role is not filled).
  public var responsibleName: String?
  /// The staff account holding the task, if a staff member holds it.
  public var accountID: AccountID?
  /// The sub-goal's follow-up date.
  public var nextDate: CalendarDay

  public init(
    residentID: ResidentID, residentName: String, goalID: GoalID, goalTitle: String, subGoalID: SubGoalID,
    text: String, kind: Kind, responsible: ResponsibleParty, responsibleName: String?, accountID: AccountID?,
    nextDate: CalendarDay
  ) {
    self.residentID = residentID
    self.residentName = residentName
    self.goalID = goalID
    self.goalTitle = goalTitle
    self.subGoalID = subGoalID
    self.text = text
    self.kind = kind
    self.responsible = responsible
    self.responsibleName = responsibleName
    self.accountID = accountID
    self.nextDate = nextDate
  }
}

/// Who does what, worked out from a plan.
public enum PlanTasks {
  /// Every open sub-goal and active intervention of open goals, with the responsible party
  /// resolved: an intervention falls back to its sub-goal's party, a sub-goal to its goal's.
  /// Ordered by next date, then goal order.
  public static func whoDoesWhat(_ doc: PlanDocument) -> [PlanTask] {
    var tasks: [PlanTask] = []
    for node in doc.goals where node.goal.status.isOpen {
      let goal = node.goal
      for s in node.subGoals where !s.subGoal.isClosed {
        let sub = s.subGoal
        let subParty = sub.fields.responsible ?? goal.responsible
        func task(_ text: String, _ kind: PlanTask.Kind, _ party: ResponsibleParty) -> PlanTask {
          PlanTask(
            residentID: doc.resident.id, residentName: doc.resident.name, goalID: goal.id, goalTitle: goal.title,
            subGoalID: sub.id, text: text, kind: kind, responsible: party, responsibleName: doc.name(of: party),
            accountID: party.accountID(
              coordinator: doc.resident.coordinatorID, contactPerson: doc.resident.contactPersonID),
            nextDate: sub.followUpDate)
        }
        tasks.append(task(sub.text, .subGoal, subParty))
        for i in s.interventions where i.isActive {
          tasks.append(task(i.text, .intervention(i.id, i.frequency), i.responsible ?? subParty))
        }
      }
    }
    return stableSorted(tasks)
  }

  /// The tasks a staff member holds across the given plans ("my plan tasks").
  public static func myTasks(_ docs: [PlanDocument], accountID: AccountID) -> [PlanTask] {
    stableSorted(docs.flatMap(whoDoesWhat).filter { $0.accountID == accountID })
  }

  private static func stableSorted(_ tasks: [PlanTask]) -> [PlanTask] {
    tasks.enumerated().sorted { a, b in
      a.element.nextDate != b.element.nextDate ? a.element.nextDate < b.element.nextDate : a.offset < b.offset
    }.map(\.element)
  }
}
