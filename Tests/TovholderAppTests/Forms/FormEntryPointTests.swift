import Foundation
import TerminalUI
import Testing
import TovholderCore
import TovholderStorage

@testable import TovholderApp

/// How forms are reached and left: F5 on a resident's record, F2 as the second save key, and
/// the main menu's drafts line when every draft is older than the last sign-in.
@Suite struct FormEntryPointTests {
  @Test func f5OnAResidentsRecordStartsWithThatResident() throws {
    let f = try AppFixture(user: "personale")
    // The last resident in the list, so a form that merely took the first would not pass.
    let resident = try #require(try f.database.residents.list(for: f.session.actor).last)
    try f.openRecord(resident.id, keepMenu: true)
    _ = f.screen()
    f.press(.function(5))
    let form = try f.form()
    #expect(form.draftFormKey == IncidentFormScreen.draftKey)
    #expect(form.value(ofField: "resident") == String(resident.id))
    #expect(f.screen().contains(resident.name))
    // From the main menu F5 chooses nobody.
    f.shell.reset(to: [f.shell.stack[0]])
    _ = f.screen()
    f.press(.function(5))
    #expect(try f.form().value(ofField: "resident") != String(resident.id))
  }

  @Test func f2SavesANoteAsCtrlSDoes() throws {
    let f = try AppFixture(user: "personale")
    let resident = try AllForms.resident(f)
    let form = NoteFormScreen.make(session: f.session, resident: resident, editing: nil, context: f.context)
    f.shell.reset(to: [f.shell.stack[0], form])
    _ = f.screen()
    f.type("Spiste grød og gik en tur med Åse")
    #expect(try f.database.drafts.load(owner: f.session.actor.accountID, formKey: "note.new.\(resident.id)") != nil)
    f.press(.function(2))
    #expect(!(f.shell.top === form))
    #expect(f.screen().contains(f.context.texts("note.saved")))
    let newest = try #require(
      try f.database.notes.list(residentID: resident.id, actor: f.session.actor, limit: 1).first)
    #expect(newest.text == "Spiste grød og gik en tur med Åse")
    #expect(try f.database.drafts.load(owner: f.session.actor.accountID, formKey: "note.new.\(resident.id)") == nil)
  }

  /// A draft newer than the last sign-in opens the drafts list at sign-in; once it is older,
  /// signing in shows the menu with one line counting the drafts, and no list.
  @Test func onlyOlderDraftsGiveOneMenuLineWithTheirCount() throws {
    let f = try AppFixture(user: "personale")
    #expect(!f.screen().contains("Kladder ("))
    f.clock.advance(10 * 60)
    f.press(.function(5))
    f.type("Faldt på badeværelset")
    f.press(.escape)
    #expect(try f.database.drafts.count(owner: f.session.actor.accountID) == 1)

    // Signed in again an hour later: the draft is newer than the sign-in before, so it is offered.
    f.clock.advance(60 * 60)
    let actor = try f.database.accounts.signIn(username: "personale", password: DemoHome.password)
    let offered = AppFixture.screens(f.flow.signedIn(actor))
    #expect(offered.last is DraftsScreen)

    // And again: now the draft is older than the last sign-in. The menu, no list, one line.
    f.clock.advance(60 * 60)
    let later = AppFixture.screens(f.flow.signedIn(actor))
    #expect(!later.contains { $0 is DraftsScreen })
    let menu = try #require(later.first as? MainMenuScreen)
    f.shell.reset(to: menu)
    let screen = f.screen()
    #expect(screen.contains(f.context.texts("menu.drafts", 1)), "\(screen)")
    #expect(screen.components(separatedBy: "Kladder (").count == 2)
  }
}
