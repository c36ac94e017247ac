import Foundation

/// Where an event is in its case flow. Stored by raw value; never rename.
public enum IncidentStatus: String, CaseIterable, Sendable, Codable {
  case registered
  case underReview
  case closed
  case rejected

  public var isOpen: Bool { self == .registered || self == .underReview }
}

/// The five reasons an event may be rejected. Stored by raw value; never rename.
public enum RejectionReason: String, CaseIterable, Sendable, Codable {
  /// Utilstrækkeligt beskrevet.
  case insufficientlyDescribed
  /// Arbejdsmiljøsag.
  case workEnvironment
  /// Hører til et andet sted.
  case belongsElsewhere
  /// Testhændelse.
  case testCase
  /// Dublet.
  case duplicate
}

/// An agreed action after an event: what, who owns it, and by when.
public struct IncidentAction: Hashable, Sendable {
  public var text: String
  public var owner: String
  public var due: CalendarDay

  public init(text: String, owner: String, due: CalendarDay) {
    self.text = text
    self.owner = owner
    self.due = due
  }
}

/// The leader's review: analysis, actions and the feedback the reporter reads.
public struct IncidentReview: Hashable, Sendable {
  public var analysis: String
  public var actions: [IncidentAction]
  public var feedback: String

  public init(analysis: String = "", actions: [IncidentAction] = [], feedback: String = "") {
    self.analysis = analysis
    self.actions = actions
    self.feedback = feedback
  }
}

/// A step in the case flow.
public enum IncidentTransition: Hashable, Sendable {
  case startReview
  case close(IncidentReview)
  case reject(RejectionReason)

  public var target: IncidentStatus {
    switch self {
    case .startReview: .underReview
    case .close: .closed
    case .reject: .rejected
    }
  }
}

/// Why a step is refused.
public enum IncidentTransitionError: Error, Equatable, Sendable {
  /// The step is not allowed from the event's status.
  case notAllowed(from: IncidentStatus, to: IncidentStatus)
  /// Only leaders of the event's unit move events along.
  case notLeaderOfUnit
  case missingAnalysis
  case missingFeedback
  /// Action number `index` (from 0) lacks its text or its owner.
  case incompleteAction(index: Int)
  /// Action number `index` is due before the day it is agreed.
  case actionDueInPast(index: Int)
  case textTooLong(limit: Int)
  /// A rejection needs a comment as well as its reason.
  case missingRejectionComment
  /// "Dobbeltregistrering" names the event it repeats: another event the leader can see.
  case duplicateNotFound
}

/// The case flow: registered → under review → closed, or registered / under review → rejected.
public enum IncidentFlow {
  /// The statuses reachable in one step from `status`.
  public static func next(from status: IncidentStatus) -> Set<IncidentStatus> {
    switch status {
    case .registered: [.underReview, .rejected]
    case .underReview: [.closed, .rejected]
    case .closed, .rejected: []
    }
  }

  /// Checks a step: allowed from `status`, by a leader of `unitID`, and (for closing) with
  /// an analysis, feedback and complete actions not due before `today`.
  public static func check(
    _ transition: IncidentTransition, from status: IncidentStatus, unitID: UnitID, actor: Actor, today: CalendarDay
  ) throws(IncidentTransitionError) {
    guard IncidentRules.canReview(unitID: unitID, actor: actor) else { throw .notLeaderOfUnit }
    guard next(from: status).contains(transition.target) else {
      throw .notAllowed(from: status, to: transition.target)
    }
    if case .close(let review) = transition { try validate(review, today: today) }
  }

  /// A review complete enough to close with.
  public static func validate(_ review: IncidentReview, today: CalendarDay) throws(IncidentTransitionError) {
    func blank(_ s: String) -> Bool { s.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    if blank(review.analysis) { throw .missingAnalysis }
    if blank(review.feedback) { throw .missingFeedback }
    let limit = IncidentValidation.maxTextLength
    if review.analysis.count > limit || review.feedback.count > limit { throw .textTooLong(limit: limit) }
    for (i, action) in review.actions.enumerated() {
      if blank(action.text) || blank(action.owner) { throw .incompleteAction(index: i) }
      if action.due < today { throw .actionDueInPast(index: i) }
    }
  }
}
