import Foundation

public typealias ContactLogEntryID = Int64

/// How the contact happened. Stored by raw value.
public enum ContactKind: String, CaseIterable, Sendable, Codable {
  case call, meeting, visit, letter, email
}

/// One contact with a relative (or several): what was said, what was agreed, and who follows
/// up by when. An entry with a follow-up is on the owner's task list until marked done.
public struct ContactLogEntry: Hashable, Sendable, Identifiable {
  public var id: ContactLogEntryID
  public var residentID: ResidentID
  /// The relative spoken with; nil for e.g. a meeting with the whole network.
  public var relativeID: RelativeID?
  public var relativeName: String?
  public var kind: ContactKind
  public var occurredOn: CalendarDay
  public var staffID: AccountID
  public var staffName: String
  public var said: String
  public var agreed: String
  /// The relative was told about the resident's health (checked against consent on saving).
  public var toldAboutHealth: Bool
  /// The kinds of information told that no consent (or guardianship) covered, as recorded:
  /// the entry is saved as it happened, marked, and goes on the leader's list.
  public var uncoveredSharing: [String]
  /// When a leader marked the uncovered sharing seen.
  public var uncoveredSeenAt: Date?
  public var followUp: FollowUp?
  public var version: Int

  public struct FollowUp: Hashable, Sendable {
    public var ownerID: AccountID
    public var ownerName: String
    public var due: CalendarDay
    public var doneOn: CalendarDay?

    public init(ownerID: AccountID, ownerName: String = "", due: CalendarDay, doneOn: CalendarDay? = nil) {
      self.ownerID = ownerID
      self.ownerName = ownerName
      self.due = due
      self.doneOn = doneOn
    }

    public var isOpen: Bool { doneOn == nil }
    public func isOverdue(on day: CalendarDay) -> Bool { isOpen && due < day }
  }

  public init(
    id: ContactLogEntryID, residentID: ResidentID, relativeID: RelativeID?, relativeName: String? = nil,
    kind: ContactKind, occurredOn: CalendarDay, staffID: AccountID, staffName: String, said: String,
    agreed: String = "", toldAboutHealth: Bool = false, uncoveredSharing: [String] = [], uncoveredSeenAt: Date? = nil,
    followUp: FollowUp? = nil, version: Int = 1
  ) {
    self.uncoveredSharing = uncoveredSharing
    self.uncoveredSeenAt = uncoveredSeenAt
    self.id = id
    self.residentID = residentID
    self.relativeID = relativeID
    self.relativeName = relativeName
    self.kind = kind
    self.occurredOn = occurredOn
    self.staffID = staffID
    self.staffName = staffName
    self.said = said
    self.agreed = agreed
    self.toldAboutHealth = toldAboutHealth
    self.followUp = followUp
    self.version = version
  }
}

/// What is needed to log a contact.
public struct NewContactLogEntry: Sendable {
  public var residentID: ResidentID
  public var relativeID: RelativeID?
  public var kind: ContactKind
  public var occurredOn: CalendarDay
  public var said: String
  public var agreed: String
  public var toldAboutHealth: Bool
  public var followUpOwnerID: AccountID?
  public var followUpDue: CalendarDay?

  public init(
    residentID: ResidentID, relativeID: RelativeID?, kind: ContactKind, occurredOn: CalendarDay, said: String,
    agreed: String = "", toldAboutHealth: Bool = false, followUpOwnerID: AccountID? = nil,
    followUpDue: CalendarDay? = nil
  ) {
    self.residentID = residentID
    self.relativeID = relativeID
    self.kind = kind
    self.occurredOn = occurredOn
    self.said = said
    self.agreed = agreed
    self.toldAboutHealth = toldAboutHealth
    self.followUpOwnerID = followUpOwnerID
    self.followUpDue = followUpDue
  }

  /// Something was said or agreed; a follow-up has both owner and date or neither.
  /// "Told about health" is checked against consent on saving; what no consent covered is
  /// saved as it happened, marked (the program never refuses to record the truth).
  public func validate() throws(RelativesError) {
    let blank = { (s: String) in s.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    if blank(said) && blank(agreed) { throw .emptyContactSummary }
    if (followUpOwnerID == nil) != (followUpDue == nil) { throw .followUpIncomplete }
  }
}

/// A follow-up on the owner's task list.
public struct FollowUpTask: Hashable, Sendable, Identifiable {
  public var entryID: ContactLogEntryID
  public var residentID: ResidentID
  public var residentName: String
  public var relativeName: String?
  public var agreed: String
  public var due: CalendarDay
  public var ownerID: AccountID
  /// The entry's version, for marking it done.
  public var entryVersion: Int

  public var id: ContactLogEntryID { entryID }

  public init(
    entryID: ContactLogEntryID, residentID: ResidentID, residentName: String, relativeName: String?,
    agreed: String, due: CalendarDay, ownerID: AccountID, entryVersion: Int = 1
  ) {
    self.entryVersion = entryVersion
    self.entryID = entryID
    self.residentID = residentID
    self.residentName = residentName
    self.relativeName = relativeName
    self.agreed = agreed
    self.due = due
    self.ownerID = ownerID
  }
}
