import Foundation
import TerminalUI
import Testing

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

  /// The shell itself (menu, help, overlays) with 10,000 keys.
  @Test func tenThousandRandomKeysAtManySizes() {
    var rng = SplitMix64(state: 20_261_124)
    let (shell, _) = makeShell()
    let sizes = [(120, 40), (100, 30), (80, 24), (60, 16), (59, 15), (40, 12), (30, 10), (20, 8)]
    var frames = 0
    for i in 0..<10_000 {
      let key = Self.keyPool[Int(rng.next() % UInt64(Self.keyPool.count))]
      shell.handle(key)
      let (w, h) = sizes[(i / 50) % sizes.count]
      let (frame, cursor) = shell.render(size: Size(width: w, height: h))
      frames += 1
      #expect(frame.width == w && frame.height == h)
      if let cursor { #expect(cursor.x >= 0 && cursor.x < w && cursor.y >= 0 && cursor.y < h) }
      for line in frame.lines() where line.displayWidth > w { Issue.record("line wider than \(w): \(line)") }
    }
    #expect(frames == 10_000)
  }

  /// Signed in as a leader on the demo home, so the keys reach every area's screens and forms.
  @Test func randomKeysThroughEverySignedInScreen() throws {
    var rng = SplitMix64(state: 20_261_124)
    let app = try AppFixture(user: "leder")
    let shell = app.shell
    let sizes = [(120, 40), (100, 30), (80, 24), (60, 16), (59, 15), (40, 12), (30, 10), (20, 8)]
    var frames = 0
    let keyCount = Int(ProcessInfo.processInfo.environment["MONKEY_KEYS"] ?? "") ?? 1_500
    for i in 0..<keyCount {
      let key = Self.keyPool[Int(rng.next() % UInt64(Self.keyPool.count))]
      let request = shell.handle(key)
      if request == .lock { app.flow.lock(shell) }
      let (w, h) = sizes[(i / 50) % sizes.count]
      let (frame, cursor) = shell.render(size: Size(width: w, height: h))
      frames += 1
      #expect(frame.width == w && frame.height == h)
      if let cursor {
        #expect(cursor.x >= 0 && cursor.x < w && cursor.y >= 0 && cursor.y < h, "cursor \(cursor) at \(w)×\(h)")
      }
      for line in frame.lines() where line.displayWidth > w {
        Issue.record("line wider than \(w): \(line)")
      }
    }
    #expect(frames == keyCount)
    // The database is still whole after whatever the keys did.
    #expect(try app.database.audit.verify().isIntact)
  }
}
