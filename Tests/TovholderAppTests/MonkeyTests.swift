import Foundation
import TerminalUI
import Testing
import TovholderStorage

@testable import TovholderApp

/// A small deterministic generator, so a failure can be replayed.
struct SplitMix64: RandomNumberGenerator {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

@MainActor
@Suite struct MonkeyTests {
  static let keyPool: [Key] = [
    .up, .down, .left, .right, .home, .end, .pageUp, .pageDown, .enter, .tab, .backTab, .escape,
    .backspace, .delete, .function(1), .function(2), .char("?"), .char("/"), .char("æ"), .char("ø"),
    .char("å"), .char("1"), .char("a"), .char("作"), .ctrl("a"), .ctrl("e"), .ctrl("k"), .ctrl("u"),
    .ctrl("w"), .ctrl("l"), .alt("b"), .alt("f"), .paste("linje 1\nlinje 2 ÆØÅ\n"), .resize,
    .ctrl("n"), .ctrl("s"), .ctrl("t"), .ctrl("r"), .ctrl("g"), .ctrl("f"), .function(3), .function(4),
    .function(5), .function(6), .function(7), .function(8), .function(9), .char(" "), .char("j"), .char("5"),
    .char("\u{1B}"), .paste(String(repeating: "x", count: 2_000)),
  ]

  /// Draws one frame at `size` and records an issue for anything outside it.
  static func checkFrame(_ shell: Shell, _ size: (Int, Int)) {
    let (w, h) = size
    let (frame, cursor) = shell.render(size: Size(width: w, height: h))
    #expect(frame.width == w && frame.height == h)
    if let cursor {
      #expect(cursor.x >= 0 && cursor.x < w && cursor.y >= 0 && cursor.y < h, "cursor \(cursor) at \(w)×\(h)")
    }
    for line in frame.lines() where line.displayWidth > w { Issue.record("line wider than \(w): \(line)") }
  }

  /// Esc until the main menu is on top with nothing over it and nothing typed; false if it
  /// never is (forms opened from forms make a deep stack).
  static func backToTheMenu(_ shell: Shell) -> Bool {
    for _ in 0..<300 {
      if let menu = shell.top as? MainMenuScreen, menu.find.isEmpty, shell.help == nil,
        shell.render(size: Size(width: 80, height: 24)).0.text.contains("Hovedmenu")
      {
        return true
      }
      shell.handle(.escape)
      _ = shell.render(size: Size(width: 80, height: 24))
    }
    return false
  }

  static let sizes = [(120, 40), (100, 30), (80, 24), (60, 16), (59, 15), (40, 12), (30, 10), (20, 8)]

  /// The shell itself (menu, help, overlays) with 10,000 keys; afterwards it still answers.
  @Test func tenThousandRandomKeysAtManySizes() {
    var rng = SplitMix64(state: 20_261_124)
    let (shell, probe) = makeShell()
    for i in 0..<10_000 {
      shell.handle(Self.keyPool[Int(rng.next() % UInt64(Self.keyPool.count))])
      Self.checkFrame(shell, Self.sizes[(i / 50) % Self.sizes.count])
    }
    #expect(Self.backToTheMenu(shell), "\(shell.render(size: Size(width: 80, height: 24)).0.text)")
    shell.handle(.char("1"))
    #expect(shell.top === probe, "the menu still opens its entry")
  }

  /// Signed in as a leader on the demo home, so the keys reach every area's screens and forms.
  /// Afterwards the program still works (back to the menu, signing in again if the keys
  /// locked it, the resident list opens) and the audit chain is whole.
  @Test func randomKeysThroughEverySignedInScreen() throws {
    var rng = SplitMix64(state: 20_261_124)
    let app = try AppFixture(user: "leder")
    let shell = app.shell
    let keyCount = Int(ProcessInfo.processInfo.environment["MONKEY_KEYS"] ?? "") ?? 1_500
    for i in 0..<keyCount {
      let request = shell.handle(Self.keyPool[Int(rng.next() % UInt64(Self.keyPool.count))])
      if request == .lock { app.flow.lock(shell) }
      Self.checkFrame(shell, Self.sizes[(i / 50) % Self.sizes.count])
    }
    if app.context.session == nil {
      app.type("leder")
      app.press(.enter)
      app.type(DemoHome.password)
      app.press(.enter)
    }
    #expect(app.context.session?.actor.role == .leader, "signed in again: \(app.screen())")
    #expect(Self.backToTheMenu(shell), "\(app.screen())")
    app.press(.char("1"))
    #expect(app.screen().contains("Hovedmenu › Beboere"), "\(app.screen())")
    #expect(try app.database.audit.verify().isIntact)
  }
}
