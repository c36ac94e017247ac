import Foundation

/// One recorded value on a sub-goal, with when and by whom.
public struct ProgressEntry: Hashable, Sendable, Identifiable {
  public var id: ProgressID
  public var subGoalID: SubGoalID
  public var value: Int
  public var note: String?
  /// When it was recorded (UTC instant) and the zone it was entered in.
  public var recordedAt: Date
  public var timeZoneID: String
  public var authorID: AccountID
  public var authorName: String
  /// Set when the value was marked wrong: it stays in the history, struck through.
  public var correction: ProgressCorrection?

  public init(
    id: ProgressID, subGoalID: SubGoalID, value: Int, note: String?, recordedAt: Date,
    timeZoneID: String = "Europe/Copenhagen", authorID: AccountID, authorName: String,
    correction: ProgressCorrection? = nil
  ) {
    self.correction = correction
    self.id = id
    self.subGoalID = subGoalID
    self.value = value
    self.note = note
    self.recordedAt = recordedAt
    self.timeZoneID = timeZoneID
    self.authorID = authorID
    self.authorName = authorName
  }
}

/// A value to record now. An empty note is stored as none.
public struct NewProgress: Sendable {
  public var subGoalID: SubGoalID
  public var value: Int
  public var note: String?

  public init(subGoalID: SubGoalID, value: Int, note: String? = nil) {
    self.subGoalID = subGoalID
    self.value = value
    self.note = note
  }

  /// Checks the value against the sub-goal it is for.
  public func validate(for subGoal: SubGoal) throws(PlanValidationError) {
    if subGoal.isClosed { throw .subGoalClosed }
    if !subGoal.measure.contains(value) { throw .scoreOutOfRange(subGoal.measure.range) }
  }

  /// The note trimmed, nil when blank.
  public var cleanNote: String? {
    let t = note?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
    return t.isEmpty ? nil : t
  }
}

/// A recorded value marked wrong: why, by whom and when. Values are never edited or deleted.
public struct ProgressCorrection: Hashable, Sendable {
  public var reason: String
  public var at: Date
  public var byName: String

  public init(reason: String, at: Date, byName: String) {
    self.reason = reason
    self.at = at
    self.byName = byName
  }
}
