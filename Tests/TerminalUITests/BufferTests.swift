import Testing
@testable import TerminalUI

@Suite struct BufferTests {
  @Test func danishTextLinesUp() {
    var b = Buffer(width: 12, height: 1)
    b.put("Jørgen Ærø".padded(toWidth: 12), x: 0, y: 0)
    #expect(b.lines(trimmingTrailingSpaces: false) == ["Jørgen Ærø  "])
  }
}
