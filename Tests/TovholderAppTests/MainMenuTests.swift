import Foundation
import TerminalUI
import Testing
import TovholderCore

@testable import TovholderApp

/// The main menu opens an entry by its number (the first nine) or by typing part of its name.
@Suite struct MainMenuTests {
  func menu(_ f: AppFixture) throws -> MainMenuScreen { try #require(f.shell.top as? MainMenuScreen) }

  @Test func typingANameSelectsItsEntryAndEnterOpensIt() throws {
    let f = try AppFixture(user: "leder")
    let menu = try menu(f)
    let due = try #require(menu.index(ofTitle: "Forfaldne screeninger", texts: f.context.texts))
    #expect(due >= 9, "an entry without a number")
    f.type("forf")
    #expect(menu.selected == due)
    #expect(f.screen().contains("Gå til: forf"))
    f.press(.backspace, .backspace, .backspace)
    #expect(f.screen().contains("Gå til: f") && !f.screen().contains("Gå til: fo"))
    f.type("orfaldne")
    f.press(.enter)
    #expect(!(f.shell.top is MainMenuScreen))
    #expect(f.screen().contains("forfaldne ·"), "\(f.screen())")
  }

  @Test func escClearsWhatWasTypedAndStaysOnTheMenu() throws {
    let f = try AppFixture(user: "leder")
    let menu = try menu(f)
    f.type("uth-kø")
    #expect(menu.selected == menu.index(ofTitle: "UTH-kø", texts: f.context.texts))
    f.press(.escape)
    #expect(f.shell.top === menu)
    #expect(!f.screen().contains("Gå til:"))
    // With nothing typed, a digit opens the entry of that number.
    f.press(.char("1"))
    #expect(!(f.shell.top is MainMenuScreen))
    #expect(f.screen().contains("Hovedmenu › Beboere"), "\(f.screen())")
  }

  @Test func aNameThatFitsNothingLeavesTheSelection() throws {
    let f = try AppFixture(user: "personale")
    let menu = try menu(f)
    f.press(.down, .down)
    f.type("zzq")
    #expect(menu.selected == 2)
    #expect(f.screen().contains("Gå til: zzq"))
    #expect(f.screen(width: 60, height: 16).contains("Gå til: zzq"))
  }
}
