import TerminalUI
import Testing

@testable import TovholderApp

@Suite struct KeymapTests {
  @Test func defaultsResolveByScope() {
    let map = Keymap()
    #expect(map.command(for: .function(1), scopes: [], editingText: false) == .help)
    #expect(map.command(for: .char("?"), scopes: [], editingText: false) == .help)
    #expect(map.command(for: .enter, scopes: [.list], editingText: false) == .open)
    #expect(map.command(for: .enter, scopes: [], editingText: false) == nil)
  }

  @Test func typedCharactersAreTextWhileEditing() {
    let map = Keymap()
    #expect(map.command(for: .char("?"), scopes: [.form], editingText: true) == nil)
    #expect(map.command(for: .function(1), scopes: [.form], editingText: true) == .help)
    #expect(map.command(for: .ctrl("c"), scopes: [.form], editingText: true) == .quit)
  }

  @Test func rebindingReplacesDefaultsAndBadLinesAreNamed() {
    var map = Keymap()
    let problems = map.apply(
      config: """
        # my keys
        lock = F9
        lock = Ctrl-K
        help = nonsense-key
        frobnicate = F3
        this line has no equals sign
        """)
    #expect(map.keys(for: .lock) == [.function(9), .ctrl("k")])
    #expect(map.command(for: .ctrl("x"), scopes: [], editingText: false) == nil)
    #expect(map.keys(for: .help) == [.function(1), .char("?")])
    #expect(
      problems == [
        .init(line: 4, kind: .unknownKey("nonsense-key")),
        .init(line: 5, kind: .unknownCommand("frobnicate")),
        .init(line: 6, kind: .syntax),
      ])
    #expect(Launcher.describe(problems[1], Texts(language: .da)).contains("linje 5"))
  }
}
