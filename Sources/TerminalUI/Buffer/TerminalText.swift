/// Helpers that measure, cut, pad and wrap text by display width, never by bytes or scalars.
extension String {
  /// Columns this text occupies on screen.
  public var displayWidth: Int { DisplayWidth.of(self) }

  /// Cuts the text to at most `width` columns, ending with `ellipsis` when something was cut.
  public func truncated(toWidth width: Int, ellipsis: String = "…") -> String {
    guard width > 0 else { return "" }
    if displayWidth <= width { return self }
    let room = width - ellipsis.displayWidth
    guard room >= 0 else { return String(ellipsis.prefix(width)) }
    var out = ""
    var used = 0
    for c in self {
      let w = DisplayWidth.of(c)
      if used + w > room { break }
      out.append(c)
      used += w
    }
    return out + ellipsis
  }

  /// Cuts or pads the text with spaces so that it is exactly `width` columns wide.
  public func padded(toWidth width: Int, alignRight: Bool = false, ellipsis: String = "…") -> String {
    let cut = truncated(toWidth: width, ellipsis: ellipsis)
    let missing = max(0, width - cut.displayWidth)
    let pad = String(repeating: " ", count: missing)
    return alignRight ? pad + cut : cut + pad
  }

  /// Breaks the text into lines of at most `width` columns, at spaces where possible.
  /// Newlines in the text start new lines.
  public func wrapped(toWidth width: Int) -> [String] {
    guard width > 0 else { return [] }
    var lines: [String] = []
    for paragraph in self.split(separator: "\n", omittingEmptySubsequences: false) {
      var line = ""
      var lineWidth = 0
      for word in paragraph.split(separator: " ", omittingEmptySubsequences: false) {
        var word = String(word)
        var wordWidth = word.displayWidth
        let sep = line.isEmpty ? 0 : 1
        if lineWidth + sep + wordWidth <= width {
          if sep == 1 { line += " " }
          line += word
          lineWidth += sep + wordWidth
          continue
        }
        if !line.isEmpty { lines.append(line) }
        line = ""
        lineWidth = 0
        while wordWidth > width {
          var head = ""
          var used = 0
          var rest = Substring(word)
          while let c = rest.first, used + DisplayWidth.of(c) <= width {
            head.append(c)
            used += DisplayWidth.of(c)
            rest = rest.dropFirst()
          }
          if head.isEmpty { break }
          lines.append(head)
          word = String(rest)
          wordWidth = word.displayWidth
        }
        line = word
        lineWidth = wordWidth
      }
      lines.append(line)
    }
    return lines
  }

  /// The text with every control character and escape sequence introducer replaced by a
  /// visible placeholder, so data can never send raw control codes to the terminal.
  public var sanitizedForTerminal: String {
    var out = ""
    out.reserveCapacity(utf8.count)
    for c in self { out.append(TerminalText.visible(c)) }
    return out
  }
}

public enum TerminalText {
  /// The character as it may be drawn: control characters become Unicode control pictures
  /// (␛, ␤, ␉ …), C1 controls and bidi embeddings, overrides, isolates and marks become �
  /// (a bidi override would make the text read differently from what it is; exports show
  /// the same characters as `[U+202E]`).
  public static func visible(_ c: Character) -> Character {
    guard let first = c.unicodeScalars.first else { return c }
    let v = first.value
    if v >= 0x20 && v < 0x7F { return c }
    if v > 0x9F { return isBidiControl(v) ? "�" : c }
    if v == 0x0D && c.unicodeScalars.count == 2 { return "␤" }  // "\r\n" is one Character
    if v < 0x20 { return Character(Unicode.Scalar(0x2400 + v)!) }
    if v == 0x7F { return "␡" }
    return "�"
  }

  static func isBidiControl(_ v: UInt32) -> Bool {
    switch v {
    case 0x202A...0x202E, 0x2066...0x2069, 0x061C, 0x200E, 0x200F: return true
    default: return false
    }
  }
}
