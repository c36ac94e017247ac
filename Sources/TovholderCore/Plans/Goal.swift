import Foundation

/// Where a goal stands after its follow-ups.
public enum GoalStatus: String, CaseIterable, Sendable, Codable {
  case active
  /// Sent to the municipality to be reassessed; still part of the plan.
  case revisitation
  /// Ended at a follow-up (afsluttet); kept for the history.
  case ended

  public var isOpen: Bool { self != .ended }
}

/// A goal (mål) in a plan, following VUM 2.0.
public struct Goal: Hashable, Sendable, Identifiable {
  public var id: GoalID
  public var planID: PlanID
  public var title: String
  /// Catalogue ids (plans-themes.json, plans-goal-types.json, plans-scales.json levels).
  public var themeID: String
  public var goalTypeID: String
  public var functionalLevelID: String
  public var supportNeedID: String
  public var responsible: ResponsibleParty
  public var status: GoalStatus
  public var version: Int

  public init(
    id: GoalID, planID: PlanID, title: String, themeID: String, goalTypeID: String,
    functionalLevelID: String, supportNeedID: String, responsible: ResponsibleParty,
    status: GoalStatus = .active, version: Int = 1
  ) {
    self.id = id
    self.planID = planID
    self.title = title
    self.themeID = themeID
    self.goalTypeID = goalTypeID
    self.functionalLevelID = functionalLevelID
    self.supportNeedID = supportNeedID
    self.responsible = responsible
    self.status = status
    self.version = version
  }

  public var fields: GoalFields {
    GoalFields(
      title: title, themeID: themeID, goalTypeID: goalTypeID, functionalLevelID: functionalLevelID,
      supportNeedID: supportNeedID, responsible: responsible)
  }
}

/// The editable fields of a goal, for a new goal and for validation.
public struct GoalFields: Hashable, Sendable {
  public var title: String
  public var themeID: String
  public var goalTypeID: String
  public var functionalLevelID: String
  public var supportNeedID: String
  public var responsible: ResponsibleParty

  public init(
    title: String, themeID: String, goalTypeID: String, functionalLevelID: String,
    supportNeedID: String, responsible: ResponsibleParty
  ) {
    self.title = title
    self.themeID = themeID
    self.goalTypeID = goalTypeID
    self.functionalLevelID = functionalLevelID
    self.supportNeedID = supportNeedID
    self.responsible = responsible
  }

  /// Checks the text; with a catalogue also that every id is in it.
  public func validate(catalog: PlanCatalog? = nil) throws(PlanValidationError) {
    try PlanValidation.text(title, empty: .emptyGoalTitle)
    try PlanValidation.responsible(responsible)
    guard let catalog else { return }
    if catalog.theme(themeID) == nil { throw .unknownCatalogEntry(themeID) }
    if catalog.goalType(goalTypeID) == nil { throw .unknownCatalogEntry(goalTypeID) }
    if catalog.level(functionalLevelID) == nil { throw .unknownCatalogEntry(functionalLevelID) }
    if catalog.level(supportNeedID) == nil { throw .unknownCatalogEntry(supportNeedID) }
  }
}

/// What is needed to add a goal to a plan.
public struct NewGoal: Sendable {
  public var planID: PlanID
  public var fields: GoalFields

  public init(planID: PlanID, fields: GoalFields) {
    self.planID = planID
    self.fields = fields
  }
}
