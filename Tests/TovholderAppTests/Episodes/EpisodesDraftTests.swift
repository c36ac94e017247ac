import Foundation
import TerminalUI
import Testing
import TovholderCore
import TovholderStorage

@testable import TovholderApp

/// Every episodes form is a draft from the first key and comes back whole after a crash: a
/// second program on the same database file signs in and opens the draft from the list.
@Suite(.serialized) struct EpisodesDraftTests {
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
    let typed = try f.form().values
    #expect(typed["text"]?.hasSuffix("Nødvendigt – ÆØÅ æøå \"citat\" {0}\nAnden linje: 作者 ½") == true)
    let restored = try f.restoreAfterCrash(user: "leder", formKey: ForceStepForms.draftKey(.assess, report.id))
    #expect(restored.values == typed)
    #expect(restored.draftFormKey == ForceStepForms.draftKey(.assess, report.id))
  }

  @Test func sentAndInformedComeBack() throws {
    let f = try AppFixture(user: "leder")
    let report = try registeredReport(f)
    f.shell.reset(to: ForceStepForms.make(.sent, session: f.session, report: report, context: f.context))
    let before = try f.form().values
    f.press(.ctrl("u"))
    f.type("3-1-2026")
    let sent = try f.form().values
    #expect(sent != before)
    f.shell.reset(to: ForceStepForms.make(.informed, session: f.session, report: report, context: f.context))
    f.type("Værge Åse Ørum-Ærø")
    let informed = try f.form().values
    #expect(informed["who"]?.hasSuffix("Værge Åse Ørum-Ærø") == true)
    let a = try f.restoreAfterCrash(user: "leder", formKey: ForceStepForms.draftKey(.sent, report.id))
    #expect(a.values == sent)
    let b = try f.restoreAfterCrash(user: "leder", formKey: ForceStepForms.draftKey(.informed, report.id))
    #expect(b.values == informed)
  }

  @Test func riskCheckComesBack() throws {
    let f = try AppFixture(user: "nattevagt")
    let resident = try #require(try f.database.risk.atRisk(actor: f.session.actor).first)
    f.shell.reset(to: RiskCheckScreen.form(session: f.session, resident: resident, context: f.context))
    f.press(.right, .tab, .tab, .right)
    let typed = try f.form().values
    let restored = try f.restoreAfterCrash(user: "nattevagt", formKey: "risk.check.\(resident.id)")
    #expect(restored.values == typed)
    // The first item's answer is kept by its score (1: yes).
    #expect(restored.value(ofField: Catalogues.shipped.riskChecklist.items[0].id) == "1")
  }
}
