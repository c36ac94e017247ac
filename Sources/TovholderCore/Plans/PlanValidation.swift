import Foundation

/// Everything wrong a plan, goal, sub-goal, value or follow-up can be. Carries no user text.
public enum PlanValidationError: Error, Equatable, Sendable {
  case emptyWish
  case emptyGoalTitle
  case emptySubGoalText
  case emptyInterventionText
  case emptyOutsideName
  /// A sub-goal must say how it is measured.
  case missingMeasure
  /// A follow-up date before the day the plan started (the start is given).
  case followUpBeforePlanStart(CalendarDay)
  /// A recorded value outside the measure's range.
  case scoreOutOfRange(ClosedRange<Int>)
  /// A target outside the measure's range.
  case targetOutOfRange(ClosedRange<Int>)
  /// A follow-up score outside the catalogue's range.
  case followUpScoreOutOfRange(ClosedRange<Int>)
  case frequencyOutOfRange
  case intervalOutOfRange(allowed: ClosedRange<Int>)
  /// A catalogue id that is not in the catalogue in use.
  case unknownCatalogEntry(String)
  /// The resident already has a plan.
  case planExists
  case subGoalClosed
  case goalEnded
  /// An open goal without a decision at a follow-up.
  case missingDecision(GoalID)
  /// A decision for a goal that is not open in this plan, or two for one goal.
  case invalidDecision(GoalID)
  /// A change or revisitation without a note.
  case decisionNeedsNote(GoalID)
  case followUpInFuture
  /// The next follow-up must come after the meeting.
  case nextFollowUpNotAfterMeeting
  /// A value marked wrong must say why.
  case emptyCorrectionReason
  /// The value is already marked wrong.
  case alreadyCorrected
}

/// The rules shared by the plan values.
public enum PlanValidation {
  static func text(_ text: String, empty: PlanValidationError) throws(PlanValidationError) {
    if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw empty }
  }

  static func responsible(_ party: ResponsibleParty) throws(PlanValidationError) {
    if case .outside(let name) = party { try text(name, empty: .emptyOutsideName) }
  }

  public static func plan(wish: String, start: CalendarDay, nextFollowUp: CalendarDay) throws(PlanValidationError) {
    try text(wish, empty: .emptyWish)
    if nextFollowUp < start { throw .followUpBeforePlanStart(start) }
  }

  static func intervention(text t: String, frequency: Frequency, responsible r: ResponsibleParty?)
    throws(PlanValidationError)
  {
    try text(t, empty: .emptyInterventionText)
    if frequency.period != .asNeeded, !(1...100).contains(frequency.times) { throw .frequencyOutOfRange }
    if let r { try responsible(r) }
  }

  /// Checks a follow-up against the plan as it stands: every open goal decided once, notes
  /// where needed, scores in range, dates in order. `today` is the home's day now.
  public static func followUp(
    _ f: NewFollowUp, plan: Plan, openGoals: [Goal], scoreRange: ClosedRange<Int>, today: CalendarDay
  ) throws(PlanValidationError) {
    if f.heldOn < plan.startDate { throw .followUpBeforePlanStart(plan.startDate) }
    if f.heldOn > today { throw .followUpInFuture }
    if let next = f.nextFollowUp, next <= f.heldOn { throw .nextFollowUpNotAfterMeeting }
    let open = Set(openGoals.map(\.id))
    var seen = Set<GoalID>()
    for d in f.decisions {
      guard open.contains(d.goalID), seen.insert(d.goalID).inserted else { throw .invalidDecision(d.goalID) }
      if d.decision.needsNote { try text(d.note, empty: .decisionNeedsNote(d.goalID)) }
      if let s = d.score, !scoreRange.contains(s) { throw .followUpScoreOutOfRange(scoreRange) }
      if d.decision == .change, let revised = d.revised { try revised.validate() }
    }
    for g in openGoals where !seen.contains(g.id) { throw .missingDecision(g.id) }
  }
}
