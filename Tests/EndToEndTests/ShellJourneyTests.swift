import Foundation
import Testing

/// The foundation journey: start, menu, help, resize, quit with the terminal restored.
@Suite(.serialized) struct ShellJourneyTests {
  @Test func startMenuHelpResizeAndQuit() throws {
    let tmux = try Tmux(["--language", "da"])
    try tmux.waitFor("Hovedmenu")
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

    try tmux.keys("Enter")
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
    try tmux.waitFor("Main menu")
    try tmux.keys("C-c")
    try tmux.waitFor("EXIT=0")
  }

  @Test func sigtermRestoresTheTerminal() throws {
    let tmux = try Tmux()
    try tmux.waitFor("Hovedmenu")
    let pid = try tmux.paneFlag("#{pane_pid}")
    // The pane's shell runs tovholder as its child; signal that child.
    let kill = Process()
    kill.executableURL = URL(fileURLWithPath: "/usr/bin/pkill")
    kill.arguments = ["-TERM", "-P", pid, "tovholder"]
    try kill.run()
    kill.waitUntilExit()
    try tmux.waitFor("prompt$")
    #expect(try tmux.paneFlag("#{alternate_on}") == "0")
  }

  @Test func refusesToRunWithoutATerminal() throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: Tmux.binary)
    process.arguments = ["--language", "da"]
    let err = Pipe()
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 2)
    #expect(message.contains("skal køres i en terminal"))
  }

  @Test func versionAndHelp() throws {
    for (args, expected) in [(["--version"], "0."), (["--help"], "USAGE")] {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: Tmux.binary)
      process.arguments = args
      let out = Pipe()
      process.standardOutput = out
      try process.run()
      let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      process.waitUntilExit()
      #expect(process.terminationStatus == 0)
      #expect(text.contains(expected), "\(args): \(text)")
    }
  }
}
