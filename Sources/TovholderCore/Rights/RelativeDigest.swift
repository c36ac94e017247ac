import Foundation

/// What staff may tell one relative about a resident today, and the recent information itself,
/// filtered by exactly that: each kind of information with whether it may be shared now and
/// why (a consent with its date and form, a guardianship's scope, or no basis), and only the
/// parts the relative may receive. A part whose kind is refused is absent, not hidden.
public struct RelativeDigest: Hashable, Sendable {
  /// One kind of information and the decision for this relative, with what grounds it.
  public struct Permission: Hashable, Sendable {
    public var kind: InformationKind
    public var decision: SharingDecision
    /// The consent that allows it (its date and form are shown).
    public var consent: Consent?
    /// The guardianship that allows it (its section and scope are shown).
    public var guardianship: Guardianship?

    public init(
      kind: InformationKind, decision: SharingDecision, consent: Consent? = nil, guardianship: Guardianship? = nil
    ) {
      self.kind = kind
      self.decision = decision
      self.consent = consent
      self.guardianship = guardianship
    }
  }

  /// The plan's status: the resident's wish, the open goals and the next follow-up meeting.
  public struct PlanStatus: Hashable, Sendable {
    public var wish: String
    public var openGoals: [Goal]
    public var nextFollowUp: CalendarDay
    public var lastFollowUp: CalendarDay?

    public init(wish: String, openGoals: [Goal], nextFollowUp: CalendarDay, lastFollowUp: CalendarDay?) {
      self.wish = wish
      self.openGoals = openGoals
      self.nextFollowUp = nextFollowUp
      self.lastFollowUp = lastFollowUp
    }
  }

  /// A meeting ahead that the relative may hear of.
  public struct Meeting: Hashable, Sendable {
    public enum Kind: String, Sendable { case planFollowUp, relativesCouncil }
    public var kind: Kind
    public var on: CalendarDay

    public init(kind: Kind, on: CalendarDay) {
      self.kind = kind
      self.on = on
    }
  }

  public var residentName: String
  public var relative: Relative
  public var day: CalendarDay
  public var generatedAt: Date
  public var generatedBy: String
  public var permissions: [Permission]
  /// Present only when plan information may be shared (nil also when there is no plan).
  public var plan: PlanStatus?
  /// Present only when health may be shared with the relative and the resident's own health
  /// consent allows sharing.
  public var health: ScreeningSummary?
  /// Health is allowed for the relative, but the resident's health consent does not allow sharing.
  public var healthConsentMissing: Bool
  /// Daily notes of the last `RelativeDigest.dailyLifeDays` days, newest first, when daily life may be shared.
  public var dailyLife: [Note]?
  /// Meetings ahead: the plan's follow-up (only when the plan may be shared) and the relatives council.
  public var meetings: [Meeting]

  public static let dailyLifeDays = 14
  public static let dailyLifeLimit = 10

  public init(
    residentName: String, relative: Relative, day: CalendarDay, generatedAt: Date, generatedBy: String,
    permissions: [Permission], plan: PlanStatus? = nil, health: ScreeningSummary? = nil,
    healthConsentMissing: Bool = false, dailyLife: [Note]? = nil, meetings: [Meeting] = []
  ) {
    self.residentName = residentName
    self.relative = relative
    self.day = day
    self.generatedAt = generatedAt
    self.generatedBy = generatedBy
    self.permissions = permissions
    self.plan = plan
    self.health = health
    self.healthConsentMissing = healthConsentMissing
    self.dailyLife = dailyLife
    self.meetings = meetings
  }

  public func mayShare(_ kindCode: String) -> Bool {
    permissions.first { $0.kind.code == kindCode }?.decision.isAllowed == true
  }

  /// The kinds the relative may be told, in catalogue order.
  public var allowedKinds: [InformationKind] { permissions.filter(\.decision.isAllowed).map(\.kind) }

  /// True when the digest holds health information (the contact log records it).
  public var includesHealth: Bool { health != nil }
}
