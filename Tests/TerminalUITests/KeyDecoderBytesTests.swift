import Testing

@testable import TerminalUI

/// The decoder reads bytes as the terminal sends them: bytes that are not UTF-8 never stall
/// it, inside a paste or out.
@Suite struct KeyDecoderBytesTests {
  func decode(_ bytes: [UInt8], flush: Bool = true) -> [Key] {
    var d = KeyDecoder()
    var keys: [Key] = []
    for b in bytes { keys += d.feed(.byte(b)) }
    if flush { keys += d.flush() }
    return keys
  }

  let start: [UInt8] = Array("\u{1B}[200~".utf8)
  let end: [UInt8] = Array("\u{1B}[201~".utf8)

  @Test func utf8BytesDecodeToCharacters() {
    #expect(decode(Array("æøå€😀".utf8)) == ["æ", "ø", "å", "€", "😀"].map { Key.char($0) })
    #expect(decode(Array("\u{1B}[A".utf8), flush: false) == [.up])
  }

  /// `printf 'A \xff B'` pasted into a note: the paste ends, 0xFF is a visible mark, and the
  /// keys after it work (before, the field stayed empty and Esc, Ctrl-C, Ctrl-S were swallowed).
  @Test func invalidByteInPasteIsMarkedAndThePasteEnds() {
    let keys = decode(start + [0x41, 0x20, 0xFF, 0x20, 0x42] + end + [0x1B], flush: true)
    #expect(keys == [.notUTF8, .paste("A \u{FFFD} B"), .escape])
    #expect(decode(start + [0x9B, 0x31] + end + [0x13], flush: false) == [.notUTF8, .paste("\u{FFFD}1"), .ctrl("s")])
  }

  /// An ISO-8859-1 terminal sends æøå as single bytes: each becomes the mark, the user is
  /// told once, and typing goes on.
  @Test func latin1LettersAreMarkedAndToldOnce() {
    let keys = decode([0xE6, 0xF8, 0xE5, 0x61, 0xE6])
    #expect(keys == [.char("\u{FFFD}"), .notUTF8, .char("\u{FFFD}"), .char("\u{FFFD}"), .char("a"), .char("\u{FFFD}")])
    #expect(keys.filter { $0 == .notUTF8 }.count == 1)
  }

  @Test func c1ByteAloneIsMarked() {
    #expect(decode([0x9B, 0x41]) == [.char("\u{FFFD}"), .notUTF8, .char("A")])
  }

  @Test func overlongAndSurrogateFormsAreNotUTF8() {
    #expect(decode([0xC0, 0xAF]).contains(.notUTF8))
    #expect(decode([0xED, 0xA0, 0x80]).first == .char("\u{FFFD}"))
    #expect(decode([0xF4, 0x90, 0x80, 0x80]).first == .char("\u{FFFD}"))
  }

  @Test func cutOffCharacterIsMarkedOnFlush() {
    var d = KeyDecoder()
    #expect(d.feed(.byte(0xC3)) == [])
    #expect(d.isInsideSequence)
    #expect(d.flush() == [.char("\u{FFFD}"), .notUTF8])
    #expect(!d.isInsideSequence)
  }

  /// A paste whose end marker never comes is delivered when the terminal goes quiet.
  @Test func unfinishedPasteEndsWhenToldSo() {
    var d = KeyDecoder()
    var keys: [Key] = []
    for b in start + Array("halv tekst\u{1B}[20".utf8) { keys += d.feed(.byte(b)) }
    #expect(keys == [])
    #expect(d.isPasting)
    #expect(d.flush() == [])
    #expect(d.endUnfinishedPaste() == [.paste("halv tekst")])
    #expect(!d.isPasting)
    #expect(d.feed(.byte(0x03)) == [.ctrl("c")])
  }

  /// A paste up to any size arrives whole, byte for byte.
  @Test func largePasteArrivesExactly() {
    let text = String(repeating: "Æblegrød med fløde, 12 kr. – ok?\n", count: 3_000)
    let keys = decode(start + Array(text.utf8) + end, flush: false)
    #expect(keys == [.paste(text)])
  }
}
