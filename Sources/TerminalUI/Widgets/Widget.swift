/// Something that draws itself into a rectangle of a buffer and nowhere else.
/// Stateful widgets take their state as an extra `inout` argument instead.
public protocol Widget {
  func render(into buffer: inout Buffer, area: Rect)
}

/// How type-to-filter matches text: case-insensitive, but diacritics count
/// ("ø" finds "Bjørn", not "Bjorn"; "e\u{301}" and "é" are the same).
public enum TextMatch {
  public static func matches(_ text: String, filter: String) -> Bool {
    if filter.isEmpty { return true }
    return text.lowercased().contains(filter.lowercased())
  }

  /// How well `text` fits `filter`, best first: 0 when the text starts with it, 1 when a
  /// word in it does, 2 when it is anywhere; nil when it is not there.
  public static func rank(_ text: String, filter: String) -> Int? {
    if filter.isEmpty { return 0 }
    let text = text.lowercased()
    let filter = filter.lowercased()
    if text.hasPrefix(filter) { return 0 }
    var previous: Character = " "
    var rest = Substring(text)
    var anywhere = false
    while !rest.isEmpty {
      if rest.hasPrefix(filter) {
        if !(previous.isLetter || previous.isNumber) { return 1 }
        anywhere = true
      }
      previous = rest.removeFirst()
    }
    return anywhere ? 2 : nil
  }

  /// Whether a typed character may go into a text or filter (not a control character).
  public static func isPrintable(_ c: Character) -> Bool {
    guard let v = c.unicodeScalars.first?.value else { return false }
    return v >= 0x20 && v != 0x7F && !(0x80...0x9F).contains(v)
  }
}

extension Rect {
  /// The rectangle without its first `count` columns.
  func droppingLeft(_ count: Int) -> Rect { splitLeft(count).1 }

  /// `count` columns from the right; returns (rest, right).
  func splitRight(_ count: Int) -> (Rect, Rect) {
    let n = min(max(0, count), width)
    return (
      Rect(x: x, y: y, width: width - n, height: height), Rect(x: maxX - n, y: y, width: n, height: height)
    )
  }
}
