import Foundation
import Testing

/// Issue 17, input: pastes with bytes that are not UTF-8 never freeze the program, a paste
/// up to a field's limit arrives byte for byte, and one over it is refused whole.
@Suite struct SafeInputJourneyTests {
  func openNewNote(_ tmux: Tmux) throws {
    try tmux.signIn("personale")
    try tmux.keys("1")
    try tmux.waitFor("Indflyttet")
    try tmux.type("Anders")
    try tmux.waitFor("Filter: Anders")
    try tmux.keys("Enter")
    try tmux.waitFor("Seneste notater")
    try tmux.keys("Tab")
    try tmux.waitFor("Skrevet")
    try tmux.keys("C-n")
    try tmux.waitFor("Notat om Anders")
  }

  /// `printf 'A \xff B'` and byte 0x9B pasted into a note: both arrive with a visible mark,
  /// the user is told once, and Esc, typing and Ctrl-S go on working.
  @Test func pasteWithBytesThatAreNotUTF8() throws {
    let db = try DemoDatabase.copy()
    let tmux = try Tmux(["--database", db.path])
    try openNewNote(tmux)
    try tmux.paste(Data([0x41, 0x20, 0xFF, 0x20, 0x42]))
    let shown = try tmux.waitFor("A � B")
    #expect(shown.contains("sender ikke UTF-8"))
    try tmux.paste(Data([0x20, 0x9B, 0x43]))
    try tmux.waitFor("A � B �C")
    try tmux.type(" ok æøå")
    try tmux.waitFor("A � B �C ok æøå")
    try tmux.keys("C-s")
    try tmux.waitFor("Notatet er gemt")
    let saved = try sqlite(db, "SELECT text FROM note ORDER BY id DESC LIMIT 1")
    #expect(saved == "A \u{FFFD} B \u{FFFD}C ok æøå")
    try tmux.keys("C-c")
    try tmux.waitFor("EXIT=0")
  }

  /// A note takes 20,000 characters: a paste of exactly that many arrives byte for byte; one
  /// character more, or a megabyte, is refused whole with a message, and what was typed stays.
  @Test func pastesUpToAndOverTheLimit() throws {
    let db = try DemoDatabase.copy()
    let tmux = try Tmux(["--database", db.path])
    try openNewNote(tmux)
    let line = "Linje med æøå ÆØÅ – rolig nat, 10 mg 💊 givet.\n"
    var exact = String(repeating: line, count: 20_000 / line.count + 1)
    exact = String(exact.prefix(19_999)) + "Z"
    #expect(exact.count == 20_000)
    try tmux.paste(Data(exact.utf8))
    try tmux.waitFor("givet.")
    try tmux.keys("C-s")
    try tmux.waitFor("Notatet er gemt")
    let hex = try sqlite(db, "SELECT hex(text) FROM note ORDER BY id DESC LIMIT 1")
    #expect(hex == Data(exact.utf8).map { String(format: "%02X", $0) }.joined())

    try tmux.keys("C-n")
    try tmux.waitFor("Notat om Anders")
    try tmux.type("Før indsætning")
    for size in [20_001, 1_000_000] {
      try tmux.paste(Data(String(repeating: "x", count: size).utf8))
      let refused = try tmux.waitFor("(\(size) tegn, højst 20000) – intet indsat")
      #expect(refused.contains("Før indsætning"))
      #expect(!refused.contains("xxxxxxxx"))
    }
    try tmux.type(" – efter")
    try tmux.waitFor("Før indsætning – efter")
    try tmux.keys("C-c")
    try tmux.waitFor("EXIT=0")
    // The draft kept what was typed.
    let draft = try sqlite(db, "SELECT payload FROM draft ORDER BY savedAt DESC LIMIT 1")
    #expect(draft.contains("Før indsætning – efter"))
  }

  /// A paste whose end marker never comes is taken as it is once the terminal goes quiet,
  /// and the keys after it work again.
  @Test func anUnfinishedPasteTimesOut() throws {
    let db = try DemoDatabase.copy()
    let tmux = try Tmux(["--database", db.path])
    try openNewNote(tmux)
    try tmux.hex(Array("\u{1B}[200~halv indsættelse".utf8))
    try tmux.waitFor("halv indsættelse")
    try tmux.type(" og skrevet")
    try tmux.waitFor("halv indsættelse og skrevet")
    try tmux.keys("C-s")
    try tmux.waitFor("Notatet er gemt")
    try tmux.keys("C-c")
    try tmux.waitFor("EXIT=0")
  }
}
