import Foundation
import TovholderCore

/// Which area a search hit comes from. Later areas add their own kinds.
public struct SearchKind: RawRepresentable, Hashable, Sendable {
  public var rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }
  public init(_ rawValue: String) { self.rawValue = rawValue }

  public static let resident = SearchKind("resident")
  public static let note = SearchKind("note")
}

/// Text with the ranges that matched the query, for the UI to highlight.
public struct HighlightedText: Hashable, Sendable {
  public var text: String
  /// Non-overlapping, in order.
  public var marks: [Range<String.Index>]

  public init(text: String, marks: [Range<String.Index>]) {
    self.text = text
    self.marks = marks
  }

  /// The matched substrings, e.g. for tests.
  public var markedWords: [String] { marks.map { String(text[$0]) } }

  /// Parses text where each match is wrapped in `open` … `close` markers.
  init(marked: String, open: Character, close: Character) {
    var text = ""
    var offsets: [(Int, Int)] = []
    var start: Int?
    for ch in marked {
      if ch == open {
        start = text.utf8.count
      } else if ch == close, let s = start {
        offsets.append((s, text.utf8.count))
        start = nil
      } else {
        text.append(ch)
      }
    }
    let utf8 = text.utf8
    self.text = text
    self.marks = offsets.map { s, e in
      utf8.index(utf8.startIndex, offsetBy: s)..<utf8.index(utf8.startIndex, offsetBy: e)
    }
  }
}

/// One matching row: which area and row, when, and an excerpt with the matches marked.
public struct SearchHit: Hashable, Sendable {
  public var kind: SearchKind
  /// The row in its area (a note id; for `.resident` the resident id).
  public var sourceID: Int64
  public var at: Date
  public var excerpt: HighlightedText
}

/// The hits of one resident, newest first; groups are ordered by their newest hit.
public struct SearchGroup: Hashable, Sendable {
  public var residentID: ResidentID
  public var residentName: String
  public var unitID: UnitID
  public var isFormer: Bool
  public var hits: [SearchHit]
}
