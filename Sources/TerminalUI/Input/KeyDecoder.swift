/// One unit of raw terminal input: a Unicode scalar as typed, or a key the terminal
/// library already recognised (arrows, F-keys …).
public enum RawInput: Hashable, Sendable {
  case scalar(Unicode.Scalar)
  case key(Key)
}

/// Turns raw input into keys: control characters into Ctrl keys, ESC + character into
/// Alt keys, CSI sequences the terminal library left undecoded into named keys, and a
/// bracketed paste into one `.paste`. Pure and synchronous so it is tested without a terminal;
/// the caller says when no more input is waiting (`flush`), which ends a lone ESC.
public struct KeyDecoder: Sendable {
  private var pending: [Unicode.Scalar] = []
  private var pasting = false
  private var pasteText = ""

  public init() {}

  /// True while an escape sequence or a paste is incomplete (more input should follow at once).
  public var isInsideSequence: Bool { pasting || !pending.isEmpty }

  /// Feeds one raw input; returns the keys it completes.
  public mutating func feed(_ input: RawInput) -> [Key] {
    switch input {
    case .key(let key):
      if pasting {
        if key == .enter { pasteText.append("\n") }
        return []
      }
      return flush() + [key]
    case .scalar(let s):
      return feedScalar(s)
    }
  }

  /// Ends any sequence in progress (no more input is waiting): a lone ESC becomes `.escape`.
  public mutating func flush() -> [Key] {
    if pasting { return [] }
    let p = pending
    pending = []
    guard !p.isEmpty else { return [] }
    if p == ["\u{1B}"] { return [.escape] }
    // An unknown sequence: give its characters back as Alt + first char, rest as typed.
    var keys: [Key] = []
    var rest = p[...]
    if rest.first == "\u{1B}" {
      rest = rest.dropFirst()
      if let c = rest.first {
        keys.append(.alt(Character(c)))
        rest = rest.dropFirst()
      }
    }
    for s in rest { keys.append(contentsOf: Self.plain(s)) }
    return keys
  }

  private mutating func feedScalar(_ s: Unicode.Scalar) -> [Key] {
    if pasting {
      pasteText.unicodeScalars.append(s)
      if pasteText.hasSuffix("\u{1B}[201~") {
        pasting = false
        var text = String(pasteText.dropLast(6))
        text = text.replacingCRLF()
        pasteText = ""
        return [.paste(text)]
      }
      return []
    }
    if pending.isEmpty {
      if s == "\u{1B}" {
        pending = [s]
        return []
      }
      return Self.plain(s)
    }
    pending.append(s)
    // ESC x → Alt-x, unless x starts a CSI/SS3 sequence.
    if pending.count == 2 {
      if s == "[" || s == "O" { return [] }
      pending = []
      if s == "\u{1B}" {
        pending = [s]
        return [.escape]
      }
      if s == "\u{7F}" || s == "\u{08}" { return [.alt("\u{7F}")] }
      return [.alt(Character(s))]
    }
    // Inside CSI: parameters and intermediates until a final byte 0x40–0x7E.
    if (0x40...0x7E).contains(s.value) || pending.count > 16 {
      let seq = String(String.UnicodeScalarView(pending.dropFirst()))
      pending = []
      if seq == "[200~" {
        pasting = true
        pasteText = ""
        return []
      }
      if let key = Self.csi[seq] { return [key] }
      // Modified keys (Ctrl/Shift/Alt + arrow: ESC [ 1 ; 5 C, ESC [ 3 ; 5 ~) decode as the plain key.
      if let semi = seq.firstIndex(of: ";"), let final = seq.last {
        let base = String(seq[..<semi]) + String(final)
        if let key = Self.csi[base] ?? Self.csi["[" + String(final)] { return [key] }
      }
      return []
    }
    return []
  }

  private static let csi: [String: Key] = [
    "[A": .up, "[B": .down, "[C": .right, "[D": .left, "[H": .home, "[F": .end,
    "OA": .up, "OB": .down, "OC": .right, "OD": .left, "OH": .home, "OF": .end,
    "[1~": .home, "[4~": .end, "[7~": .home, "[8~": .end, "[2~": .insert, "[3~": .delete,
    "[5~": .pageUp, "[6~": .pageDown, "[Z": .backTab,
    "OP": .function(1), "OQ": .function(2), "OR": .function(3), "OS": .function(4),
    "[11~": .function(1), "[12~": .function(2), "[13~": .function(3), "[14~": .function(4),
    "[15~": .function(5), "[17~": .function(6), "[18~": .function(7), "[19~": .function(8),
    "[20~": .function(9), "[21~": .function(10), "[23~": .function(11), "[24~": .function(12),
  ]

  /// A single typed scalar as a key.
  static func plain(_ s: Unicode.Scalar) -> [Key] {
    switch s.value {
    case 0x0D, 0x0A: return [.enter]
    case 0x09: return [.tab]
    case 0x7F, 0x08: return [.backspace]
    case 0x1B: return [.escape]
    case 0x01...0x1A: return [.ctrl(Character(Unicode.Scalar(s.value + 0x60)!))]
    case 0x00: return [.ctrl(" ")]
    case 0x1C...0x1F: return []
    default: return [.char(Character(s))]
    }
  }
}

extension String {
  fileprivate func replacingCRLF() -> String {
    var out = ""
    var lastCR = false
    for s in unicodeScalars {
      if s == "\r" {
        out.append("\n")
        lastCR = true
        continue
      }
      if s == "\n", lastCR {
        lastCR = false
        continue
      }
      lastCR = false
      out.unicodeScalars.append(s)
    }
    return out
  }
}
