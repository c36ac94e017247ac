import Foundation
import TerminalUI
import Testing
import TovholderCore
import TovholderStorage

@testable import TovholderApp

@MainActor
@Suite struct ResidentsScreenTests {
  @Test func signInScreenMovesOnWithEnterAndExplainsWrongPasswords() throws {
    let app = try AppFixture(user: nil)
    #expect(app.screen().contains("Log ind"))
    app.type("personale")
    app.press(.enter)
    app.type("forkert")
    app.press(.enter)
    #expect(app.screen().contains("Forkert brugernavn eller adgangskode"))
    #expect(app.context.session == nil)
    app.type("demo1234")
    app.press(.enter)
    // Staff start on their unit's handover list; Esc goes back to the menu beneath it.
    #expect(app.screen().contains("Overlevering · Egehuset"))
    app.press(.escape)
    let menu = app.screen()
    #expect(menu.contains("Hovedmenu"))
    #expect(menu.contains("1 Beboere"))
    #expect(app.context.session?.actor.role == .staff)
  }

  @Test func staffSeeOnlyTheirUnitsAndTheRecordIsAudited() throws {
    let app = try AppFixture(user: "personale")
    app.openMenu("Beboere")
    let list = app.screen(width: 100, height: 40)
    let visible = try app.database.residents.list(for: app.session.actor)
    #expect(!visible.isEmpty)
    for resident in visible.prefix(5) { #expect(list.contains(resident.name)) }
    let units = Set(visible.map(\.unitID))
    #expect(units.isSubset(of: app.session.actor.unitIDs))
    app.press(.enter)
    let record = app.screen()
    #expect(record.contains("Seneste notater"))
    #expect(record.contains("-••••"))
    let leader = try app.database.accounts.signIn(username: "leder", password: DemoHome.password)
    let log = try app.database.audit.accessLog(residentID: visible.sorted { $0.name < $1.name }[0].id, actor: leader)
    #expect(log.contains { $0.action == .openRecord && $0.actorID == app.session.actor.accountID })
  }

  @Test func revealingTheCPRShowsItAndIsLogged() throws {
    let app = try AppFixture(user: "leder")
    app.openMenu("Beboere")
    app.press(.enter)
    guard let record = app.shell.top as? RecordScreen else {
      Issue.record("no record screen")
      return
    }
    #expect(!app.screen().contains(record.resident.cpr.formatted))
    app.press(.ctrl("r"))
    #expect(app.screen().contains(record.resident.cpr.formatted))
    let log = try app.database.audit.accessLog(residentID: record.resident.id, actor: app.session.actor)
    #expect(log.contains { $0.action == .revealCPR })
  }

  @Test func aNoteIsWrittenSavedAndItsDraftGone() throws {
    let app = try AppFixture(user: "personale")
    app.openMenu("Beboere")
    app.press(.enter)
    app.press(.tab)
    app.press(.ctrl("n"))
    app.type("Jørgen spiste æblegrød 👩‍⚕️")
    let owner = app.session.actor.accountID
    #expect(try app.database.drafts.list(owner: owner).count == 1)
    app.press(.ctrl("s"))
    #expect(app.screen().contains("Notatet er gemt"))
    #expect(app.screen().contains("Jørgen spiste æblegrød"))
    #expect(try app.database.drafts.list(owner: owner).isEmpty)
  }

  @Test func anEmptyNoteIsRefusedWithAMessage() throws {
    let app = try AppFixture(user: "personale")
    app.openMenu("Beboere")
    app.press(.enter)
    app.press(.tab)
    app.press(.ctrl("n"))
    app.press(.ctrl("s"))
    #expect(app.screen().contains("Skal udfyldes"))
    #expect(app.shell.top is FormScreen<NoteField>)
  }

  @Test func lockingKeepsTheFormAsADraftAndOffersItBack() throws {
    let app = try AppFixture(user: "personale")
    app.openMenu("Beboere")
    app.press(.enter)
    app.press(.tab)
    app.press(.ctrl("n"))
    app.type("Halvfærdigt notat")
    app.flow.lock(app.shell)
    #expect(app.screen().contains("Skærmen er låst"))
    #expect(!app.screen().contains("Halvfærdigt notat"))
    app.type("personale")
    app.press(.enter)
    app.type("demo1234")
    app.press(.enter)
    // The same person comes back to the form they left.
    #expect(app.screen().contains("Halvfærdigt notat"))
    #expect(app.shell.top is FormScreen<NoteField>)
  }

  @Test func aLeaderCreatesATempAccountThatExpires() throws {
    let app = try AppFixture(user: "leder")
    app.openMenu("Medarbejdere")
    #expect(app.screen().contains("Medarbejdere"))
    app.press(.ctrl("n"))
    app.type("Søren Vikar")
    app.press(.enter)
    app.type("soeren")
    app.press(.enter)
    app.type("kodeord123")
    app.press(.ctrl("s"))
    #expect(app.screen().contains("Kontoen soeren er oprettet"))
    let actor = try app.database.accounts.signIn(username: "soeren", password: "kodeord123")
    #expect(actor.role == .staff)
    let account = try app.database.accounts.fetch(id: actor.accountID)
    #expect(account?.expiresAt != nil)
  }

  @Test func searchFindsDanishWordsAndOpensTheRecord() throws {
    let app = try AppFixture(user: "personale")
    app.press(.ctrl("f"))
    app.type("medicin")
    let results = app.screen(width: 100, height: 30)
    #expect(results.contains("medicin"))
    app.press(.down)
    app.press(.enter)
    #expect(app.shell.top is RecordScreen)
  }

  @Test func aNoteHitIsLabelledAndOpensTheNotesTab() throws {
    let app = try AppFixture(user: "personale")
    app.press(.ctrl("f"))
    app.type("pn medicin")  // only notes: "medicin" alone also finds medication reviews
    #expect(app.screen(width: 100, height: 30).contains("Notat"))
    app.press(.down, .down, .enter)
    let record = try #require(app.shell.top as? RecordScreen)
    #expect(record.tab is NotesTab)
  }

  @Test func everyScreenFitsSmallTerminals() throws {
    let app = try AppFixture(user: "leder")
    for key: Key in [.char("1"), .enter, .tab, .ctrl("n")] {
      app.press(key)
      for (w, h) in [(60, 16), (80, 24), (20, 8)] {
        let (frame, cursor) = app.shell.render(size: Size(width: w, height: h))
        #expect(frame.lines().allSatisfy { $0.displayWidth <= w })
        if let cursor { #expect(cursor.x < w && cursor.y < h) }
      }
    }
  }
}
