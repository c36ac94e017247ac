import Foundation
import TerminalUI
import Testing
import TovholderCore
import TovholderStorage

@testable import TovholderApp

/// A message belongs to the screen it is shown over once the key that made it is handled; it
/// goes when another screen comes on top or the terminal locks, never to the next person.
@Suite struct MessageOwnershipTests {
  /// Saves a quick log of a violent episode from the menu; returns the message it left.
  static func quickLog(_ f: AppFixture) throws -> String {
    f.press(.function(6))
    try #require(f.form().focusedKey == "resident")
    f.type("Anders")
    f.press(.enter)
    f.type("Slog ud efter Bjørn")
    f.press(.ctrl("s"))
    let text = try #require(f.context.message?.text)
    #expect(text.hasPrefix("Episode nr."))
    return text
  }

  @Test func aSavedMessageStaysOnTheScreenBelowAndGoesWithTheNextScreen() throws {
    let f = try AppFixture(user: "personale")
    let saved = try Self.quickLog(f)
    #expect(f.shell.top is MainMenuScreen)
    f.press(.down, .up)
    #expect(f.screen().contains(saved), "keys on the same screen keep it")
    f.openMenu("Beboere")
    #expect(!f.screen().contains(saved), "another screen: the message is gone")
    #expect(f.context.message == nil)
  }

  @Test func lockingTakesTheMessageAlongAndTheNextPersonDoesNotSeeIt() throws {
    let f = try AppFixture(user: "personale")
    let saved = try Self.quickLog(f)
    f.flow.lock(f.shell)
    #expect(!f.screen().contains(saved))
    let actor = try f.database.accounts.signIn(username: "leder", password: DemoHome.password)
    f.shell.reset(to: AppFixture.screens(f.flow.signedIn(actor)))
    #expect(!f.screen().contains(saved))
  }

  @Test func waitingForTheDatabaseIsAboutTheTerminalAndStays() throws {
    let f = try AppFixture(user: "personale")
    f.context.waitForDatabase("probe") { false }
    f.openMenu("Beboere")
    #expect(f.context.message?.text == f.context.texts("db.waiting"))
    f.context.stopWaiting("probe")
  }
}
