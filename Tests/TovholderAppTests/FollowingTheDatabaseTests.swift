import Foundation
import GRDB
import TerminalUI
import Testing
import TovholderCore
import TovholderStorage

@testable import TovholderApp

/// Open screens show what another terminal saved, on the idle tick (issue 19): only the screen
/// on top re-reads, the selection and anything typed stay, and re-reading audits nothing new.
@MainActor
@Suite struct FollowingTheDatabaseTests {
  /// Another terminal on the same file, signed in as the leader.
  struct OtherTerminal {
    let database: AppDatabase
    let leader: Actor

    init(_ app: AppFixture) throws {
      database = try AppDatabase.open(at: app.url, options: .init(passwordHashing: .fastForTesting))
      leader = try database.accounts.signIn(username: "leder", password: DemoHome.password)
    }

    func note(_ text: String, about resident: ResidentID) throws {
      _ = try database.notes.add(NewNote(residentID: resident, text: text), by: leader)
    }
  }

  func auditRows(_ app: AppFixture) throws -> Int {
    try DatabaseQueue(path: app.url.path).read { try Int.fetchOne($0, sql: "SELECT count(*) FROM auditLog") ?? 0 }
  }

  /// Signs in as personale, opens the first resident's Notes tab and moves the selection to
  /// the third note.
  func openNotes(_ app: AppFixture) throws -> (RecordScreen, NotesTab) {
    app.shell.changePollInterval = .zero
    app.openMenu("Beboere")
    app.press(.enter)
    let record = try #require(app.shell.top as? RecordScreen)
    app.press(.tab)
    let notes = try #require(record.tab as? NotesTab)
    app.press(.down, .down)
    app.shell.tick()  // the first look only takes its bearings
    return (record, notes)
  }

  @Test func theNotesTabShowsAnotherTerminalsNoteAndKeepsTheSelectedNote() throws {
    let app = try AppFixture(user: "personale")
    let (record, notes) = try openNotes(app)
    let selected = try #require(notes.state.selectedRow.map { notes.rows[$0] })
    let other = try OtherTerminal(app)
    try other.note("Aftensmad: Ærlig talt, rødgrød med fløde", about: record.resident.id)
    #expect(!app.screen().contains("Aftensmad: Ærlig talt"), "nothing is read before the tick")

    let rowsBefore = try auditRows(app)
    app.shell.tick()
    let screen = app.screen()
    #expect(screen.contains("Aftensmad: Ærlig talt, rødgr"))
    #expect(notes.state.selectedRow.map { notes.rows[$0] } == selected, "the same note stays selected")
    #expect(try auditRows(app) == rowsBefore, "re-reading wrote no access rows")

    app.shell.tick()
    #expect(try auditRows(app) == rowsBefore, "nothing new: nothing is read")
  }

  @Test func aFormOnTopKeepsItsTextAndTheListUnderItReReadsWhenItIsBackOnTop() throws {
    let app = try AppFixture(user: "personale")
    let (record, _) = try openNotes(app)
    app.press(.ctrl("n"))
    app.type("Halvskrevet om Ærø")
    let other = try OtherTerminal(app)
    try other.note("Skrevet i Birkehuset imens", about: record.resident.id)
    app.shell.tick()
    let form = app.screen()
    #expect(form.contains("Halvskrevet om Ærø"), "what is typed stays")
    #expect(!form.contains("Skrevet i Birkehuset imens"))
    app.press(.escape)
    #expect(app.screen().contains("Skrevet i Birkehuset imens"), "the tab under the form re-read")
  }

  @Test func theResidentListShowsAResidentRegisteredElsewhereKeepingTheFilter() throws {
    let app = try AppFixture(user: "personale")
    app.shell.changePollInterval = .zero
    app.openMenu("Beboere")
    app.type("Ø")
    app.shell.tick()
    let other = try OtherTerminal(app)
    let unit = try #require(app.session.actor.unitIDs.min())
    _ = try other.database.residents.create(
      NewResident(
        unitID: unit, name: "Østen Ørnsholt", cpr: try CPRNumber("241180-1237"),
        movedIn: CalendarDay(year: 2026, month: 11, day: 1)!), by: other.leader)
    app.shell.tick()
    let list = app.screen(width: 100, height: 40)
    #expect(list.contains("Østen Ørnsholt"))
    #expect(list.contains("Filter: Ø"))
  }

  @Test func aRecordOnTheOverviewShowsTheNewNoteAndOtherTabsReReadWhenChosen() throws {
    let app = try AppFixture(user: "personale")
    app.shell.changePollInterval = .zero
    app.openMenu("Beboere")
    app.press(.enter)
    let record = try #require(app.shell.top as? RecordScreen)
    app.press(.tab)
    app.press(.backTab)  // Notes loaded once, back on the overview
    app.shell.tick()
    let other = try OtherTerminal(app)
    try other.note("Ny note til overblikket", about: record.resident.id)
    app.shell.tick()
    #expect(app.screen().contains("Ny note til overblikket"))
    app.press(.tab)
    #expect(app.screen().contains("Ny note til overblikket"), "the Notes tab re-read when chosen")
  }
}
