/// The text and cursor of a single-line text field. Edits by grapheme cluster, so "e\u{301}",
/// "👩‍⚕️" and "ø" are each one step of the cursor and one Backspace.
///
/// Keys: printable characters insert; Backspace, Delete (Ctrl-D) delete; Left/Right (Ctrl-B/F),
/// Home/End (Ctrl-A/E) move; Alt-B/Alt-F move by word; Ctrl-K deletes to the end, Ctrl-U to the
/// start, Ctrl-W the blank-separated word before the cursor, Alt-D the word after it,
/// Alt-Backspace the word before it; `.paste` inserts with newlines and tabs as spaces.
/// Other keys (Up, Down, Enter, Tab, Esc …) are not consumed.
public struct TextFieldState: Sendable, Equatable {
  public private(set) var characters: [Character]
  /// The cursor as a grapheme index: 0 is before the first character, `count` after the last.
  public var cursorIndex: Int { didSet { cursorIndex = min(max(0, cursorIndex), characters.count) } }
  /// At most this many grapheme clusters (nil: no limit). Typing beyond it does nothing; a
  /// paste that would pass it is refused whole (`refusedPaste`). A longer text given to `init`
  /// or `text` is kept whole, never cut: `isOverLimit` says so and the form's check reports it.
  public var maxLength: Int?
  /// The limit a field gets when its form names none.
  public static let defaultMaxLength = 1_000
  /// Set when the last key was a paste refused for its length; cleared by the next key.
  public private(set) var refusedPaste: RefusedPaste?
  /// First grapheme shown (horizontal scroll), kept up to date by `render`.
  public internal(set) var scrollIndex = 0
  /// Where the terminal cursor belongs after the last `render` (nil when not focused or hidden).
  public internal(set) var cursor: Point?

  public init(text: String = "", maxLength: Int? = TextFieldState.defaultMaxLength) {
    self.maxLength = maxLength
    let chars = TextEditing.clean(text, multiline: false)
    characters = chars
    cursorIndex = chars.count
  }

  public var text: String {
    get { String(characters) }
    set {
      characters = TextEditing.clean(newValue, multiline: false)
      cursorIndex = characters.count
    }
  }

  public var isEmpty: Bool { characters.isEmpty }

  /// Inserts text at the cursor (newlines become spaces), respecting `maxLength`.
  public mutating func insert(_ text: String) {
    var new = TextEditing.clean(text, multiline: false)
    if let maxLength { new = Array(new.prefix(max(0, maxLength - characters.count))) }
    characters.insert(contentsOf: new, at: cursorIndex)
    cursorIndex += new.count
  }

  /// True when the text is longer than `maxLength` (it came in that way; typing never does it).
  public var isOverLimit: Bool { maxLength.map { characters.count > $0 } ?? false }

  /// Inserts a paste whole, or refuses it whole when the text would pass `maxLength`.
  private mutating func paste(_ text: String) {
    switch TextEditing.paste(text, into: characters.count, limit: maxLength, multiline: false) {
    case .failure(let refusal): refusedPaste = refusal
    case .success(let new):
      characters.insert(contentsOf: new, at: cursorIndex)
      cursorIndex += new.count
    }
  }

  private mutating func delete(_ range: Range<Int>) {
    let r = range.clamped(to: 0..<characters.count)
    characters.removeSubrange(r)
    cursorIndex = r.lowerBound
  }

  public mutating func handle(_ key: Key) -> Bool {
    refusedPaste = nil
    let n = characters.count
    switch key {
    case .char(let c):
      guard TextMatch.isPrintable(c) else { return false }
      insert(String(c))
    case .paste(let text): paste(text)
    case .backspace: if cursorIndex > 0 { delete(cursorIndex - 1..<cursorIndex) }
    case .delete, .ctrl("d"): if cursorIndex < n { delete(cursorIndex..<cursorIndex + 1) }
    case .left, .ctrl("b"): cursorIndex -= 1
    case .right, .ctrl("f"): cursorIndex += 1
    case .home, .ctrl("a"): cursorIndex = 0
    case .end, .ctrl("e"): cursorIndex = n
    case .ctrl("k"): delete(cursorIndex..<n)
    case .ctrl("u"): delete(0..<cursorIndex)
    case .ctrl("w"): delete(TextEditing.blankSeparatedStart(before: cursorIndex, in: characters)..<cursorIndex)
    case .alt("\u{7F}"): delete(TextEditing.wordStart(before: cursorIndex, in: characters)..<cursorIndex)
    case .alt("d"): delete(cursorIndex..<TextEditing.wordEnd(after: cursorIndex, in: characters))
    case .alt("b"): cursorIndex = TextEditing.wordStart(before: cursorIndex, in: characters)
    case .alt("f"): cursorIndex = TextEditing.wordEnd(after: cursorIndex, in: characters)
    default: return false
    }
    return true
  }

  /// Moves `scrollIndex` so the cursor is visible in a field `width` columns wide, and shows
  /// as much text as fits when the cursor is near the end.
  mutating func scrollToCursor(width: Int, secret: Bool = false) {
    guard width > 0 else { return }
    let measure: (ArraySlice<Character>) -> Int =
      secret ? { (s: ArraySlice<Character>) -> Int in s.count } : { TextEditing.width($0) }
    scrollIndex = min(scrollIndex, cursorIndex)
    // The cursor's own cell must be inside the field.
    while scrollIndex < cursorIndex, measure(characters[scrollIndex..<cursorIndex]) >= width {
      scrollIndex += 1
    }
    // Scroll back when text was deleted and there is room on the left.
    while scrollIndex > 0 {
      let end = max(cursorIndex, characters.count)
      let shown = measure(characters[(scrollIndex - 1)..<end]) + (cursorIndex == characters.count ? 1 : 0)
      if shown > width { break }
      scrollIndex -= 1
    }
  }
}
