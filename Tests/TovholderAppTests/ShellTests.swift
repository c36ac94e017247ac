import TerminalUI
import Testing

@testable import TovholderApp

/// A screen that records what reached it.
final class ProbeScreen: Screen {
  var keys: [Key] = []
  var drafts = 0
  func title(_ context: AppContext) -> String { "Prøve" }
  func draw(into buffer: inout Buffer, area: Rect, context: AppContext) -> Point? {
    buffer.put("Jørgen Ærø", x: area.x, y: area.y)
    return Point(x: area.x, y: area.y)
  }
  func handle(_ key: Key, context: AppContext) -> ScreenAction {
    keys.append(key)
    return .stay
  }
  func saveDraft(context: AppContext) { drafts += 1 }
}

@MainActor
func makeShell(language: Language = .da) -> (Shell, ProbeScreen) {
  let probe = ProbeScreen()
  let menu = MainMenuScreen(entries: [
    MenuEntry(titleKey: "menu.about", descriptionKey: "menu.about.description") { _ in probe }
  ])
  return (
    Shell(root: menu, context: AppContext(texts: Texts(language: language), clock: .fixed(AppFixture.start))), probe
  )
}

@MainActor
@Suite struct ShellTests {
  @Test func menuOpensAScreenAndEscGoesBack() {
    let (shell, probe) = makeShell()
    var (frame, _) = shell.render(size: Size(width: 80, height: 24))
    #expect(frame.lines()[0] == " Tovholder › Hovedmenu")
    #expect(frame.lines()[2].contains("1 Om Tovholder"))
    #expect(frame.lines()[23].hasSuffix("Enter Åbn  F1 Hjælp  Ctrl-C Afslut"))
    shell.handle(.enter)
    (frame, _) = shell.render(size: Size(width: 80, height: 24))
    #expect(frame.lines()[0] == " Tovholder › Hovedmenu › Prøve")
    #expect(frame.lines()[1] == "Jørgen Ærø")
    shell.handle(.char("x"))
    #expect(probe.keys == [.char("x")])
    shell.handle(.escape)
    #expect(probe.drafts == 1)
    #expect(shell.stack.count == 1)
  }

  @Test func helpOverlayListsTheKeysInForce() {
    let (shell, _) = makeShell(language: .en)
    shell.handle(.function(1))
    let text = shell.render(size: Size(width: 80, height: 24)).0.text
    #expect(text.contains("Help – keys on this screen"))
    #expect(text.contains("Enter"))
    #expect(text.contains("Opens the selected line"))
    #expect(!text.contains("Ctrl-X, F12"), "nobody is signed in: nothing to lock")
    shell.handle(.escape)
    #expect(!shell.render(size: Size(width: 80, height: 24)).0.text.contains("Help – keys"))
  }

  @Test func tooSmallTerminalAsksForMoreAndComesBack() {
    let (shell, _) = makeShell()
    let small = shell.render(size: Size(width: 30, height: 10)).0.text
    #expect(small.contains("Vinduet er for"))
    #expect(small.contains("30×10"))
    #expect(!small.contains("Hovedmenu"))
    #expect(shell.render(size: Size(width: 60, height: 16)).0.text.contains("Hovedmenu"))
  }

  @Test func quitSavesDraftsFirst() {
    let (shell, probe) = makeShell()
    shell.handle(.enter)
    #expect(shell.handle(.ctrl("c")) == .quit)
    #expect(probe.drafts == 1)
  }

  @Test func cursorFollowsTheSelection() {
    let (shell, _) = makeShell()
    let (_, cursor) = shell.render(size: Size(width: 80, height: 24))
    #expect(cursor == Point(x: 2, y: 2))
  }
}
