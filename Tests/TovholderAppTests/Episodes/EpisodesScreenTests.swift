import Foundation
import TerminalUI
import Testing
import TovholderCore
import TovholderStorage

@testable import TovholderApp

@Suite(.serialized) struct EpisodesScreenTests {
  @Test func quickLogFromTheResidentListIsADraftFromTheFirstKey() throws {
    let f = try AppFixture(user: "nattevagt")
    let me = f.session.actor
    let before = try f.database.episodes.followUpQueue(actor: me).count
    f.openMenu("Beboere")
    f.keys(.function(6))
    #expect(f.screen().contains("Voldsom episode – hurtig registrering") || f.screen().contains("Vælg beboer"))
    f.type("f")
    #expect(try f.database.drafts.load(owner: me.accountID, formKey: QuickLogScreen.draftKey) != nil)
    f.type("at")
    f.keys(.enter)
    f.type("slog mig i armen, rolig efter 10 min")
    #expect(f.screen().contains("Fatima Al-Sayed"))
    f.keys(.ctrl("s"))
    #expect(f.screen().contains("er gemt"))
    #expect(try f.database.drafts.load(owner: me.accountID, formKey: QuickLogScreen.draftKey) == nil)
    let queue = try f.database.episodes.followUpQueue(actor: me)
    #expect(queue.count == before + 1)
    #expect(queue.last?.episode.summary == "slog mig i armen, rolig efter 10 min")
    #expect(queue.last?.residentName == "Fatima Al-Sayed")
  }

  @Test func emptyQuickLogIsRefusedAndNothingSaved() throws {
    let f = try AppFixture(user: "nattevagt")
    let before = try f.database.episodes.followUpQueue(actor: f.session.actor).count
    f.keys(.function(6))
    f.keys(.ctrl("s"))
    #expect(f.screen().contains("Skal udfyldes"))
    #expect(try f.database.episodes.followUpQueue(actor: f.session.actor).count == before)
  }

  @Test func completionWithForceOpensSkema1FromTheCatalogue() throws {
    let f = try AppFixture(user: "nattevagt")
    let resident = try f.database.residents.list(for: f.session.actor).first!
    let e = try f.database.episodes.quickLog(
      QuickLog(residentID: resident.id, occurredAt: f.now.addingTimeInterval(-600), summary: "sparkede døren"),
      by: f.session.actor)
    f.shell.reset(to: EpisodeDetailScreen(session: f.session, episodeID: e.id))
    #expect(f.screen().contains("Udfyld episoden"))
    f.keys(.enter)
    f.type("gangen")
    for _ in 0..<9 { f.keys(.tab) }
    f.type("ja")
    f.keys(.enter, .ctrl("s"))
    let screen = f.screen(width: 80, height: 24)
    #expect(screen.contains("Skemaets version: \(Catalogues.shipped.forceForms.skema1.version)"))
    #expect(screen.contains("Ordlyden er ikke verificeret mod styrelsens blanket."))
    #expect(screen.contains(resident.name))
    // The CPR number is masked on screen, as everywhere.
    #expect(screen.contains(resident.cpr.masked) && !screen.contains(resident.cpr.formatted))
    #expect(try f.database.episodes.fetch(id: e.id, actor: f.session.actor).details.forceUsed == true)
    // Every field of the catalogue is on the form, in its order.
    let tall = f.screen(width: 100, height: 80)
    var last = tall.startIndex
    for field in Catalogues.shipped.forceForms.skema1.fields {
      // A label longer than its column ends in "…"; its required mark is never cut.
      let room = ForceFormScreen.labelWidth - 1 - (field.required ? 2 : 0)
      let label = field.label.truncated(toWidth: room) + (field.required ? " *" : "")
      let found = tall.range(of: label, range: last..<tall.endIndex)
      #expect(found != nil, "\(field.id)")
      if let found { last = found.upperBound }
    }
  }

  @Test func typedLetterPicksTheAnswerStartingWithItAndNoMatchIsSaid() throws {
    let f = try AppFixture(user: "nattevagt")
    let resident = try f.database.residents.list(for: f.session.actor).first!
    let e = try f.database.episodes.quickLog(
      QuickLog(residentID: resident.id, occurredAt: f.now.addingTimeInterval(-600), summary: "truede"),
      by: f.session.actor)
    f.shell.reset(
      to: CompletionForm.make(session: f.session, episode: e, residentName: resident.name, context: f.context))
    let screen = try f.form()
    screen.focusField("force")
    // "j" is in "Nej" too, but only "Ja" has a word starting with it; Enter picks and moves on.
    f.type("j")
    f.keys(.enter)
    #expect(screen.value(ofField: "force") == "yes" && screen.focusedKey == "police")
    screen.focusField("force")
    f.type("x")
    #expect(f.screen().contains("Ingen match"))
    f.keys(.enter)
    #expect(screen.isPickerOpen)
    f.keys(.escape)
    #expect(screen.value(ofField: "force") == "yes" && !screen.isPickerOpen)
    #expect(f.shell.top === screen)
  }

  @Test func leaderAssessesAndMarksSent() throws {
    let f = try AppFixture(user: "leder")
    let queue = try f.database.force.openQueue(actor: f.session.actor)
    let item = try #require(queue.first { $0.report.status == .registered } ?? queue.first)
    f.shell.reset(to: ForceReportScreen(session: f.session, reportID: item.report.id))
    #expect(f.screen().contains("Ledelsens vurdering"))
    // One short line, whole even at 60 columns; the full source is in `forms list` and the export.
    #expect(f.screen(width: 60, height: 16).contains("Ordlyden er ikke verificeret mod styrelsens blanket."))
    // Rows: the form, then the four steps of the checklist.
    if item.report.status == .registered {
      f.keys(.home, .down, .down, .enter)
      f.type("Nødvendigt og forholdsmæssigt.")
      f.keys(.ctrl("s"))
      #expect(f.screen().contains("Vurderet – mangler afsendelse"))
    }
    f.keys(.home, .down, .down, .down, .enter)
    f.keys(.ctrl("s"))
    // Sent can't be taken back: asked once, naming the report and the days; nothing is saved yet.
    let form = try f.form()
    #expect(form.isConfirmOpen)
    let day = DateWording.day(f.today)
    #expect(
      (form as? FormScreen<ForceStepField>)?.confirm?.question
        == f.context.texts("episodes.forceReport.sentQuestion", item.report.id, day, day))
    #expect(f.screen().contains("Er du sikker?") && f.screen().contains("Magtanvendelse nr. \(item.report.id)"))
    #expect(try f.database.force.fetch(id: item.report.id, actor: f.session.actor).sentToSupervisorOn == nil)
    f.keys(.char("j"))
    #expect(f.screen().contains("Status: Sendt"))
    let r = try f.database.force.fetch(id: item.report.id, actor: f.session.actor)
    #expect(r.status == .sent && r.sentToSupervisorOn == f.today)
  }

  @Test func markingSentAndCancellingSendsNothingAndKeepsTheForm() throws {
    let f = try AppFixture(user: "leder")
    let report = try AllForms.report(f)
    f.shell.reset(to: [
      f.shell.stack[0], ForceStepForms.make(.sent, session: f.session, report: report, context: f.context),
    ])
    _ = f.screen()
    f.keys(.ctrl("s"))
    #expect(try f.form().isConfirmOpen)
    // "No" is chosen first: Enter alone never sends.
    f.keys(.enter)
    #expect(try f.form().isConfirmOpen == false)
    #expect(f.shell.top is FormScreen<ForceStepField>)
    f.keys(.function(2))
    #expect(try f.form().isConfirmOpen)
    f.keys(.escape)
    #expect(f.shell.top is FormScreen<ForceStepField>)
    let r = try f.database.force.fetch(id: report.id, actor: f.session.actor)
    #expect(r.sentToMunicipalityOn == nil && r.sentToSupervisorOn == nil && r.version == report.version)
  }

  @Test func staffCannotAssess() throws {
    let f = try AppFixture(user: "nattevagt")
    let leader = try f.database.accounts.signIn(username: "leder", password: DemoHome.password)
    let item = try #require(try f.database.force.openQueue(actor: leader).first)
    f.shell.reset(to: ForceReportScreen(session: f.session, reportID: item.report.id))
    _ = f.screen()
    f.keys(.down, .down, .enter)
    #expect(f.screen().contains("Kun en leder"))
    #expect(try f.database.force.fetch(id: item.report.id, actor: leader).version == item.report.version)
  }

  @Test func riskScoreOnTheResidentLineAndHighOnHandover() throws {
    let f = try AppFixture(user: "nattevagt")
    let atRisk = try f.database.risk.atRisk(actor: f.session.actor)
    let resident = try #require(atRisk.first)
    f.shell.reset(to: RiskCheckScreen.make(session: f.session))
    #expect(f.screen().contains(resident.name))
    f.type(String(resident.name.prefix(4)))
    f.keys(.enter)
    #expect(f.screen().contains("Forvirret"))
    for _ in 0..<4 {
      f.keys(.right, .tab)
    }
    f.keys(.ctrl("s"))
    #expect(f.screen().contains("Risikotjek gemt: Høj 4"))
    f.shell.reset(to: ResidentListScreen.make(session: f.session))
    let line = f.screen().split(separator: "\n").first { $0.contains(resident.name) }
    #expect(line?.contains("Høj 4") == true)
    let window = HandoverWindow(unitID: resident.unitID, now: f.now, times: .standard, timeZone: .danish)
    let lines = EpisodesArea.handoverLines(f.session, window: window, texts: f.context.texts)
    #expect(lines.contains { $0.residentName == resident.name && $0.text.contains("score 4") })
  }

  @Test func atRiskMarkingHasItsOwnKeyNotTheFormerResidentsKey() throws {
    let f = try AppFixture(user: "personale")
    let atRisk = Set(try f.database.risk.atRisk(actor: f.session.actor).map(\.id))
    let resident = try #require(try f.database.residents.list(for: f.session.actor).first { !atRisk.contains($0.id) })
    try f.openRecord(resident.id, tab: f.context.texts("episodes.tab.title"))
    #expect(f.screen().contains("F9 Risiko til/fra"))
    f.press(.ctrl("t"))
    #expect(!(try f.database.risk.atRisk(actor: f.session.actor).contains { $0.id == resident.id }))
    f.press(.function(9))
    #expect(try f.database.risk.atRisk(actor: f.session.actor).contains { $0.id == resident.id })
    f.press(.function(1))
    #expect(f.screen(width: 100, height: 50).contains("Markerer beboeren i risiko"))
    #expect(CommandTable.command(.markAtRisk).defaultKeys != CommandTable.command(.toggleFormer).defaultKeys)
  }

  @Test func screensFitSixtyBySixteen() throws {
    let f = try AppFixture(user: "leder")
    f.keys(.function(6))
    let quick = f.screen(width: 60, height: 16)
    #expect(quick.contains("Beboer *") && quick.contains("Ctrl-S"))
    f.keys(.escape)
    f.shell.reset(to: FollowUpListScreen.make(session: f.session))
    let list = f.screen(width: 60, height: 16)
    #expect(list.contains("Tidspunkt") && list.contains("Enter Åbn"))
  }
}
