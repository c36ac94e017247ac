import Foundation
import TerminalUI
import Testing
import TovholderCore
import TovholderStorage

@testable import TovholderApp

/// Issue 17, "Wrong person": a draft keeps what it names by id, the day and time it was
/// started, and belongs to one person and one sign-in; a draft whose resident is gone says so.
@Suite(.serialized) struct DraftIdentityTests {
  static func quickLog(_ f: AppFixture) throws -> FormScreen<QuickLogField> {
    try #require(f.shell.top as? FormScreen<QuickLogField>)
  }

  /// F6, a resident found by `letters`, `text`, then Esc: a draft.
  static func abandonQuickLog(_ f: AppFixture, _ letters: String, _ text: String) throws -> ResidentID {
    f.press(.function(6))
    f.type(letters)
    f.press(.enter)
    f.type(text)
    let id = try #require(try quickLog(f).reading(f.context).rowID(.resident))
    f.press(.escape)
    #expect(f.screen().contains("gemt som kladde"))
    return id
  }

  static func leader(_ f: AppFixture) throws -> Actor {
    try f.database.accounts.signIn(username: "leder", password: DemoHome.password)
  }

  /// A resident who sorts before everyone else is added; the draft still names the same one,
  /// and the episode is filed on them.
  @Test func aRestoredQuickLogKeepsItsResidentWhenSomeoneSortsEarlier() throws {
    let f = try AppFixture(user: "nattevagt")
    let fatima = try Self.abandonQuickLog(f, "fat", "Slog ud efter mig")
    let unit = try f.database.residents.fetch(id: fatima, actor: f.session.actor).unitID
    _ = try f.database.residents.create(
      NewResident(
        unitID: unit, name: "Aage Aabenraa", cpr: try CPRNumber("010150-1234"),
        movedIn: CalendarDay(year: 2024, month: 1, day: 1)!), by: try Self.leader(f))
    f.press(.function(6))
    #expect(f.screen().contains("Fortsæt kladden"))
    f.press(.enter)
    let form = try Self.quickLog(f)
    #expect(form.value(.resident) == String(fatima))
    #expect(form.label(of: .resident).hasPrefix("Fatima Al-Sayed"))
    f.press(.ctrl("s"))
    let saved = try #require(
      try f.database.episodes.followUpQueue(actor: f.session.actor).first { $0.episode.summary == "Slog ud efter mig" })
    #expect(saved.episode.residentID == fatima)
  }

  /// The draft's resident has moved out meanwhile: the form says so at the field and does not
  /// guess another; saving asks for a resident.
  @Test func aDraftWhoseResidentIsGoneSaysSo() throws {
    let f = try AppFixture(user: "nattevagt")
    let fatima = try Self.abandonQuickLog(f, "fat", "Råbte i gangen")
    let leader = try Self.leader(f)
    var resident = try f.database.residents.fetch(id: fatima, actor: leader)
    resident.movedOut = f.today.adding(days: -1)
    _ = try f.database.residents.update(resident, by: leader)
    f.press(.function(6))
    f.press(.enter)
    let form = try Self.quickLog(f)
    #expect(form.value(.resident) == "")
    let field = try #require(form.index(of: .resident))
    #expect(form.form.fields[field].message == "Det valgte findes ikke længere (flyttet eller slettet). Vælg igen.")
    #expect(form.value(.summary) == "Råbte i gangen")
    let before = try f.database.episodes.followUpQueue(actor: f.session.actor).count
    f.press(.ctrl("s"))
    #expect(try f.database.episodes.followUpQueue(actor: f.session.actor).count == before)
    #expect(form.focusedID == .resident)
  }

  /// Started at 23:50 and finished at 00:20 the next day: the episode happened on the day
  /// and at the time the draft was started, and the drafts list says when that was.
  @Test func aQuickLogDraftFinishedTheNextDayKeepsItsDayAndTime() throws {
    let f = try AppFixture(user: "nattevagt")
    f.clock.now = CalendarDay(year: 2026, month: 12, day: 3)!.at(hour: 23, minute: 50)!
    let fatima = try Self.abandonQuickLog(f, "fat", "Kastede med tallerkenen")
    f.clock.now = CalendarDay(year: 2026, month: 12, day: 4)!.at(hour: 0, minute: 20)!
    f.shell.reset(to: [f.shell.stack[0], DraftsScreen(session: f.session)])
    let list = f.screen()
    #expect(list.contains("03-12-2026 23:50") && list.contains("Kastede med"))
    f.press(.enter)
    let form = try Self.quickLog(f)
    #expect(form.value(.date) == "03-12-2026" && form.value(.time) == "23:50")
    f.press(.ctrl("s"))
    let saved = try #require(
      try f.database.episodes.followUpQueue(actor: f.session.actor).first {
        $0.episode.summary == "Kastede med tallerkenen"
      })
    #expect(saved.episode.residentID == fatima)
    #expect(saved.episode.occurredAt == CalendarDay(year: 2026, month: 12, day: 3)!.at(hour: 23, minute: 50)!)
  }

  /// One person signed in twice: the second sign-in is offered the first one's draft; going
  /// on with it takes it over, and the first session's next keys make a draft of their own.
  @Test func twoSessionsOfOnePersonNeverOverwriteEachOther() throws {
    let f = try AppFixture(user: "nattevagt")
    f.press(.function(6))
    f.type("fat")
    f.press(.enter)
    f.type("Første vagt skriver")
    let first = try Self.quickLog(f)
    let firstDraft = try #require(first.draftRowID)

    let other = try SecondProgram(f, user: "nattevagt")
    other.press(.function(6))
    #expect(other.screen().contains("Første vagt skriver"))
    other.press(.enter)  // continue it here
    other.type(" og anden vagt fortsætter")
    let second = try #require(other.shell.top as? FormScreen<QuickLogField>)
    #expect(second.draftRowID == firstDraft)

    f.type("!")
    #expect(first.draftRowID != firstDraft)
    let drafts = try f.database.drafts.find(owner: f.session.actor.accountID, formKey: QuickLogScreen.draftKey)
    let texts = Set(drafts.map { DraftCoding.decode($0.payload)["summary"] ?? "" })
    #expect(texts == ["Første vagt skriver og anden vagt fortsætter", "Første vagt skriver!"])
    #expect(Set(drafts.map(\.sessionID)).count == 2)
  }

  /// A medicine category adds the medicine fields; a draft of it comes back with them filled.
  @Test func aDraftWithAMedicineCategoryComesBackWithItsMedicine() throws {
    let f = try AppFixture(user: "personale")
    let medicine = try #require(Catalogues.shipped.incidents.categories.first { $0.isMedicine })
    f.press(.function(5))
    let form = try #require(f.shell.top as? FormScreen<IncidentField>)
    form.focus(.category)
    f.type(String(IncidentsCatalogue.name(medicine, texts: f.context.texts).prefix(4)))
    f.press(.enter)
    #expect(form.value(.category) == medicine.code)
    #expect(form.focusedID == .medName)
    f.type("Panodil")
    f.press(.escape)
    f.press(.function(5))
    f.press(.enter)
    let again = try #require(f.shell.top as? FormScreen<IncidentField>)
    #expect(again.value(.category) == medicine.code)
    #expect(again.value(.medName) == "Panodil")
    #expect(again.focusedID == .medName)
  }
}
