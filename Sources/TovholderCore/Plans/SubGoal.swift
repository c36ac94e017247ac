import Foundation

/// A measurable step toward a goal (delmål).
public struct SubGoal: Hashable, Sendable, Identifiable {
  public var id: SubGoalID
  public var goalID: GoalID
  public var fields: SubGoalFields
  /// Closed when its goal ends, or by hand when it is reached.
  public var isClosed: Bool
  public var version: Int

  public init(id: SubGoalID, goalID: GoalID, fields: SubGoalFields, isClosed: Bool = false, version: Int = 1) {
    self.id = id
    self.goalID = goalID
    self.fields = fields
    self.isClosed = isClosed
    self.version = version
  }

  public var text: String { fields.text }
  public var measure: Measure { fields.measure }
  public var target: Int? { fields.target }
  public var followUpDate: CalendarDay { fields.followUpDate }
}

/// The editable fields of a sub-goal.
public struct SubGoalFields: Hashable, Sendable {
  public var text: String
  public var measure: Measure
  /// The value aimed at, in the measure's range (yes/no: 1 = yes).
  public var target: Int?
  public var followUpDate: CalendarDay
  /// Nil: the goal's responsible party.
  public var responsible: ResponsibleParty?

  public init(
    text: String, measure: Measure, target: Int? = nil, followUpDate: CalendarDay,
    responsible: ResponsibleParty? = nil
  ) {
    self.text = text
    self.measure = measure
    self.target = target
    self.followUpDate = followUpDate
    self.responsible = responsible
  }

  public func validate(planStart: CalendarDay) throws(PlanValidationError) {
    try PlanValidation.text(text, empty: .emptySubGoalText)
    if let target, !measure.contains(target) { throw .targetOutOfRange(measure.range) }
    if followUpDate < planStart { throw .followUpBeforePlanStart(planStart) }
    if let responsible { try PlanValidation.responsible(responsible) }
  }
}

/// What is needed to add a sub-goal. The measure is optional here only so that a form
/// left without one gets `.missingMeasure` rather than a crash.
public struct NewSubGoal: Sendable {
  public var goalID: GoalID
  public var text: String
  public var measure: Measure?
  public var target: Int?
  public var followUpDate: CalendarDay
  public var responsible: ResponsibleParty?

  public init(
    goalID: GoalID, text: String, measure: Measure?, target: Int? = nil, followUpDate: CalendarDay,
    responsible: ResponsibleParty? = nil
  ) {
    self.goalID = goalID
    self.text = text
    self.measure = measure
    self.target = target
    self.followUpDate = followUpDate
    self.responsible = responsible
  }

  /// The checked fields, or the first problem.
  public func validated(planStart: CalendarDay) throws(PlanValidationError) -> SubGoalFields {
    try PlanValidation.text(text, empty: .emptySubGoalText)
    guard let measure else { throw .missingMeasure }
    let fields = SubGoalFields(
      text: text, measure: measure, target: target, followUpDate: followUpDate, responsible: responsible)
    try fields.validate(planStart: planStart)
    return fields
  }
}

/// What staff do to support a sub-goal (indsats), and how often.
public struct Intervention: Hashable, Sendable, Identifiable {
  public var id: InterventionID
  public var subGoalID: SubGoalID
  public var text: String
  public var frequency: Frequency
  /// Nil: the sub-goal's (or goal's) responsible party.
  public var responsible: ResponsibleParty?
  public var isActive: Bool
  public var version: Int

  public init(
    id: InterventionID, subGoalID: SubGoalID, text: String, frequency: Frequency,
    responsible: ResponsibleParty? = nil, isActive: Bool = true, version: Int = 1
  ) {
    self.id = id
    self.subGoalID = subGoalID
    self.text = text
    self.frequency = frequency
    self.responsible = responsible
    self.isActive = isActive
    self.version = version
  }

  public func validate() throws(PlanValidationError) {
    try PlanValidation.intervention(text: text, frequency: frequency, responsible: responsible)
  }
}

public struct NewIntervention: Sendable {
  public var subGoalID: SubGoalID
  public var text: String
  public var frequency: Frequency
  public var responsible: ResponsibleParty?

  public init(subGoalID: SubGoalID, text: String, frequency: Frequency, responsible: ResponsibleParty? = nil) {
    self.subGoalID = subGoalID
    self.text = text
    self.frequency = frequency
    self.responsible = responsible
  }

  public func validate() throws(PlanValidationError) {
    try PlanValidation.intervention(text: text, frequency: frequency, responsible: responsible)
  }
}
