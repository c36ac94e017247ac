import Testing

@testable import TerminalUI

@Suite struct BufferTests {
  static let names = ["Jørgen Ærø", "Zoë", "e\u{301}", "作者", "👩‍⚕️"]

  @Test func danishTextLinesUp() {
    var b = Buffer(width: 12, height: 1)
    b.put("Jørgen Ærø".padded(toWidth: 12), x: 0, y: 0)
    #expect(b.lines(trimmingTrailingSpaces: false) == ["Jørgen Ærø  "])
  }

  @Test func displayWidths() {
    #expect("Jørgen Ærø".displayWidth == 10)
    #expect("Zoë".displayWidth == 3)
    #expect("e\u{301}".displayWidth == 1)
    #expect("作者".displayWidth == 4)
    #expect("👩‍⚕️".displayWidth == 2)
    #expect("🇩🇰".displayWidth == 2)
    #expect("\u{200B}".displayWidth == 0)
    // The one-column-per-scalar shortcut must agree with grapheme by grapheme measuring.
    for text in ["Åse Ørsted", "Søren\u{AD}sen", "Zoe\u{308}", "ß©®½", "a\u{85}b", "Ærø 作", "Ok ✓"] {
      #expect(text.displayWidth == text.reduce(0) { $0 + DisplayWidth.of($1) }, "\(text)")
    }
    var b = Buffer(width: 12, height: 1)
    b.put("Søren\u{AD}sen", x: 0, y: 0)
    #expect(b.lines() == ["Sørensen"])
  }

  @Test func paddedNamesLineUpInAColumn() {
    var b = Buffer(width: 9, height: Self.names.count)
    for (i, name) in Self.names.enumerated() { b.put(name.padded(toWidth: 6) + "|", x: 0, y: i) }
    for line in b.lines() { #expect(line.last == "|") }
    // The bar is in the same cell on every row.
    for y in 0..<Self.names.count { #expect(b[6, y].symbol == "|") }
    #expect(b.lines()[0] == "Jørge…|")
    #expect(b.lines()[3] == "作者  |")
  }

  @Test func truncatedCutsByWidthWithEllipsis() {
    #expect("作者作者".truncated(toWidth: 5) == "作者…")
    #expect("作者作者".truncated(toWidth: 4) == "作…")
    #expect("Zoë".truncated(toWidth: 3) == "Zoë")
    #expect("abc".truncated(toWidth: 0) == "")
    #expect("👩‍⚕️👩‍⚕️".padded(toWidth: 3) == "👩‍⚕️…")
    #expect("ab".padded(toWidth: 4, alignRight: true) == "  ab")
  }

  @Test func wrappedBreaksAtSpacesAndLongWords() {
    #expect("hello world foo".wrapped(toWidth: 11) == ["hello world", "foo"])
    #expect("abcdefgh".wrapped(toWidth: 3) == ["abc", "def", "gh"])
    #expect("a\nb".wrapped(toWidth: 5) == ["a", "b"])
    #expect("作者作者".wrapped(toWidth: 5) == ["作者", "作者"])
    #expect("x".wrapped(toWidth: 0) == [])
  }

  @Test func wideCharacterAtTheEdgeLeavesABlank() {
    var b = Buffer(width: 3, height: 1)
    let used = b.put("a作者", x: 0, y: 0)
    #expect(b.lines(trimmingTrailingSpaces: false) == ["a作"])
    #expect(used == 3)
    var c = Buffer(width: 4, height: 1)
    c.put("ab作", x: 0, y: 0, maxWidth: 3)
    #expect(c.lines(trimmingTrailingSpaces: false) == ["ab  "])
  }

  @Test func controlCharactersAreShownNotSent() {
    var b = Buffer(width: 10, height: 1)
    b.put("a\u{1B}[2Jb\u{7}", x: 0, y: 0)
    #expect(b.lines() == ["a␛[2Jb␇"])
    var crlf = Buffer(width: 10, height: 1)
    crlf.put("a\r\nb\rc\u{7F}\u{85}", x: 0, y: 0)
    #expect(crlf.lines() == ["a␤b␍c␡�"])
    #expect("x\ty".sanitizedForTerminal == "x␉y")
  }

  @Test func bidiOverridesAreShownNotObeyed() {
    var b = Buffer(width: 12, height: 1)
    b.put("Ø\u{202E}gnal\u{202C}x\u{2067}y", x: 0, y: 0)
    #expect(b.lines() == ["Ø�gnal�x�y"])
    #expect("a\u{200F}b".sanitizedForTerminal == "a�b")
  }

  @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
    var b = Buffer(width: 4, height: 1)
    b.put("作者", x: 0, y: 0)
    b.put("x", x: 1, y: 0)
    #expect(b.lines(trimmingTrailingSpaces: false) == [" x者"])
    var c = Buffer(width: 4, height: 1)
    c.put("作者", x: 0, y: 0)
    c.put("x", x: 2, y: 0)
    #expect(c.lines(trimmingTrailingSpaces: false) == ["作x "])
  }

  /// Regression: a wide character written over the right half of one wide character and the
  /// left half of the next used to leave an orphaned continuation cell (the line lost a column).
  @Test func wideOverTwoWideCharactersKeepsTheLineWidth() {
    var b = Buffer(width: 4, height: 1)
    b.put("作者", x: 0, y: 0)
    b.put("好", x: 1, y: 0)
    #expect(b.lines(trimmingTrailingSpaces: false) == [" 好 "])
    #expect(b.lines(trimmingTrailingSpaces: false)[0].displayWidth == 4)
  }

  @Test func clippedPutStaysInsideTheClip() {
    var b = Buffer(width: 10, height: 3)
    let clip = Rect(x: 2, y: 1, width: 4, height: 1)
    b.put("abcdefgh", x: 0, y: 1, clip: clip)
    b.put("zzz", x: 0, y: 0, clip: clip)
    #expect(b.lines() == ["", "  cdef", ""])
    var c = Buffer(width: 6, height: 1)
    c.put("作者", x: 1, y: 0, clip: Rect(x: 2, y: 0, width: 4, height: 1))
    #expect(c.lines(trimmingTrailingSpaces: false) == ["   者 "])
  }

  @Test func oneCellChangeGivesOneChange() {
    var a = Buffer(width: 10, height: 3)
    a.put("Hej Zoë", x: 0, y: 1)
    var b = a
    b.put("X", x: 4, y: 1)
    let changes = b.diff(from: a)
    #expect(changes.count == 1)
    #expect(changes.first == CellChange(x: 4, y: 1, cell: Cell(symbol: "X")))
    #expect(a.diff(from: a).isEmpty)
  }

  @Test func changedWideCharacterIsOneChange() {
    var a = Buffer(width: 6, height: 1)
    a.put("a作b", x: 0, y: 0)
    var b = a
    b.put("者", x: 1, y: 0)
    let changes = b.diff(from: a)
    #expect(changes == [CellChange(x: 1, y: 0, cell: Cell(symbol: "者", width: 2))])
    // Wide replaced by two narrow: both cells are written.
    var c = a
    c.put("xy", x: 1, y: 0)
    #expect(c.diff(from: a).map(\.x) == [1, 2])
  }

  @Test func diffAfterResizeWritesEverything() {
    let a = Buffer(width: 3, height: 2)
    let b = Buffer(width: 4, height: 2)
    #expect(b.diff(from: a).count == 8)
    #expect(b.diff(from: nil).count == 8)
  }

  @Test func fillAndStyle() {
    var b = Buffer(width: 4, height: 2)
    b.fill(Rect(x: 1, y: 0, width: 2, height: 5), symbol: "#", style: .error)
    #expect(b.lines() == [" ##", " ##"])
    #expect(b.styleLine(0) == "neen")
    b.setStyle(Rect(x: 0, y: 1, width: 10, height: 1), .muted)
    #expect(b.styleLine(1) == "mmmm")
  }

  @Test func rectHelpers() {
    let r = Rect(x: 2, y: 3, width: 10, height: 5)
    #expect(r.splitTop(2).0 == Rect(x: 2, y: 3, width: 10, height: 2))
    #expect(r.splitBottom(1).1 == Rect(x: 2, y: 7, width: 10, height: 1))
    #expect(r.row(-1) == Rect(x: 2, y: 7, width: 10, height: 1))
    #expect(r.row(9).isEmpty)
    #expect(r.inset(3).isEmpty)
    #expect(r.centered(width: 4, height: 1) == Rect(x: 5, y: 5, width: 4, height: 1))
    #expect(r.intersection(Rect(x: 20, y: 0, width: 5, height: 5)).isEmpty)
  }
}
