/// Display width of text in terminal cells, decided per grapheme cluster: combining marks
/// join their base, East Asian wide and emoji clusters take two cells, everything else one.
public enum DisplayWidth {
  /// Columns one grapheme cluster occupies (0 for clusters made only of invisible format marks).
  public static func of(_ character: Character) -> Int {
    // Nearly every cell drawn is ASCII: one column, without looking up Unicode properties.
    if character.isASCII { return 1 }
    let scalars = character.unicodeScalars
    guard let first = scalars.first else { return 0 }
    if isInvisible(first) && scalars.count == 1 { return 0 }
    if scalars.count > 1 {
      // Emoji sequences (ZWJ, variation selector 16, skin tones, flags) are drawn as one wide glyph.
      for s in scalars where s.value == 0xFE0F || s.value == 0x200D || (0x1F3FB...0x1F3FF).contains(s.value) {
        if first.properties.isEmoji { return 2 }
      }
      if (0x1F1E6...0x1F1FF).contains(first.value) { return 2 }
    }
    if first.properties.isEmojiPresentation { return 2 }
    return isWide(first.value) ? 2 : 1
  }

  public static func of(_ text: some StringProtocol) -> Int {
    if isOneColumnPerScalar(text) { return text.unicodeScalars.count }
    var total = 0
    for c in text { total += of(c) }
    return total
  }

  /// True when every scalar is a printable character below U+0300 (ASCII, Latin-1 with æ, ø,
  /// å, Latin Extended): each is then its own grapheme of one column, since combining marks,
  /// joiners and wide or emoji-presentation characters all lie above.
  static func isOneColumnPerScalar(_ text: some StringProtocol) -> Bool {
    text.unicodeScalars.allSatisfy { s in
      let v = s.value
      return v >= 0x20 && v < 0x7F || v >= 0xA0 && v < 0x300 && v != 0xAD
    }
  }

  /// Zero-width format characters (bidi controls, zero-width space, joiners) standing alone.
  static func isInvisible(_ s: Unicode.Scalar) -> Bool {
    switch s.properties.generalCategory {
    case .format: return true
    default: return s.value == 0x200B
    }
  }

  private static let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0,
    0x23F3...0x23F3, 0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F,
    0x2693...0x2693, 0x26A1...0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5,
    0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA, 0x26F2...0x26F3, 0x26F5...0x26F5,
    0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B, 0x2728...0x2728,
    0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
    0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
    0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
    0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
    0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18AFF, 0x1B000...0x1B2FF,
    0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E, 0x1F191...0x1F19A,
    0x1F200...0x1F251, 0x1F300...0x1F64F, 0x1F680...0x1F6FF, 0x1F900...0x1F9FF,
    0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
  ]

  static func isWide(_ v: UInt32) -> Bool {
    if v < 0x1100 { return false }
    var lo = 0
    var hi = wideRanges.count - 1
    while lo <= hi {
      let mid = (lo + hi) / 2
      let r = wideRanges[mid]
      if v < r.lowerBound {
        hi = mid - 1
      } else if v > r.upperBound {
        lo = mid + 1
      } else {
        return true
      }
    }
    return false
  }
}
