import Foundation

/// What the next shift must know (overlevering): the handover-marked notes of one unit
/// since the start of the previous shift, newest first.
public struct Handover: Hashable, Sendable {
  public var unitID: UnitID
  /// Start of the window (start of the previous shift).
  public var since: Date
  public var entries: [Entry]

  public init(unitID: UnitID, since: Date, entries: [Entry]) {
    self.unitID = unitID
    self.since = since
    self.entries = entries
  }

  public struct Entry: Hashable, Sendable {
    public var note: Note
    public var residentName: String

    public init(note: Note, residentName: String) {
      self.note = note
      self.residentName = residentName
    }
  }
}
