import Foundation
import TerminalUI
import Testing
import TovholderCore
import TovholderStorage

@testable import TovholderApp

@MainActor
@Suite struct ResidentEditTests {
  /// The leader's resident list with the first resident selected; returns that resident.
  func leaderOnList(_ app: AppFixture) throws -> Resident {
    app.openMenu("Beboere")
    return try #require(try app.database.residents.list(for: app.session.actor).first)
  }

  func replaceText(_ app: AppFixture, with text: String) {
    app.press(.ctrl("e"), .ctrl("u"))
    app.type(text)
  }

  @Test func aLeaderMovesAResidentOutFromTheListAndTheyBecomeFormer() throws {
    let app = try AppFixture(user: "leder")
    let resident = try leaderOnList(app)
    app.press(.function(4))
    let form = try #require(app.shell.top as? FormScreen<ResidentField>)
    #expect(app.screen().contains("Ret beboer"))
    #expect(app.screen().contains(resident.cpr.formatted))
    let reveals = try app.database.audit.accessLog(residentID: resident.id, actor: app.session.actor)
    #expect(reveals.contains { $0.action == .revealCPR })
    replaceText(app, with: "Åse Ærø Zyxøl")
    form.focus(.movedOut)
    app.type("i dag")
    app.press(.ctrl("s"))
    #expect(!(app.shell.top is FormScreen<ResidentField>))
    let saved = try app.database.residents.fetch(id: resident.id, actor: app.session.actor)
    #expect(saved.name == "Åse Ærø Zyxøl")
    #expect(saved.movedOut == app.today)
    #expect(try !app.database.residents.list(for: app.session.actor).contains { $0.id == resident.id })
    #expect(try app.database.residents.list(for: app.session.actor, which: .former).contains { $0.id == resident.id })
    #expect(try app.database.search.search("Zyxøl", actor: app.session.actor).first?.isFormer == true)
    let log = try app.database.audit.accessLog(residentID: resident.id, actor: app.session.actor)
    #expect(log.contains { $0.action == .updateResident && $0.actorID == app.session.actor.accountID })
    #expect(
      try app.database.drafts.load(owner: app.session.actor.accountID, formKey: "resident.edit.\(resident.id)") == nil)
  }

  @Test func badCPRAndMoveOutBeforeMoveInAreRefusedInDanish() throws {
    let app = try AppFixture(user: "leder")
    let resident = try leaderOnList(app)
    app.press(.function(4))
    let form = try #require(app.shell.top as? FormScreen<ResidentField>)
    form.focus(.cpr)
    replaceText(app, with: "310290-1234")
    app.press(.ctrl("s"))
    #expect(app.screen(width: 120, height: 30).contains("31-2-1990 er ikke en rigtig dato"))
    #expect(app.shell.top is FormScreen<ResidentField>)
    replaceText(app, with: resident.cpr.formatted)
    form.focus(.movedIn)
    replaceText(app, with: "01-06-2020")
    form.focus(.movedOut)
    replaceText(app, with: "01-05-2020")
    app.press(.ctrl("s"))
    #expect(app.screen().contains("Fraflytning kan ikke ligge før indflytning."))
    #expect(try app.database.residents.fetch(id: resident.id, actor: app.session.actor) == resident)
  }

  @Test func contactPersonIsChosenAmongTheUnitsStaff() throws {
    let app = try AppFixture(user: "leder")
    let resident = try leaderOnList(app)
    app.press(.function(4))
    let form = try #require(app.shell.top as? FormScreen<ResidentField>)
    let staff = try #require(
      ResidentEditScreen.staff(app.session, units: [resident.unitID], keeping: resident)[resident.unitID])
    #expect(!staff.isEmpty)
    let accounts = try app.database.accounts.list(for: app.session.actor)
    for (id, _) in staff { #expect(accounts.first { $0.id == id }?.unitIDs.contains(resident.unitID) == true) }
    let last = try #require(staff.last)
    form.focus(.contactPerson)
    app.press(.enter)
    app.press(.escape)
    #expect(app.shell.top === form)
    #expect(!form.isPickerOpen)
    app.press(.enter)
    app.type(String(last.1.prefix(6)))
    app.press(.enter)
    app.press(.ctrl("s"))
    let saved = try app.database.residents.fetch(id: resident.id, actor: app.session.actor)
    #expect(saved.contactPersonID == last.0)
  }

  @Test func aContactPersonFromAnotherUnitIsKeptWhenAnotherFieldIsSaved() throws {
    let app = try AppFixture(user: "leder")
    var resident = try #require(try app.database.residents.list(for: app.session.actor).first)
    let accounts = try app.database.accounts.list(for: app.session.actor)
    let elsewhere = try #require(
      accounts.first { $0.role == .staff && $0.isActive && !$0.unitIDs.contains(resident.unitID) })
    resident.contactPersonID = elsewhere.id
    resident = try app.database.residents.update(resident, by: app.session.actor)
    #expect(try leaderOnList(app).id == resident.id)
    app.press(.function(4))
    #expect(app.screen().contains(elsewhere.displayName))
    replaceText(app, with: "Åse Ærø")
    app.press(.ctrl("s"))
    let saved = try app.database.residents.fetch(id: resident.id, actor: app.session.actor)
    #expect(saved.name == "Åse Ærø")
    #expect(saved.contactPersonID == elsewhere.id)
  }

  @Test func theEditIsADraftAndComesBackAfterALock() throws {
    let app = try AppFixture(user: "leder")
    _ = try leaderOnList(app)
    app.clock.advance(60)
    app.press(.function(4))
    app.press(.ctrl("e"))
    app.type(" Halvfærdig")
    let owner = app.session.actor.accountID
    app.flow.lock(app.shell)
    #expect(try app.database.drafts.list(owner: owner).count == 1)
    app.type("leder")
    app.press(.enter)
    app.type("demo1234")
    app.press(.enter)
    // The same person comes back to the form they left, as they left it.
    #expect(!app.screen().contains("Kladder"))
    let form = try #require(app.shell.top as? FormScreen<ResidentField>)
    #expect(form.value(.name).hasSuffix(" Halvfærdig"))
  }

  @Test func aConcurrentEditIsRefusedWithWhoAndTheTextIsKept() throws {
    let app = try AppFixture(user: "leder")
    let resident = try leaderOnList(app)
    app.press(.function(4))
    replaceText(app, with: "Mit navn")
    var theirs = resident
    theirs.name = "Andens navn"
    _ = try app.database.residents.update(theirs, by: app.session.actor)
    app.press(.ctrl("s"))
    #expect(app.shell.top is FormScreen<ResidentField>)
    #expect(app.screen(width: 120, height: 30).contains(app.session.actor.displayName))
    #expect((app.shell.top as? FormScreen<ResidentField>)?.value(.name) == "Mit navn")
    #expect(try app.database.residents.fetch(id: resident.id, actor: app.session.actor).name == "Andens navn")
  }

  @Test func f4OnTheRecordOverviewEditsTheResidentForLeadersOnly() throws {
    let leader = try AppFixture(user: "leder")
    leader.openMenu("Beboere")
    leader.press(.enter)
    #expect(leader.shell.top is RecordScreen)
    #expect(leader.screen().contains("Ret beboer"))
    leader.press(.function(4))
    #expect(leader.shell.top is FormScreen<ResidentField>)

    let staff = try AppFixture(user: "personale")
    staff.openMenu("Beboere")
    staff.press(.enter)
    staff.press(.function(4))
    #expect(staff.shell.top is RecordScreen)
    #expect(staff.screen().contains("Kun ledere"))
    // On the Notes tab F4 still edits the selected note.
    staff.press(.tab)
    staff.press(.function(4))
    #expect(staff.shell.top is FormScreen<NoteField>)
  }

  @Test func searchResultsShownAreAuditedOncePerResidentWhenEnteringTheList() throws {
    let app = try AppFixture(user: "personale")
    func searchRows() throws -> [AuditEntry] {
      let leader = try app.database.accounts.signIn(username: "leder", password: DemoHome.password)
      return try app.database.audit.recent(actor: leader, limit: 500).filter {
        $0.action == .searchResults && $0.actorID == app.session.actor.accountID
      }
    }
    app.press(.ctrl("f"))
    app.type("medicin")
    let search = try #require(app.shell.top as? SearchScreen)
    let shown = search.shownUnaudited
    #expect(!shown.isEmpty)
    #expect(try searchRows().isEmpty)
    app.press(.down)
    let rows = try searchRows()
    #expect(Set(rows.compactMap(\.residentID)) == shown)
    #expect(rows.count == shown.count)
    app.press(.up)
    app.type(" ")
    app.press(.down)
    #expect(try searchRows().count == shown.count)
  }
}
