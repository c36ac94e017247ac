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

  /// Rows checked (0 when broken).
  public var rowCount: Int {
    if case .intact(let rows) = self { return rows }
    return 0
  }
}

/// The head of the audit chain as `tovholder audit anchor` prints it, `ROWS:HASH`: kept
/// outside the database (on paper, in a mail), it later proves the log still holds that row.
public struct AuditHead: Equatable, Sendable, CustomStringConvertible {
  /// Rows in the log, which is also the id of the newest row; nil when only a hash was given.
  public var rows: Int64?
  /// The newest row's hash (64 hex digits).
  public var hash: String

  public init(rows: Int64?, hash: String) {
    self.rows = rows
    self.hash = hash
  }

  /// Parses `ROWS:HASH` or a bare `HASH` (spaces around are ignored).
  public init?(_ text: String) {
    let parts = text.trimmingCharacters(in: .whitespacesAndNewlines).split(
      separator: ":", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), let last = parts.last else { return nil }
    let hash = last.lowercased()
    guard hash.count == 64, hash.allSatisfy(\.isHexDigit) else { return nil }
    if parts.count == 2 {
      guard let rows = Int64(parts[0]), rows >= 0 else { return nil }
      self.rows = rows
    } else {
      self.rows = nil
    }
    self.hash = hash
  }

  public var description: String { rows.map { "\($0):\(hash)" } ?? hash }
}
