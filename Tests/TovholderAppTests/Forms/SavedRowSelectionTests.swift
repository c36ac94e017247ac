import Foundation
import TerminalUI
import Testing
import TovholderCore
import TovholderStorage

@testable import TovholderApp

/// After a save, the list under the form shows the saved thing as the selected row — also for
/// forms opened other ways than a list's own Ctrl-N (a relative's actions, an episode's force
/// chooser, a screening's history), all through `TableScreen.showSaves(of:)`. Each test moves
/// the selection away from where the new row will be first, so a list that merely kept its
/// place fails.
@Suite struct SavedRowSelectionTests {
  @Test func aNewScreeningIsTheSelectedRowOfItsHistory() throws {
    let f = try AppFixture(user: "personale")
    let template = try #require(f.session.screeningTemplate("weight"))
    let residents = try f.database.residents.list(for: f.session.actor)
    let resident = try #require(
      try residents.first {
        try f.database.health.history(residentID: $0.id, templateKey: "weight", actor: f.session.actor).count >= 2
      })
    let history = HealthHistoryScreen(session: f.session, resident: resident, template: template)
    f.shell.reset(to: [f.shell.stack[0], history])
    _ = f.screen()
    f.press(.end)
    let before = try #require(history.state.selectedRow)
    #expect(before > 0)
    f.press(.ctrl("n"))
    #expect(f.shell.top is FormScreen<ScreeningEntryField>)
    f.type("66,6")
    f.press(.ctrl("s"))
    #expect(f.shell.top === history)
    let saved = try #require(
      try f.database.health.history(residentID: resident.id, templateKey: "weight", actor: f.session.actor).first)
    #expect(saved.values["weight"] == .number(66.6))
    let row = try #require(history.state.selectedRow)
    #expect(history.rowIDs.indices.contains(row) && history.rowIDs[row] == saved.id)
    #expect(row != before)
    #expect(f.screen().contains("66,6"))
  }

  @Test func aNewConsentIsTheSelectedRowOfTheRelative() throws {
    let f = try AppFixture(user: "personale")
    // A relative with a kind of information not yet consented to.
    let kinds = f.session.catalogues.informationKinds.kinds.map(\.code)
    var found: (Resident, Relative, String)?
    for r in try f.database.residents.list(for: f.session.actor) where found == nil {
      let overview = try RelativesWords.repository(f.session).overview(residentID: r.id, actor: f.session.actor)
      for rel in overview.relatives where found == nil {
        let given = Set(overview.consents(of: rel.id).filter { $0.withdrawnOn == nil }.map(\.kindCode))
        if let code = kinds.first(where: { !given.contains($0) }) { found = (r, rel, code) }
      }
    }
    let (resident, relative, code) = try #require(found)
    let screen = RelativeScreen(session: f.session, resident: resident, relativeID: relative.id, name: relative.name)
    f.shell.reset(to: [f.shell.stack[0], screen])
    _ = f.screen()
    f.press(.home, .enter)
    let form = try f.form()
    #expect(form.setValue(ofField: "kind", code))
    f.press(.ctrl("s"))
    #expect(f.shell.top === screen)
    let row = try #require(screen.state.selectedRow)
    guard screen.actions.indices.contains(row), case .withdraw(let consent) = screen.actions[row] else {
      Issue.record("row \(row) is not the new consent:\n\(f.screen())")
      return
    }
    #expect(consent.kindCode == code && consent.relativeID == relative.id)
  }

  @Test func aNewForceReportIsTheSelectedRowOfItsEpisode() throws {
    let f = try AppFixture(user: "nattevagt")
    let (episode, _) = try AllForms.episode(f)
    let detail = EpisodeDetailScreen(session: f.session, episodeID: episode.id)
    f.shell.reset(to: [f.shell.stack[0], detail])
    _ = f.screen()
    let newForce = try #require(
      detail.actions.firstIndex {
        if case .newForce = $0 { return true }
        return false
      })
    f.press(.home)
    for _ in 0..<newForce { f.press(.down) }
    f.press(.enter, .enter)  // the chooser, then its first form
    let form = try f.form()
    for key in form.fieldKeys where form.isRequired(key) && form.value(ofField: key).isEmpty {
      form.setValue(ofField: key, Self.someValue(form.fieldKind(key), today: f.today))
    }
    f.press(.ctrl("s"))
    #expect(f.shell.top === detail, "\(f.screen())")
    let report = try #require(
      try f.database.force.list(residentID: episode.residentID, episodeID: episode.id, actor: f.session.actor).first)
    let row = try #require(detail.state.selectedRow)
    #expect(row != newForce)
    #expect(detail.rowIDs.indices.contains(row) && detail.rowIDs[row] == report.id)
  }

  /// A value a required field of `kind` takes.
  static func someValue(_ kind: FieldKind?, today: CalendarDay) -> String {
    switch kind {
    case .date?: return DateWording.day(today)
    case .time?: return "10:00"
    case .number?: return "1"
    case .choice(let o)?, .multiChoice(let o)?: return o.first?.key ?? ""
    case .yesNo?: return "no"
    default: return "Rolig samtale i stuen, Åse så til"
    }
  }
}
