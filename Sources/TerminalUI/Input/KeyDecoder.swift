/// One unit of raw terminal input: a byte as the terminal sent it, a Unicode scalar already
/// decoded, or a key the terminal library already recognised (arrows, F-keys …).
public enum RawInput: Hashable, Sendable {
  case byte(UInt8)
  case scalar(Unicode.Scalar)
  case key(Key)
}

/// Turns raw input into keys: control characters into Ctrl keys, ESC + character into
/// Alt keys, CSI sequences the terminal library left undecoded into named keys, and a
/// bracketed paste into one `.paste`. Pure and synchronous so it is tested without a terminal;
/// the caller says when no more input is waiting (`flush`), which ends a lone ESC, and when a
/// paste has gone quiet for too long (`endUnfinishedPaste`).
///
/// Bytes are decoded as UTF-8 here, not by the terminal library: a byte that is not part of
/// valid UTF-8 (ISO-8859-1 æøå, a C1 byte such as 0x9B) becomes the visible mark U+FFFD and
/// decoding goes on with the next byte, so nothing ever waits for a character that cannot come.
/// The first such byte also yields `.notUTF8` once, so the screen can say so.
public struct KeyDecoder: Sendable {
  /// What replaces each byte that is not valid UTF-8.
  public static let invalidMark: Unicode.Scalar = "\u{FFFD}"
  private var pending: [Unicode.Scalar] = []
  private var pasting = false
  /// A paste's bytes as they arrive (decoded as UTF-8 once, when it ends: byte by byte it is
  /// only an append, so a 10 MB paste costs little).
  private var pasteBytes: [UInt8] = []
  private static let pasteEnd: [UInt8] = Array("\u{1B}[201~".utf8)
  private var utf8 = UTF8Bytes()
  private var toldNotUTF8 = false

  public init() {}

  /// True while an escape sequence, a UTF-8 character or a paste is incomplete (more input
  /// should follow at once).
  public var isInsideSequence: Bool { pasting || !pending.isEmpty || !utf8.isEmpty }

  /// True while a bracketed paste has started and not yet ended.
  public var isPasting: Bool { pasting }

  /// Feeds one raw input; returns the keys it completes.
  public mutating func feed(_ input: RawInput) -> [Key] {
    switch input {
    case .key(let key):
      var keys = flushUTF8()
      if pasting {
        if key == .enter { pasteBytes.append(0x0A) }
        return keys
      }
      keys += flush() + [key]
      return keys
    case .scalar(let s):
      if pasting {
        pasteBytes.append(contentsOf: String(s).utf8)
        return s == "~" ? endPasteAtMarker() : []
      }
      return flushUTF8() + feedScalar(s)
    case .byte(let b):
      if pasting {
        pasteBytes.append(b)
        return b == 0x7E ? endPasteAtMarker() : []
      }
      var keys: [Key] = []
      for decoded in utf8.feed(b) {
        switch decoded {
        case .scalar(let s): keys += feedScalar(s)
        case .invalid: keys += invalid()
        }
      }
      return keys
    }
  }

  /// Ends any sequence in progress (no more input is waiting): a lone ESC becomes `.escape`,
  /// an unfinished UTF-8 character the invalid mark. A paste goes on until its end marker or
  /// `endUnfinishedPaste`.
  public mutating func flush() -> [Key] {
    let marks = flushUTF8()
    if pasting { return marks }
    let p = pending
    pending = []
    guard !p.isEmpty else { return marks }
    if p == ["\u{1B}"] { return marks + [.escape] }
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
    return marks + keys
  }

  /// Ends a paste whose end marker never came (the terminal went quiet): what arrived is
  /// delivered as the paste.
  public mutating func endUnfinishedPaste() -> [Key] {
    let marks = flushUTF8()
    guard pasting else { return marks + flush() }
    // A partial end marker at the very end is not text.
    for cut in stride(from: Self.pasteEnd.count - 1, to: 0, by: -1)
    where pasteBytes.count >= cut && Array(pasteBytes.suffix(cut)) == Array(Self.pasteEnd.prefix(cut)) {
      pasteBytes.removeLast(cut)
      break
    }
    return marks + endPaste()
  }

  private mutating func endPasteAtMarker() -> [Key] {
    guard pasteBytes.count >= Self.pasteEnd.count, pasteBytes.suffix(Self.pasteEnd.count).elementsEqual(Self.pasteEnd)
    else { return [] }
    pasteBytes.removeLast(Self.pasteEnd.count)
    return endPaste()
  }

  /// The paste as text: bytes that are not UTF-8 become the invalid mark (and the user is told).
  private mutating func endPaste() -> [Key] {
    pasting = false
    var keys: [Key] = []
    let text: String
    if let valid = String(validating: pasteBytes, as: UTF8.self) {
      text = valid
    } else {
      text = String(decoding: pasteBytes, as: UTF8.self)
      if !toldNotUTF8 {
        toldNotUTF8 = true
        keys.append(.notUTF8)
      }
    }
    pasteBytes = []
    return keys + [.paste(text.replacingCRLF())]
  }

  private mutating func flushUTF8() -> [Key] {
    guard !utf8.isEmpty else { return [] }
    utf8 = UTF8Bytes()
    return invalid()
  }

  private mutating func invalid() -> [Key] {
    var keys = feedScalar(Self.invalidMark)
    if !toldNotUTF8 {
      toldNotUTF8 = true
      keys.append(.notUTF8)
    }
    return keys
  }

  private mutating func feedScalar(_ s: Unicode.Scalar) -> [Key] {
    if pasting {
      pasteBytes.append(contentsOf: String(s).utf8)
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
        pasteBytes = []
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

/// An incremental UTF-8 decoder that never stalls: each byte either completes a scalar, waits
/// for the continuation bytes its lead byte announced, or is reported invalid.
struct UTF8Bytes: Sendable {
  enum Decoded: Equatable { case scalar(Unicode.Scalar), invalid }
  private var bytes: [UInt8] = []
  private var needed = 0

  var isEmpty: Bool { bytes.isEmpty }

  mutating func feed(_ b: UInt8) -> [Decoded] {
    if bytes.isEmpty { return start(b) }
    guard b & 0xC0 == 0x80 else {
      // The character was cut off: it is invalid, and this byte starts afresh.
      bytes = []
      return [.invalid] + start(b)
    }
    bytes.append(b)
    guard bytes.count == needed else { return [] }
    let done = bytes
    bytes = []
    var value = UInt32(done[0]) & (0xFF >> (needed + 1))
    for c in done.dropFirst() { value = value << 6 | UInt32(c & 0x3F) }
    // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
    let minimum: UInt32 = needed == 2 ? 0x80 : (needed == 3 ? 0x800 : 0x10000)
    guard value >= minimum, let s = Unicode.Scalar(value) else { return [.invalid] }
    return [.scalar(s)]
  }

  private mutating func start(_ b: UInt8) -> [Decoded] {
    switch b {
    case 0x00...0x7F: return [.scalar(Unicode.Scalar(b))]
    case 0xC2...0xDF: needed = 2
    case 0xE0...0xEF: needed = 3
    case 0xF0...0xF4: needed = 4
    default: return [.invalid]
    }
    bytes = [b]
    return []
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
