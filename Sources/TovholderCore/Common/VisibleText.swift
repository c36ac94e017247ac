/// Text as it may leave the program in an export (text, markdown, CSV, DPSD): line breaks and
/// tabs stay, every other control character becomes visible, so a note holding ESC, BEL or a
/// C1 byte can never rename the terminal window or clear the screen when a report is printed
/// to it, and a bidi override can never make text read differently from what it is.
public enum VisibleText {
  /// C0 controls become control pictures (␛, ␇ …), DEL ␡, C1 controls �, and bidi
  /// embeddings, overrides and isolates their code in brackets (`[U+202E]`).
  public static func of(_ text: String) -> String {
    // The common case (nothing to replace) costs one pass over the bytes and no copy.
    guard text.unicodeScalars.contains(where: needsReplacing) else { return text }
    var out = String.UnicodeScalarView()
    for s in text.unicodeScalars {
      guard needsReplacing(s) else {
        out.append(s)
        continue
      }
      out.append(contentsOf: replacement(s).unicodeScalars)
    }
    return String(out)
  }

  static func needsReplacing(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x0A, 0x0D, 0x09: return false
    case 0x00...0x1F, 0x7F...0x9F: return true
    case 0x202A...0x202E, 0x2066...0x2069, 0x061C, 0x200E, 0x200F: return true
    default: return false
    }
  }

  static func replacement(_ s: Unicode.Scalar) -> String {
    switch s.value {
    case 0x00...0x1F: return String(Character(Unicode.Scalar(0x2400 + s.value) ?? "\u{FFFD}"))
    case 0x7F: return "␡"
    case 0x80...0x9F: return "\u{FFFD}"
    default:
      let hex = String(s.value, radix: 16, uppercase: true)
      return "[U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "]"
    }
  }
}
