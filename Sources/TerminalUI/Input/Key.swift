/// A key press (or paste, or resize) after decoding, independent of the terminal.
public enum Key: Hashable, Sendable {
  case char(Character)
  /// Ctrl with a letter, stored lower-case: `.ctrl("l")` is Ctrl-L.
  case ctrl(Character)
  /// Alt (Meta) with a character: `.alt("b")` is Alt-B.
  case alt(Character)
  case up, down, left, right
  case home, end, pageUp, pageDown
  case insert, delete, backspace
  case enter, tab, backTab, escape
  case function(Int)
  /// Text pasted in one go (bracketed paste), newlines included.
  case paste(String)
  /// The terminal changed size; the next frame is drawn at the new size.
  case resize
  /// The terminal sent bytes that are not UTF-8 (shown as U+FFFD); sent once per decoder so
  /// the user can be told to set the terminal to UTF-8.
  case notUTF8
}

extension Key {
  /// The key's name as shown in help and written in keys.conf: `Ctrl-L`, `Alt-b`, `F1`, `Enter`, `x`.
  public var name: String {
    switch self {
    case .char(" "): return "Space"
    case .char(let c): return String(c)
    case .ctrl(let c): return "Ctrl-" + c.uppercased()
    case .alt(let c): return "Alt-" + String(c)
    case .up: return "Up"
    case .down: return "Down"
    case .left: return "Left"
    case .right: return "Right"
    case .home: return "Home"
    case .end: return "End"
    case .pageUp: return "PgUp"
    case .pageDown: return "PgDn"
    case .insert: return "Insert"
    case .delete: return "Delete"
    case .backspace: return "Backspace"
    case .enter: return "Enter"
    case .tab: return "Tab"
    case .backTab: return "Shift-Tab"
    case .escape: return "Esc"
    case .function(let n): return "F\(n)"
    case .paste: return "Paste"
    case .resize: return "Resize"
    case .notUTF8: return "NotUTF8"
    }
  }

  /// Parses a key name as written in keys.conf (case-insensitive for the named keys).
  public init?(name raw: String) {
    let name = raw.trimmingCharacters(in: " \t")
    guard !name.isEmpty else { return nil }
    let lower = name.lowercased()
    let named: [String: Key] = [
      "up": .up, "down": .down, "left": .left, "right": .right, "home": .home, "end": .end,
      "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown,
      "insert": .insert, "delete": .delete, "del": .delete, "backspace": .backspace,
      "enter": .enter, "return": .enter, "tab": .tab, "shift-tab": .backTab, "backtab": .backTab,
      "esc": .escape, "escape": .escape, "space": .char(" "),
    ]
    if let k = named[lower] {
      self = k
      return
    }
    if lower.hasPrefix("ctrl-"), name.count == 6, let c = lower.last, c.isLetter {
      self = .ctrl(c)
      return
    }
    if lower.hasPrefix("alt-"), name.count == 5, let c = name.last {
      self = .alt(c)
      return
    }
    if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...24).contains(n) {
      self = .function(n)
      return
    }
    if name.count == 1, let c = name.first {
      self = .char(c)
      return
    }
    return nil
  }
}

extension String {
  fileprivate func trimmingCharacters(in set: String) -> String {
    var s = Substring(self)
    while let f = s.first, set.contains(f) { s = s.dropFirst() }
    while let l = s.last, set.contains(l) { s = s.dropLast() }
    return String(s)
  }
}
