/// One screen row of wrapped text: the characters it shows, and whether a newline (or the
/// end of the text) follows it.
struct WrappedLine: Equatable {
  var range: Range<Int>
  var endsParagraph: Bool
}

/// The text, cursor and scroll position of a multi-line `TextArea`.
///
/// Keys: printable characters and Enter insert; `.paste` inserts many lines; Backspace/Delete;
/// Left/Right cross line ends; Up/Down move by screen row, keeping the column (not consumed on
/// the first/last row, so a form can move on); PgUp/PgDn; Home/End go to the start/end of the
/// screen row, Ctrl-A/Ctrl-E of the line; Ctrl-K deletes to the end of the line (joins the next
/// line at its end), Ctrl-U to its start; Ctrl-W, Alt-Backspace, Alt-D, Alt-B, Alt-F as in
/// `TextFieldState`. Tab and Esc are not consumed.
public struct TextAreaState: Sendable, Equatable {
  public private(set) var characters: [Character]
  public var cursorIndex: Int { didSet { cursorIndex = min(max(0, cursorIndex), characters.count) } }
  /// At most this many grapheme clusters (nil: no limit); as in `TextFieldState`, typing
  /// beyond it does nothing, a paste that would pass it is refused whole, and a longer text
  /// given to `init` or `text` is kept whole.
  public var maxLength: Int?
  /// The limit a text area gets when its form names none (a note, like a UTH text).
  public static let defaultMaxLength = 20_000
  /// Set when the last key was a paste refused for its length; cleared by the next key.
  public private(set) var refusedPaste: RefusedPaste?
  /// First screen row shown, kept up to date by `render`.
  public internal(set) var scrollRow = 0
  /// Where the terminal cursor belongs after the last `render`.
  public internal(set) var cursor: Point?
  /// The wrap width and height of the last `render` (used by Up/Down and PgUp/PgDn before it).
  public internal(set) var wrapWidth = 40
  public internal(set) var pageHeight = 5
  private var goalColumn: Int?

  public init(text: String = "", maxLength: Int? = TextAreaState.defaultMaxLength) {
    self.maxLength = maxLength
    let chars = TextEditing.clean(text, multiline: true)
    characters = chars
    cursorIndex = chars.count
  }

  public var text: String {
    get { String(characters) }
    set {
      characters = TextEditing.clean(newValue, multiline: true)
      cursorIndex = characters.count
    }
  }

  public mutating func insert(_ text: String) {
    var new = TextEditing.clean(text, multiline: true)
    if let maxLength { new = Array(new.prefix(max(0, maxLength - characters.count))) }
    characters.insert(contentsOf: new, at: cursorIndex)
    cursorIndex += new.count
  }

  /// True when the text is longer than `maxLength` (it came in that way; typing never does it).
  public var isOverLimit: Bool { maxLength.map { characters.count > $0 } ?? false }

  /// Inserts a paste whole, or refuses it whole when the text would pass `maxLength`.
  private mutating func paste(_ text: String) {
    switch TextEditing.paste(text, into: characters.count, limit: maxLength, multiline: true) {
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

  private var lineStart: Int {
    var i = cursorIndex
    while i > 0, characters[i - 1] != "\n" { i -= 1 }
    return i
  }

  private var lineEnd: Int {
    var i = cursorIndex
    while i < characters.count, characters[i] != "\n" { i += 1 }
    return i
  }

  public mutating func handle(_ key: Key) -> Bool {
    refusedPaste = nil
    let vertical: Bool
    switch key {
    case .up, .down, .pageUp, .pageDown: vertical = true
    default: vertical = false
    }
    if !vertical { goalColumn = nil }
    let n = characters.count
    switch key {
    case .char(let c):
      guard TextMatch.isPrintable(c) else { return false }
      insert(String(c))
    case .enter: insert("\n")
    case .paste(let text): paste(text)
    case .backspace: if cursorIndex > 0 { delete(cursorIndex - 1..<cursorIndex) }
    case .delete, .ctrl("d"): if cursorIndex < n { delete(cursorIndex..<cursorIndex + 1) }
    case .left, .ctrl("b"): cursorIndex -= 1
    case .right, .ctrl("f"): cursorIndex += 1
    case .up, .ctrl("p"): return moveRows(-1, allowPartial: false)
    case .down, .ctrl("n"): return moveRows(1, allowPartial: false)
    case .pageUp: return moveRows(-max(1, pageHeight), allowPartial: true)
    case .pageDown: return moveRows(max(1, pageHeight), allowPartial: true)
    case .home:
      let lines = wrappedLines(width: wrapWidth)
      cursorIndex = lines[Self.row(of: cursorIndex, in: lines)].range.lowerBound
    case .end:
      let lines = wrappedLines(width: wrapWidth)
      let line = lines[Self.row(of: cursorIndex, in: lines)]
      cursorIndex = line.endsParagraph ? line.range.upperBound : max(line.range.lowerBound, line.range.upperBound - 1)
    case .ctrl("a"): cursorIndex = lineStart
    case .ctrl("e"): cursorIndex = lineEnd
    case .ctrl("k"):
      let end = lineEnd
      delete(cursorIndex..<(end == cursorIndex ? min(n, end + 1) : end))
    case .ctrl("u"): delete(lineStart..<cursorIndex)
    case .ctrl("w"): delete(TextEditing.blankSeparatedStart(before: cursorIndex, in: characters)..<cursorIndex)
    case .alt("\u{7F}"): delete(TextEditing.wordStart(before: cursorIndex, in: characters)..<cursorIndex)
    case .alt("d"): delete(cursorIndex..<TextEditing.wordEnd(after: cursorIndex, in: characters))
    case .alt("b"): cursorIndex = TextEditing.wordStart(before: cursorIndex, in: characters)
    case .alt("f"): cursorIndex = TextEditing.wordEnd(after: cursorIndex, in: characters)
    default: return false
    }
    return true
  }

  /// Moves the cursor `delta` screen rows, keeping the goal column. Returns false (and does
  /// nothing) when already on the first/last row.
  private mutating func moveRows(_ delta: Int, allowPartial: Bool) -> Bool {
    let lines = wrappedLines(width: wrapWidth)
    let row = Self.row(of: cursorIndex, in: lines)
    let target = min(max(0, row + delta), lines.count - 1)
    guard target != row else { return false }
    let goal = goalColumn ?? TextEditing.width(characters[lines[row].range.lowerBound..<cursorIndex])
    cursorIndex = index(in: lines[target], column: goal)
    goalColumn = goal
    return true
  }

  private func index(in line: WrappedLine, column: Int) -> Int {
    var col = 0
    var i = line.range.lowerBound
    while i < line.range.upperBound {
      let w = DisplayWidth.of(characters[i])
      if col + w > column { break }
      col += w
      i += 1
    }
    if !line.endsParagraph, i == line.range.upperBound, i > line.range.lowerBound { i -= 1 }
    return i
  }

  /// The text broken into screen rows of at most `width` columns, at spaces where possible.
  func wrappedLines(width: Int) -> [WrappedLine] {
    let width = max(1, width)
    var lines: [WrappedLine] = []
    var start = 0
    let n = characters.count
    while true {
      var col = 0
      var i = start
      var lastBreak = -1
      while i < n, characters[i] != "\n" {
        let w = DisplayWidth.of(characters[i])
        if col + w > width { break }
        col += w
        i += 1
        if characters[i - 1] == " " { lastBreak = i }
      }
      if i >= n || characters[i] == "\n" {
        lines.append(WrappedLine(range: start..<i, endsParagraph: true))
        if i >= n { break }
        start = i + 1
        continue
      }
      var end: Int
      if characters[i] == " " {
        end = i + 1  // the space that did not fit hangs at the end of the row
      } else if lastBreak > start {
        end = lastBreak
      } else {
        end = max(i, start + 1)
      }
      // A row never ends just before a newline it could have held.
      if end < n, characters[end] == "\n" {
        lines.append(WrappedLine(range: start..<end, endsParagraph: true))
        start = end + 1
        if start > n { break }
        continue
      }
      lines.append(WrappedLine(range: start..<end, endsParagraph: false))
      start = end
    }
    return lines
  }

  /// The screen row holding the cursor position `index`.
  static func row(of index: Int, in lines: [WrappedLine]) -> Int {
    var lo = 0
    var hi = lines.count - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if lines[mid].range.lowerBound <= index { lo = mid } else { hi = mid - 1 }
    }
    return lo
  }
}
