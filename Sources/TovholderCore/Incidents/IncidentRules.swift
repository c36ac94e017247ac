import Foundation

/// Who may see and do what with unintended events. Reporting is for learning, never
/// blame: the reporter's identity is for the leaders of the unit and the reporter only.
public enum IncidentRules {
  /// Anyone signed in with a unit may register, for their own units.
  public static func canRegister(unitID: UnitID, actor: Actor) -> Bool {
    actor.role != .admin && actor.unitIDs.contains(unitID)
  }

  /// Staff and leaders of the unit see its events; the reporter always sees their own.
  public static func canSee(unitID: UnitID, reporterID: AccountID, actor: Actor) -> Bool {
    if actor.accountID == reporterID { return true }
    return AccessRules.canSeeResidents(in: unitID, actor: actor)
  }

  /// The reporter's identity: leaders of the unit and the reporter; no one else.
  public static func canSeeReporter(unitID: UnitID, reporterID: AccountID, actor: Actor) -> Bool {
    actor.accountID == reporterID || isLeader(of: unitID, actor)
  }

  /// Leaders of the unit review, close, reject, batch-report and export.
  public static func canReview(unitID: UnitID, actor: Actor) -> Bool { isLeader(of: unitID, actor) }

  /// The reporter may correct the report until a leader starts the review.
  public static func canEditReport(status: IncidentStatus, reporterID: AccountID, actor: Actor) -> Bool {
    status == .registered && actor.accountID == reporterID
  }

  /// The units whose statistics and queue a leader sees (empty for others).
  public static func reviewUnits(for actor: Actor) -> Set<UnitID> { actor.role == .leader ? actor.unitIDs : [] }

  private static func isLeader(of unitID: UnitID, _ actor: Actor) -> Bool {
    actor.role == .leader && actor.unitIDs.contains(unitID)
  }

  /// Whole calendar days from `a` to `b` (negative if `b` is earlier).
  public static func days(from a: CalendarDay, to b: CalendarDay) -> Int {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    let utc = TimeZone(identifier: "UTC")!
    return calendar.dateComponents([.day], from: a.start(in: utc), to: b.start(in: utc)).day ?? 0
  }
}
