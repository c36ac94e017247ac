import Testing

@testable import TerminalUI

@Suite struct TextFieldTests {
  func state(_ text: String, cursor: Int? = nil) -> TextFieldState {
    var s = TextFieldState(text: text)
    if let cursor { s.cursorIndex = cursor }
    return s
  }

  func apply(_ keys: [Key], to s: inout TextFieldState) {
    for k in keys { _ = s.handle(k) }
  }

  @Test func typingInsertsAtTheCursor() {
    var s = TextFieldState()
    apply("Bjrn".map { Key.char($0) }, to: &s)
    apply([.left, .left, .char("ø")], to: &s)
    #expect(s.text == "Bjørn")
    #expect(s.cursorIndex == 3)
  }

  @Test func backspaceRemovesWholeGraphemes() {
    for (text, rest) in [("ae\u{301}", "a"), ("x👩‍⚕️", "x"), ("作者", "作"), ("blåbær", "blåbæ")] {
      var s = state(text)
      do { let consumed = s.handle(.backspace); #expect(consumed) }
      #expect(s.text == rest)
    }
  }

  @Test func cursorMovesByGrapheme() {
    var s = state("e\u{301}👩‍⚕️作", cursor: 0)
    do { let consumed = s.handle(.right); #expect(consumed) }
    #expect(s.cursorIndex == 1)
    _ = s.handle(.delete)
    #expect(s.text == "e\u{301}作")
    _ = s.handle(.end)
    #expect(s.cursorIndex == 2)
    _ = s.handle(.home)
    #expect(s.cursorIndex == 0)
    _ = s.handle(.left)
    #expect(s.cursorIndex == 0)
    _ = s.handle(.ctrl("e"))
    #expect(s.cursorIndex == 2)
    _ = s.handle(.ctrl("a"))
    #expect(s.cursorIndex == 0)
    _ = s.handle(.ctrl("f"))
    _ = s.handle(.ctrl("d"))
    #expect(s.text == "e\u{301}")
    _ = s.handle(.ctrl("b"))
    #expect(s.cursorIndex == 0)
  }

  @Test func killKeys() {
    var s = state("Jørgen Ærø", cursor: 6)
    _ = s.handle(.ctrl("k"))
    #expect(s.text == "Jørgen")
    s = state("Jørgen Ærø", cursor: 7)
    _ = s.handle(.ctrl("u"))
    #expect(s.text == "Ærø")
    #expect(s.cursorIndex == 0)
    s = state("mor  far-bror")
    _ = s.handle(.ctrl("w"))
    #expect(s.text == "mor  ")
    _ = s.handle(.ctrl("w"))
    #expect(s.text == "")
    s = state("far-bror")
    _ = s.handle(.alt("\u{7F}"))
    #expect(s.text == "far-")
    s = state("ét to", cursor: 0)
    _ = s.handle(.alt("d"))
    #expect(s.text == " to")
  }

  @Test func wordMoves() {
    var s = state("Hans-Jørgen  æbler")
    _ = s.handle(.alt("b"))
    #expect(s.cursorIndex == 13)
    _ = s.handle(.alt("b"))
    #expect(s.cursorIndex == 5)
    _ = s.handle(.alt("b"))
    #expect(s.cursorIndex == 0)
    _ = s.handle(.alt("f"))
    #expect(s.cursorIndex == 4)
    _ = s.handle(.alt("f"))
    #expect(s.cursorIndex == 11)
    _ = s.handle(.alt("f"))
    #expect(s.cursorIndex == 18)
  }

  @Test func pasteTurnsNewlinesIntoSpaces() {
    var s = TextFieldState()
    do { let consumed = s.handle(.paste("a\nb\r\nc\td")); #expect(consumed) }
    #expect(s.text == "a b c d")
  }

  @Test func maxLengthStopsTypingAndRefusesAPasteWhole() {
    var s = TextFieldState(text: "abc", maxLength: 4)
    _ = s.handle(.paste("æøå"))
    #expect(s.text == "abc")
    _ = s.handle(.char("æ"))
    _ = s.handle(.char("x"))
    #expect(s.text == "abcæ")
    // A longer text given whole is kept whole (the form reports it), never cut.
    #expect(TextFieldState(text: "123456", maxLength: 2).text == "123456")
  }

  @Test func unhandledKeysAreNotConsumed() {
    var s = state("x")
    for k: Key in [.up, .down, .enter, .tab, .escape, .ctrl("s"), .function(2), .char("\u{7}")] {
      do { let consumed = s.handle(k); #expect(!consumed) }
    }
    #expect(s.text == "x")
  }

  @Test func rendersTextAndCursor() {
    var b = Buffer(width: 12, height: 2)
    var s = state("Zoë 作者", cursor: 4)
    TextField().render(into: &b, area: Rect(x: 1, y: 1, width: 10, height: 1), state: &s)
    #expect(b.lines() == ["", " Zoë 作者"])
    #expect(s.cursor == Point(x: 5, y: 1))
    #expect(b.styleLine(1) == "nffffffffffn")
    TextField(isFocused: false).render(into: &b, area: Rect(x: 1, y: 1, width: 10, height: 1), state: &s)
    #expect(s.cursor == nil)
  }

  @Test func scrollsHorizontallyToKeepTheCursorVisible() {
    var b = Buffer(width: 5, height: 1)
    var s = state("abcdefgh")
    TextField().render(into: &b, area: b.bounds, state: &s)
    #expect(b.lines() == ["efgh"])
    #expect(s.cursor == Point(x: 4, y: 0))
    _ = s.handle(.home)
    TextField().render(into: &b, area: b.bounds, state: &s)
    #expect(b.lines() == ["abcde"])
    #expect(s.cursor == Point(x: 0, y: 0))
    var w = state("作者作者")
    TextField().render(into: &b, area: b.bounds, state: &w)
    #expect(b.lines() == ["作者"])
    #expect(w.cursor == Point(x: 4, y: 0))
  }

  @Test func secretModeDrawsBullets() {
    var b = Buffer(width: 8, height: 1)
    var s = state("kø👩‍⚕️")
    TextField(secret: true).render(into: &b, area: b.bounds, state: &s)
    #expect(b.lines() == ["•••"])
    #expect(s.cursor == Point(x: 3, y: 0))
  }

  @Test func placeholderWhenEmpty() {
    var b = Buffer(width: 8, height: 1)
    var s = TextFieldState()
    TextField(placeholder: "dd-mm").render(into: &b, area: b.bounds, state: &s)
    #expect(b.lines() == ["dd-mm"])
    #expect(b.styleLine(0).hasPrefix("m"))
    #expect(s.cursor == Point(x: 0, y: 0))
  }
}
