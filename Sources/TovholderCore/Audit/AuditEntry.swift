import Foundation

/// One row of the append-only, hash-chained audit log. Holds ids, never personal text.
public struct AuditEntry: Hashable, Sendable, Identifiable {
  public var id: AuditEntryID
  public var at: Date
  /// Nil for events without a signed-in person (e.g. a failed sign-in of an unknown name).
  public var actorID: AccountID?
  /// The actor's display name at the time, so the log reads well after a rename.
  public var actorName: String
  public var action: AuditAction
  public var residentID: ResidentID?
  /// The id of the row acted on (a note, an account, a unit), if any.
  public var subjectID: Int64?

  public init(
    id: AuditEntryID, at: Date, actorID: AccountID?, actorName: String, action: AuditAction,
    residentID: ResidentID?, subjectID: Int64?
  ) {
    self.id = id
    self.at = at
    self.actorID = actorID
    self.actorName = actorName
    self.action = action
    self.residentID = residentID
    self.subjectID = subjectID
  }
}

/// The result of checking the audit chain.
public enum AuditVerification: Equatable, Sendable {
  /// Every row matches its hash and links to the one before; `rows` were checked.
  case intact(rows: Int)
  /// The first row (by id) that does not fit the chain: edited, inserted outside the
  /// program, or the row after a deleted one.
  case broken(firstBadRowID: AuditEntryID)

  public var isIntact: Bool {
    if case .intact = self { return true }
    return false
  }
}
