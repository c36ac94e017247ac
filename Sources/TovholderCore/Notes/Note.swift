import Foundation

/// What a note is about. Stored by raw value.
public enum NoteKind: String, CaseIterable, Sendable, Codable {
  case daily
  case health
  case relatives
  case other
}

/// A dated note in a resident's record (journalnotat, dagbog).
public struct Note: Hashable, Sendable, Identifiable {
  public var id: NoteID
  public var residentID: ResidentID
  public var authorID: AccountID
  public var authorName: String
  public var kind: NoteKind
  public var text: String
  /// Marked for the next shift (overlevering).
  public var isHandover: Bool
  /// When the note was written (UTC instant).
  public var writtenAt: Date
  /// The zone it was written in, e.g. "Europe/Copenhagen".
  public var timeZoneID: String
  public var version: Int

  public init(
    id: NoteID, residentID: ResidentID, authorID: AccountID, authorName: String, kind: NoteKind,
    text: String, isHandover: Bool, writtenAt: Date, timeZoneID: String = "Europe/Copenhagen",
    version: Int = 1
  ) {
    self.id = id
    self.residentID = residentID
    self.authorID = authorID
    self.authorName = authorName
    self.kind = kind
    self.text = text
    self.isHandover = isHandover
    self.writtenAt = writtenAt
    self.timeZoneID = timeZoneID
    self.version = version
  }
}

/// What is needed to write a note.
public struct NewNote: Sendable {
  public var residentID: ResidentID
  public var kind: NoteKind
  public var text: String
  public var isHandover: Bool

  public init(residentID: ResidentID, kind: NoteKind = .daily, text: String, isHandover: Bool = false) {
    self.residentID = residentID
    self.kind = kind
    self.text = text
    self.isHandover = isHandover
  }

  public func validate() throws(NoteValidationError) {
    try NoteValidation.validate(text: text)
  }
}

public enum NoteValidation {
  /// The longest note, in characters (as a UTH text).
  public static let maxTextLength = 20_000

  public static func validate(text: String) throws(NoteValidationError) {
    if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw .emptyText }
    if text.count > maxTextLength { throw .tooLong(limit: maxTextLength) }
  }
}

public enum NoteValidationError: Error, Equatable, Sendable {
  case emptyText
  case tooLong(limit: Int)
}
