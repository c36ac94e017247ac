import Foundation

/// What a follow-up meeting decides for a goal.
public enum FollowUpDecision: String, CaseIterable, Sendable, Codable {
  /// Fortsættes: the goal goes on as it is.
  case `continue`
  /// Ændres: the goal goes on, changed (its text or levels are edited; the old wording is kept).
  case change
  /// Afsluttes: the goal ends, with its open sub-goals.
  case end
  /// Revisitation: the municipality is asked to reassess.
  case revisitation

  /// The goal's status after the decision.
  public var resultingStatus: GoalStatus {
    switch self {
    case .continue, .change: return .active
    case .end: return .ended
    case .revisitation: return .revisitation
    }
  }

  /// A change or a revisitation must say why.
  public var needsNote: Bool { self == .change || self == .revisitation }
}

/// The decision on one goal at a follow-up.
public struct GoalDecision: Hashable, Sendable {
  public var goalID: GoalID
  /// The goal version the meeting saw; a goal changed since is a version conflict.
  public var goalVersion: Int
  public var decision: FollowUpDecision
  /// The progress score given at the meeting (the catalogue's follow-up score range).
  public var score: Int?
  public var note: String
  /// With `.change`: the goal as it reads after the meeting (the old wording goes to history).
  public var revised: GoalFields?

  public init(
    goalID: GoalID, goalVersion: Int, decision: FollowUpDecision, score: Int? = nil, note: String = "",
    revised: GoalFields? = nil
  ) {
    self.goalID = goalID
    self.goalVersion = goalVersion
    self.decision = decision
    self.score = score
    self.note = note
    self.revised = revised
  }
}

/// A follow-up meeting to hold now.
public struct NewFollowUp: Sendable {
  public var planID: PlanID
  /// The plan version the meeting started from.
  public var planVersion: Int
  public var heldOn: CalendarDay
  /// Who took part (free text: "Bjørn, søster, sagsbehandler").
  public var participants: String
  public var decisions: [GoalDecision]
  /// Nil: one home interval after `heldOn`.
  public var nextFollowUp: CalendarDay?

  public init(
    planID: PlanID, planVersion: Int, heldOn: CalendarDay, participants: String = "",
    decisions: [GoalDecision], nextFollowUp: CalendarDay? = nil
  ) {
    self.planID = planID
    self.planVersion = planVersion
    self.heldOn = heldOn
    self.participants = participants
    self.decisions = decisions
    self.nextFollowUp = nextFollowUp
  }
}

/// A held follow-up meeting, as stored.
public struct FollowUpMeeting: Hashable, Sendable, Identifiable {
  public struct Decision: Hashable, Sendable {
    public var goalID: GoalID
    /// The goal's title at the meeting.
    public var goalTitle: String
    public var decision: FollowUpDecision
    public var score: Int?
    public var note: String

    public init(goalID: GoalID, goalTitle: String, decision: FollowUpDecision, score: Int?, note: String) {
      self.goalID = goalID
      self.goalTitle = goalTitle
      self.decision = decision
      self.score = score
      self.note = note
    }
  }

  public var id: FollowUpID
  public var planID: PlanID
  public var heldOn: CalendarDay
  public var participants: String
  public var decisions: [Decision]
  public var nextFollowUp: CalendarDay
  public var authorName: String
  public var recordedAt: Date

  public init(
    id: FollowUpID, planID: PlanID, heldOn: CalendarDay, participants: String, decisions: [Decision],
    nextFollowUp: CalendarDay, authorName: String, recordedAt: Date
  ) {
    self.id = id
    self.planID = planID
    self.heldOn = heldOn
    self.participants = participants
    self.decisions = decisions
    self.nextFollowUp = nextFollowUp
    self.authorName = authorName
    self.recordedAt = recordedAt
  }
}
