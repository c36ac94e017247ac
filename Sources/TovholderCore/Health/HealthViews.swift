import Foundation

/// A flagged screening on the flag list: the newest unseen flagged screening of one
/// resident and template, and how many older unseen ones it covers.
public struct FlaggedScreening: Hashable, Sendable {
  public var screening: Screening
  public var residentName: String
  public var unitID: UnitID
  public var templateName: LocalizedName
  /// Older flagged screenings of the same resident and template, not yet seen; marking
  /// this one seen marks them too.
  public var olderUnseen: Int

  public init(
    screening: Screening, residentName: String, unitID: UnitID, templateName: LocalizedName, olderUnseen: Int
  ) {
    self.screening = screening
    self.residentName = residentName
    self.unitID = unitID
    self.templateName = templateName
    self.olderUnseen = olderUnseen
  }
}

/// What the Health tab of a resident's record shows.
public struct HealthOverview: Hashable, Sendable {
  public struct Item: Hashable, Sendable {
    public var template: ScreeningTemplate
    public var assignment: ScreeningAssignment
    public var due: CalendarDay
    public var status: ScreeningDueStatus
    public var latest: Screening?
    public var responsibleName: String?

    public init(
      template: ScreeningTemplate, assignment: ScreeningAssignment, due: CalendarDay, status: ScreeningDueStatus,
      latest: Screening?, responsibleName: String?
    ) {
      self.template = template
      self.assignment = assignment
      self.due = due
      self.status = status
      self.latest = latest
      self.responsibleName = responsibleName
    }
  }

  public var residentID: ResidentID
  public var sex: Sex
  /// Newest first; the first is the current state.
  public var consents: [HealthConsent]
  /// Active assignments, most urgent first.
  public var items: [Item]
  /// Templates not assigned to the resident (to add one).
  public var unassigned: [ScreeningTemplate]
  /// Templates with recorded screenings that no longer apply (stopped, or the resident
  /// moved out): their history is still there to read.
  public var stopped: [ScreeningTemplate]

  public init(
    residentID: ResidentID, sex: Sex, consents: [HealthConsent], items: [Item], unassigned: [ScreeningTemplate],
    stopped: [ScreeningTemplate] = []
  ) {
    self.residentID = residentID
    self.sex = sex
    self.consents = consents
    self.items = items
    self.unassigned = unassigned
    self.stopped = stopped
  }

  public var consent: HealthConsent? { consents.first }
}

/// Who may do what in the health area, beyond the general record rules.
public enum HealthAccess {
  /// Marking a flag seen: a leader of the unit, or a nurse who works in it.
  public static func canMarkSeen(in unitID: UnitID, actor: Actor, isNurse: Bool) -> Bool {
    guard AccessRules.canSeeResidents(in: unitID, actor: actor) else { return false }
    return actor.role == .leader || isNurse
  }

  /// The home's own templates: admin.
  public static func canEditTemplates(actor: Actor) -> Bool { actor.role == .admin }

  /// Naming nurses: admin or a leader.
  public static func canNameNurses(actor: Actor) -> Bool { actor.role != .staff }
}
