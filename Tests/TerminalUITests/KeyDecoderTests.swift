import Testing

@testable import TerminalUI

@Suite struct KeyDecoderTests {
  func decode(_ text: String, flush: Bool = true) -> [Key] {
    var d = KeyDecoder()
    var keys: [Key] = []
    for s in text.unicodeScalars { keys += d.feed(.scalar(s)) }
    if flush { keys += d.flush() }
    return keys
  }

  @Test func loneEscapeNeedsFlush() {
    var d = KeyDecoder()
    #expect(d.feed(.scalar("\u{1B}")) == [])
    #expect(d.flush() == [.escape])
    #expect(d.flush() == [])
  }

  @Test func escapeLetterIsAlt() {
    #expect(decode("\u{1B}b") == [.alt("b")])
    #expect(decode("\u{1B}f", flush: false) == [.alt("f")])
    #expect(decode("\u{1B}\u{7F}") == [.alt("\u{7F}")])
    #expect(decode("\u{1B}\u{1B}") == [.escape, .escape])
  }

  @Test func csiSequences() {
    #expect(decode("\u{1B}[A", flush: false) == [.up])
    #expect(decode("\u{1B}[B\u{1B}[C\u{1B}[D") == [.down, .right, .left])
    #expect(decode("\u{1B}[3~", flush: false) == [.delete])
    #expect(decode("\u{1B}[Z", flush: false) == [.backTab])
    #expect(decode("\u{1B}[5~\u{1B}[6~\u{1B}[H\u{1B}[F") == [.pageUp, .pageDown, .home, .end])
    #expect(decode("\u{1B}OP\u{1B}[24~") == [.function(1), .function(12)])
  }

  @Test func modifiedArrowsDecodeAsArrows() {
    #expect(decode("\u{1B}[1;5C\u{1B}[1;2D", flush: false) == [.right, .left])
  }

  @Test func bracketedPaste() {
    #expect(decode("\u{1B}[200~a\r\nb\u{1B}[201~", flush: false) == [.paste("a\nb")])
    #expect(decode("\u{1B}[200~x\ry\u{1B}[201~z", flush: false) == [.paste("x\ny"), .char("z")])
    // Escape inside a paste does not end it, and flush waits for the end marker.
    var d = KeyDecoder()
    for s in "\u{1B}[200~æø".unicodeScalars { _ = d.feed(.scalar(s)) }
    #expect(d.flush() == [])
    var out: [Key] = []
    for s in "å\u{1B}[201~".unicodeScalars { out += d.feed(.scalar(s)) }
    #expect(out == [.paste("æøå")])
  }

  @Test func controlCharacters() {
    #expect(decode("\u{01}") == [.ctrl("a")])
    #expect(decode("\u{17}\u{0B}\u{15}") == [.ctrl("w"), .ctrl("k"), .ctrl("u")])
    #expect(decode("\r\t\u{7F}") == [.enter, .tab, .backspace])
    #expect(decode("æ") == [.char("æ")])
  }

  @Test func keysFromTheTerminalLibraryPassThrough() {
    var d = KeyDecoder()
    #expect(d.feed(.key(.up)) == [.up])
    _ = d.feed(.scalar("\u{1B}"))
    #expect(d.feed(.key(.down)) == [.escape, .down])
  }

  @Test func keyNameRoundTrip() {
    let keys: [Key] = [
      .char("x"), .char("Ø"), .char(" "), .ctrl("l"), .alt("b"), .up, .down, .left, .right, .home, .end,
      .pageUp, .pageDown, .insert, .delete, .backspace, .enter, .tab, .backTab, .escape, .function(1),
      .function(12), .char("F"),
    ]
    for key in keys { #expect(Key(name: key.name) == key, "\(key.name)") }
    #expect(Key(name: "ctrl-s") == .ctrl("s"))
    #expect(Key(name: " PgDn ") == .pageDown)
    #expect(Key(name: "") == nil)
    #expect(Key(name: "Ctrl-12") == nil)
    #expect(Key.ctrl("l").name == "Ctrl-L")
  }
}
