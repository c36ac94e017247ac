import Foundation
import TerminalUI
import Testing
import TovholderCore
import TovholderStorage

@testable import TovholderApp

/// Every episodes form is a draft from the first key and comes back whole after a crash: a
/// second program on the same database file signs in and opens the draft from the list.
@Suite(.serialized) struct EpisodesDraftTests {
  /// The form on top of `f` right now (what was typed).
  func form(_ f: AppFixture) throws -> EpisodesFormScreen { try #require(f.shell.top as? EpisodesFormScreen) }

  /// Drops the first program's screens and opens `formKey` from the drafts list of a new one.
  func restoreAfterCrash(_ f: AppFixture, user: String, formKey: String) throws -> EpisodesFormScreen {
    let database = try AppDatabase.open(
      at: f.url, options: .init(passwordHashing: .fastForTesting, clock: f.clock.clock))
    let context = AppContext(texts: Texts(language: .da), clock: f.clock.clock)
    let flow = SessionFlow(database: database, context: context)
    let shell = Shell(root: flow.firstScreen(), context: context)
    let actor = try database.accounts.signIn(username: user, password: DemoHome.password)
    guard case .replace(let first) = flow.signedIn(actor) else { throw CancellationError() }
    shell.reset(to: first)
    #expect(shell.render(size: Size(width: 80, height: 24)).0.text.contains("Kladder"))
    let drafts = try database.drafts.list(owner: actor.accountID)
    let row = try #require(drafts.firstIndex { $0.formKey == formKey })
    for _ in 0..<row { shell.handle(.down) }
    shell.handle(.enter)
    _ = shell.render(size: Size(width: 80, height: 24))
    return try #require(shell.top as? EpisodesFormScreen)
  }

  func registeredReport(_ f: AppFixture) throws -> ForceReport {
    let queue = try f.database.force.openQueue(actor: f.session.actor)
    return try #require(queue.first { $0.report.status == .registered } ?? queue.first).report
  }

  @Test func assessmentComesBackEveryCharacter() throws {
    let f = try AppFixture(user: "leder")
    let report = try registeredReport(f)
    f.shell.reset(to: ForceStepForms.make(.assess, session: f.session, report: report, context: f.context))
    f.type("Nødvendigt – ÆØÅ æøå \"citat\" {0}")
    f.press(.enter)
    f.type("Anden linje: 作者 ½")
    let typed = try form(f).form.values
    #expect(typed["text"]?.hasSuffix("Nødvendigt – ÆØÅ æøå \"citat\" {0}\nAnden linje: 作者 ½") == true)
    let restored = try restoreAfterCrash(f, user: "leder", formKey: ForceStepForms.draftKey(.assess, report.id))
    #expect(restored.form.values == typed)
    #expect(restored.draftKey == ForceStepForms.draftKey(.assess, report.id))
  }

  @Test func sentAndInformedComeBack() throws {
    let f = try AppFixture(user: "leder")
    let report = try registeredReport(f)
    f.shell.reset(to: ForceStepForms.make(.sent, session: f.session, report: report, context: f.context))
    let before = try form(f).form.values
    f.press(.ctrl("u"))
    f.type("3-1-2026")
    let sent = try form(f).form.values
    #expect(sent != before)
    f.shell.reset(to: ForceStepForms.make(.informed, session: f.session, report: report, context: f.context))
    f.type("Værge Åse Ørum-Ærø")
    let informed = try form(f).form.values
    #expect(informed["who"]?.hasSuffix("Værge Åse Ørum-Ærø") == true)
    let a = try restoreAfterCrash(f, user: "leder", formKey: ForceStepForms.draftKey(.sent, report.id))
    #expect(a.form.values == sent)
    let b = try restoreAfterCrash(f, user: "leder", formKey: ForceStepForms.draftKey(.informed, report.id))
    #expect(b.form.values == informed)
  }

  @Test func riskCheckComesBack() throws {
    let f = try AppFixture(user: "nattevagt")
    let resident = try #require(try f.database.risk.atRisk(actor: f.session.actor).first)
    f.shell.reset(to: RiskCheckScreen.form(session: f.session, resident: resident, context: f.context))
    f.press(.right, .tab, .tab, .right)
    let typed = try form(f).form.values
    let restored = try restoreAfterCrash(f, user: "nattevagt", formKey: "risk.check.\(resident.id)")
    #expect(restored.form.values == typed)
    #expect(restored.form.value(Catalogues.shipped.riskChecklist.items[0].id) == "Ja")
  }
}
