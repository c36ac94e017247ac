import Foundation
import Testing
import TovholderCore

@Suite struct EpisodesForceFlowTests {
  let registered = Date(timeIntervalSince1970: 1_741_051_200)  // 2025-03-04 02:20 Copenhagen

  func report(_ form: ForceForm, answers: [String: String]) -> ForceReport {
    ForceReport(
      id: 7, residentID: 3, episodeID: 2, form: .skema1, formVersion: form.version, answers: answers,
      registeredBy: 2, registeredByName: "Sofie Ærenlund", registeredAt: registered)
  }

  @Test func statusFollowsTheFlow() throws {
    let form = try EpisodesCatalogueFiles.form(.skema1)
    var r = report(form, answers: [:])
    #expect(r.status == .registered)
    let today = CalendarDay(year: 2025, month: 3, day: 10)!
    #expect(throws: ForceFlowError.notAssessed) {
      try ForceFlow.checkSent(municipality: today, supervisor: today, report: r, today: today)
    }
    #expect(throws: ForceFlowError.emptyAssessment) { try ForceFlow.checkAssessment("", report: r) }
    r.assessment = "Nødvendigt"
    r.assessedAt = registered.addingTimeInterval(86_400)
    #expect(r.status == .assessed)
    #expect(throws: ForceFlowError.dateInFuture) {
      try ForceFlow.checkSent(
        municipality: CalendarDay(year: 2025, month: 3, day: 11)!, supervisor: today, report: r, today: today)
    }
    #expect(throws: ForceFlowError.dateBeforeRegistration) {
      try ForceFlow.checkSent(
        municipality: CalendarDay(year: 2025, month: 3, day: 3)!, supervisor: today, report: r, today: today)
    }
    r.sentToMunicipalityOn = today
    #expect(r.status == .assessed)
    r.sentToSupervisorOn = today
    #expect(r.status == .sent)
    #expect(throws: ForceFlowError.alreadySent) { try ForceFlow.checkAssessment("mere", report: r) }
    #expect(throws: ForceFlowError.emptyInformedWho) {
      try ForceFlow.checkInformed(on: today, who: " ", report: r, today: today)
    }
  }

  @Test func onlyLeadersOfTheUnitAssess() {
    #expect(ForceFlow.canAssess(Actor(accountID: 1, displayName: "L", role: .leader, unitIDs: [4]), unitID: 4))
    #expect(!ForceFlow.canAssess(Actor(accountID: 1, displayName: "L", role: .leader, unitIDs: [5]), unitID: 4))
    #expect(!ForceFlow.canAssess(Actor(accountID: 2, displayName: "S", role: .staff, unitIDs: [4]), unitID: 4))
  }

  @Test func exportFollowsTheFormsOrderAndStatesFormAndVersion() throws {
    let form = try EpisodesCatalogueFiles.form(.skema1)
    var r = report(form, answers: EpisodesForceFormTests.filledSkema1(form))
    r.answers["indgrebet"] = "Fastholdt armene\nca. 2 min"
    let ctx = ForceReportText.Context(
      residentName: "Bjørn Ågård", residentCPR: "010190-1234", unitName: "Egehuset", homeName: "Solbakken")
    let text = try ForceReportText.render(r, form: form, context: ctx, wording: .da)
    #expect(text.hasPrefix("Skema 1"))
    #expect(text.contains("version \(form.version)"))
    #expect(text.contains("Indberetning nr. 7 · registreret 04-03-2025 02:20 af Sofie Ærenlund"))
    #expect(text.contains("[ordlyd ikke verificeret]"))
    #expect(text.contains("Ordlydens kilde: Ikke den officielle ordlyd"))
    #expect(text.contains("  Fastholdt armene\n  ca. 2 min"))
    // Issue 15: the date answers (kept as ISO) read dd-mm-yyyy.
    let dateLabel = try #require(form.fields.first { $0.kind == .date }).label
    let dateLine = text.split(separator: "\n").first { $0.hasPrefix(dateLabel) }
    #expect(dateLine?.hasSuffix(": 04-03-2025") == true && !text.contains("2025-03-04"))
    #expect(text.contains("(endnu ikke vurderet)"))
    // Issue 15: a paragraph chosen prints with its plain title where the catalogue has one.
    let basis = try #require(form.fields.first { $0.id == "hjemmel" })
    let chosen = try #require(r.answers["hjemmel"])
    let basisLine = text.split(separator: "\n").first { $0.hasPrefix(basis.label) }
    #expect(basisLine?.hasSuffix(": \(basis.titled(chosen))") == true)
    var titled = r
    titled.answers["hjemmel"] = "§ 124 c"
    #expect(
      try ForceReportText.render(titled, form: form, context: ctx, wording: .da).contains(
        ": § 124 c – Kortvarig fastholdelse for at afværge ødelæggelse af ting"))
    var last = text.startIndex
    for field in form.fields {
      let range = text.range(of: field.label, range: last..<text.endIndex)
      #expect(range != nil, "\(field.id) out of order")
      if let range { last = range.upperBound }
    }
    var other = r
    other.formVersion = "1999"
    #expect(throws: ForceFormError.versionMismatch(report: "1999", catalogue: form.version)) {
      try ForceReportText.render(other, form: form, context: ctx, wording: .da)
    }
  }
}
