import Testing

@testable import TerminalUI

@Suite struct TextAreaTests {
  func render(_ s: inout TextAreaState, width: Int, height: Int) -> Buffer {
    var b = Buffer(width: width, height: height)
    TextArea().render(into: &b, area: b.bounds, state: &s)
    return b
  }

  @Test func wrapsAtSpacesByDisplayWidth() {
    var s = TextAreaState(text: "Jørgen spiste æbler\nog 作者作者")
    let b = render(&s, width: 8, height: 5)
    // "作者作者" has no space to break at, so it moves to a row of its own.
    #expect(b.lines() == ["Jørgen", "spiste", "æbler", "og", "作者作者"])
    #expect(s.cursor == Point(x: 7, y: 4))  // clamped to the last cell of a full row
    var t = TextAreaState(text: "作者作者作")
    #expect(render(&t, width: 5, height: 3).lines() == ["作者", "作者", "作"])
  }

  @Test func enterAndPasteInsertLines() {
    var s = TextAreaState()
    for k: Key in [.char("a"), .enter, .char("b"), .paste("c\r\nd\re")] { _ = s.handle(k) }
    #expect(s.text == "a\nbc\nd\ne")
    let b = render(&s, width: 5, height: 5)
    #expect(b.lines() == ["a", "bc", "d", "e", ""])
    #expect(s.cursor == Point(x: 1, y: 3))
  }

  @Test func upAndDownKeepTheColumnAcrossWrappedRows() {
    var s = TextAreaState(text: "abcdef ghij\nxy")
    _ = render(&s, width: 7, height: 4)  // rows: "abcdef ", "ghij", "xy"
    s.cursorIndex = 3
    do { let result = s.handle(.down); #expect(result) }
    #expect(s.cursorIndex == 10)  // "ghi|j"
    do { let result = s.handle(.down); #expect(result) }
    #expect(s.cursorIndex == 14)  // end of "xy", column 2
    do { let result = s.handle(.down); #expect(!result) }
    do { let result = s.handle(.up); #expect(result) }
    #expect(s.cursorIndex == 10)  // back to column 3 (the goal column)
    do { let result = s.handle(.up); #expect(result) }
    #expect(s.cursorIndex == 3)
    do { let result = s.handle(.up); #expect(!result) }
  }

  @Test func homeEndAndLineKeys() {
    var s = TextAreaState(text: "abcdef ghij\nxy")
    _ = render(&s, width: 7, height: 4)
    s.cursorIndex = 9
    _ = s.handle(.home)
    #expect(s.cursorIndex == 7)
    _ = s.handle(.end)
    #expect(s.cursorIndex == 11)
    _ = s.handle(.ctrl("a"))
    #expect(s.cursorIndex == 0)
    _ = s.handle(.end)
    #expect(s.cursorIndex == 6)  // before the space the row hangs on
    _ = s.handle(.ctrl("e"))
    #expect(s.cursorIndex == 11)
    _ = s.handle(.ctrl("k"))  // at the end of the line: joins the next
    #expect(s.text == "abcdef ghijxy")
    _ = s.handle(.ctrl("k"))
    #expect(s.text == "abcdef ghij")
    s.cursorIndex = 7
    _ = s.handle(.ctrl("u"))
    #expect(s.text == "ghij")
    _ = s.handle(.ctrl("e"))
    _ = s.handle(.ctrl("w"))
    #expect(s.text == "")
  }

  @Test func leftRightCrossLinesAndBackspaceJoins() {
    var s = TextAreaState(text: "æ\nø")
    s.cursorIndex = 2
    _ = s.handle(.left)
    #expect(s.cursorIndex == 1)
    _ = s.handle(.right)
    _ = s.handle(.backspace)
    #expect(s.text == "æø")
    _ = s.handle(.alt("b"))
    #expect(s.cursorIndex == 0)
    _ = s.handle(.alt("f"))
    #expect(s.cursorIndex == 2)
  }

  @Test func graphemeEditing() {
    var s = TextAreaState(text: "e\u{301}👩‍⚕️作")
    _ = s.handle(.backspace)
    _ = s.handle(.backspace)
    #expect(s.text == "e\u{301}")
    #expect(s.characters.count == 1)
  }

  @Test func scrollsToKeepTheCursorVisible() {
    var s = TextAreaState(text: (1...10).map { "linje \($0)" }.joined(separator: "\n"))
    var b = render(&s, width: 10, height: 3)
    #expect(b.lines() == ["linje 8", "linje 9", "linje 10"])
    #expect(s.cursor == Point(x: 8, y: 2))
    _ = s.handle(.pageUp)
    _ = s.handle(.pageUp)
    b = render(&s, width: 10, height: 3)
    #expect(b.lines() == ["linje 4", "linje 5", "linje 6"])
    #expect(s.cursor == Point(x: 7, y: 0))
  }

  @Test func unhandledKeys() {
    var s = TextAreaState(text: "x")
    for k: Key in [.tab, .escape, .backTab, .function(1)] {
      let consumed = s.handle(k)
      #expect(!consumed)
    }
  }

  @Test func maxLength() {
    var s = TextAreaState(text: "ab", maxLength: 3)
    _ = s.handle(.paste("c\nd"))
    #expect(s.text == "ab")
    _ = s.handle(.paste("c"))
    _ = s.handle(.char("d"))
    #expect(s.text == "abc")
  }
}

/// Text limits: typing stops at the limit; a paste that would pass it is refused whole and
/// the text stays as it was; a paste up to the limit goes in exactly.
@Suite struct TextLimitTests {
  @Test func pasteOverTheLimitIsRefusedWhole() {
    var area = TextAreaState(text: "Hej ", maxLength: 10)
    let used = area.handle(.paste("1234567"))
    #expect(used)
    #expect(area.text == "Hej ")
    #expect(area.refusedPaste == RefusedPaste(length: 7, limit: 10))
    _ = area.handle(.paste("123456"))
    #expect(area.text == "Hej 123456")
    #expect(area.refusedPaste == nil)

    var field = TextFieldState(text: "ab", maxLength: 3)
    _ = field.handle(.paste("cd"))
    #expect(field.text == "ab")
    #expect(field.refusedPaste == RefusedPaste(length: 2, limit: 3))
    _ = field.handle(.char("c"))
    #expect(field.refusedPaste == nil)
    #expect(field.text == "abc")
  }

  @Test func everyTextInputHasALimitByDefault() {
    #expect(TextAreaState().maxLength == 20_000)
    #expect(TextFieldState().maxLength == 1_000)
    let exactly = String(repeating: "ø", count: 20_000)
    var area = TextAreaState()
    _ = area.handle(.paste(exactly))
    #expect(area.text == exactly)
    _ = area.handle(.paste("x"))
    #expect(area.text == exactly)
    #expect(area.refusedPaste?.limit == 20_000)
  }

  /// A text that came in longer than the limit (an old record, a draft) is kept whole and
  /// reported by the form's check, never cut.
  @Test func longerTextIsKeptAndReported() {
    let area = TextAreaState(text: "abcdef", maxLength: 3)
    #expect(area.text == "abcdef")
    #expect(area.isOverLimit)
    var form = FormState(fields: [FormField(id: "t", label: "T", input: .area(area, height: 2))])
    let valid = form.validateAll()
    #expect(!valid)
    #expect(form.fields[0].message == FormTexts.tooLong(3))
  }

  @Test func formSaysWhyAPasteWasRefused() {
    var form = FormState(fields: [
      FormField(id: "t", label: "T", input: .area(TextAreaState(text: "", maxLength: 5), height: 2))
    ])
    let wording = FormTexts.Wording(tooLong: FormTexts.tooLong, pasteTooLong: { "for lang: \($0) > \($1)" })
    let message = FormTexts.$wording.withValue(wording) { () -> String? in
      _ = form.handle(.paste("123456"))
      return form.fields[0].message
    }
    #expect(message == "for lang: 6 > 5")
    #expect(form.refusedPaste == RefusedPaste(length: 6, limit: 5))
    #expect(form.value("t") == "")
  }
}
