import Foundation
import Testing

/// The foundation journey: start, menu, help, resize, quit with the terminal restored.
@Suite(.serialized) struct ShellJourneyTests {
  @Test func firstRunMenuHelpResizeAndQuit() throws {
    let tmux = try Tmux(["--language", "da"])
    try tmux.waitFor("Velkommen til Tovholder")
    try tmux.type("Bostedet Ærtebjerg")
    try tmux.keys("Enter")
    try tmux.type("Åse Ødegård")
    try tmux.keys("Enter")
    try tmux.type("aase")
    try tmux.keys("Enter")
    try tmux.type("hemmeligt1")
    try tmux.keys("Enter")
    try tmux.type("hemmeligt2")
    try tmux.keys("Enter")
    try tmux.waitFor("ikke ens")
    try tmux.keys("C-u")
    try tmux.type("hemmeligt1")
    try tmux.keys("Enter")
    let menu = try tmux.waitFor("Hovedmenu")
    #expect(menu.contains("Bostedet Ærtebjerg"))
    #expect(menu.contains("Åse Ødegård"))
    #expect(try tmux.paneFlag("#{alternate_on}") == "1")

    try tmux.keys("F1")
    try tmux.waitFor("Hjælp – taster på denne skærm")
    try tmux.keys("q")
    try tmux.waitForAbsence("Hjælp – taster")

    try tmux.resize(width: 30, height: 10)
    let small = try tmux.waitFor("for lille")
    #expect(small.contains("30×10"))
    try tmux.resize(width: 80, height: 24)
    try tmux.waitFor("Hovedmenu")

    try tmux.openMenu("Om Tovholder")
    try tmux.waitFor("Tovholder version")

    try tmux.keys("C-c")
    let after = try tmux.waitFor("prompt$")
    #expect(after.contains("EXIT=0"))
    #expect(try tmux.paneFlag("#{alternate_on}") == "0")
    #expect(try tmux.paneFlag("#{cursor_flag}") == "1")
    #expect(try tmux.paneFlag("#{keypad_flag}") == "0")
  }

  @Test func englishWhenAsked() throws {
    let tmux = try Tmux(["--language", "en"])
    try tmux.waitFor("Welcome to Tovholder")
    try tmux.keys("C-c")
    try tmux.waitFor("EXIT=0")
  }

  @Test func sigtermRestoresTheTerminal() throws {
    let tmux = try Tmux()
    try tmux.waitFor("Velkommen")
    try tmux.signalProgram("TERM")
    try tmux.waitFor("prompt$")
    #expect(try tmux.paneFlag("#{alternate_on}") == "0")
  }

  @Test func refusesToRunWithoutATerminal() throws {
    let result = try runTovholder(["--language", "da"])
    #expect(result.status == 2)
    #expect(result.err.contains("skal køres i en terminal"))
  }

  @Test func versionAndHelp() throws {
    let version = try runTovholder(["--version"])
    #expect(version.status == 0)
    #expect(version.out.hasPrefix("0."))
    let help = try runTovholder(["--help"])
    #expect(help.status == 0)
    #expect(help.out.contains("USAGE"))
    #expect(help.out.contains("demo"))
  }
}
