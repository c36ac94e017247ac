import Foundation
import TerminalUI
import Testing
import TovholderCore
import TovholderStorage

@testable import TovholderApp

extension AppFixture {
  func keys(_ keys: Key...) { for k in keys { press(k) } }
}

@Suite(.serialized) struct IncidentsScreenTests {
  @Test func f5RegistersFromAnyScreenWithSeverityAndWarning() throws {
    let f = try AppFixture(user: "personale")
    let before = try f.database.incidents.own(by: f.session.actor).count
    f.openMenu("Beboere")
    f.keys(.function(5))
    #expect(f.screen().contains("Alvorlighed: –") && f.screen().contains("Overskrift *"))
    let residents = try f.database.residents.list(for: f.session.actor)
    let resident = try #require(residents.first)
    let firstName = String(resident.name.split(separator: " ")[0])
    f.type("Fald ved \(firstName) – æøå")
    #expect(f.screen().contains("⚠ Teksten nævner en beboer: \(firstName)"))
    // Issue 15: twelve keys at most besides the text. The category by a letter, the place,
    // the resident by name (who decides the unit, so focus skips it), the consequences by
    // letters; the date is today and, no time typed, the time is unknown.
    var keys = 1  // F5
    func press(_ k: Key...) {
      keys += k.count
      for key in k { f.press(key) }
    }
    press(.tab, .char("f"), .enter)
    #expect((f.shell.top as? FormScreen<IncidentField>)?.focusedID == .place)
    f.type("Badeværelset")
    press(.tab)
    f.type(firstName)
    press(.enter)
    let form = try #require(f.shell.top as? FormScreen<IncidentField>)
    #expect(form.focusedID == .actual)
    press(.char("m"), .enter, .char("m"), .char("o"), .enter)
    #expect(f.screen().contains("Alvorlighed: Lettere"))
    #expect(form.focusedID == .course)
    f.type("Gled på gulvet; rejste sig selv.")
    press(.ctrl("s"))
    #expect(keys <= 12)
    #expect(f.screen().contains("er registreret"))
    let own = try f.database.incidents.own(by: f.session.actor)
    #expect(own.count == before + 1)
    #expect(own[0].headline == "Fald ved \(firstName) – æøå" && own[0].severity == .minor)
    let chosen = try #require(own[0].residentID.flatMap { id in residents.first { $0.id == id } })
    #expect(chosen.name.hasPrefix(firstName) && own[0].unitID == chosen.unitID)
    let saved = try f.database.incidents.get(own[0].id, by: f.session.actor)
    #expect(saved.report.time.day == f.today && saved.report.time.certainty == .unknown)
    #expect(try f.database.drafts.load(owner: f.session.actor.accountID, formKey: "incident.new") == nil)
  }

  /// The time's certainty follows what is typed in the time field: a time is known, none is
  /// unknown; an estimate chosen stays while a time is there. Still changeable by hand.
  @Test func theTimeCertaintyFollowsTheTimeTyped() throws {
    let f = try AppFixture(user: "personale")
    f.keys(.function(5))
    let form = try #require(f.shell.top as? FormScreen<IncidentField>)
    #expect(form.value(.time) == "" && form.value(.certainty) == "unknown")
    #expect(form.value(.date) == DateWording.day(f.today))
    form.focus(.time)
    f.type("0240")
    #expect(form.value(.certainty) == "known")
    #expect(f.screen(width: 80, height: 40).contains("kendt"))
    form.setValue(.certainty, "estimated")
    f.keys(.backspace)
    f.type("5")
    #expect(form.value(.certainty) == "estimated")
    for _ in 0..<6 { f.keys(.backspace) }
    #expect(form.value(.time) == "" && form.value(.certainty) == "unknown")
  }

  @Test func missingFieldsAndFutureDateKeepTheForm() throws {
    let f = try AppFixture(user: "personale")
    f.keys(.function(5))
    f.type("Kun en overskrift")
    f.keys(.ctrl("s"))
    #expect(f.screen().contains("Skal udfyldes."))
    #expect(f.screen().contains("Overskrift *"))
    // The typed text is kept as a draft: leave and come back.
    f.keys(.escape)
    f.keys(.function(5))
    #expect(f.screen().contains("Kun en overskrift"))
  }

  @Test func medicineFieldsAppearForMedicineCategory() throws {
    let f = try AppFixture(user: "personale")
    f.keys(.function(5))
    #expect(!f.screen().contains("Lægemiddel"))
    f.keys(.tab)
    f.type("Medicin – adm")
    f.keys(.enter)
    #expect(f.screen().contains("Lægemiddel"))
    #expect(f.screen().contains("Aktivt stof"))
  }

  @Test func leaderClosesAndReporterSeesFeedback() throws {
    let staff = try AppFixture(user: "personale")
    let catalogue = Catalogues.shipped.incidents
    let report = IncidentReport(
      unitID: staff.session.actor.unitIDs.sorted()[0], place: "Køkkenet",
      time: IncidentTime(day: staff.today, minuteOfDay: nil, certainty: .unknown),
      categoryCode: "fall", headline: "Zzz testfald æøå", description: IncidentDescription(course: "Gled"),
      actual: .none, possible: .mild)
    let saved = try staff.database.incidents.register(report, catalogue: catalogue, by: staff.session.actor)
    let leaderActor = try staff.database.accounts.signIn(username: "leder", password: DemoHome.password)
    let session = Session(database: staff.database, actor: leaderActor, unitNames: staff.session.unitNames)
    let context = AppContext(texts: Texts(language: .da), clock: staff.clock.clock)
    context.session = session
    let queue = IncidentListScreens.queue(session: session)
    var buffer = Buffer(width: 80, height: 20)
    _ = queue.draw(into: &buffer, area: Rect(x: 0, y: 0, width: 80, height: 20), context: context)
    let text = buffer.lines().joined(separator: "\n")
    #expect(text.contains("Zzz testfald æøå"))
    #expect(text.contains("Dage"))
    let incident = try staff.database.incidents.get(saved.id, by: leaderActor)
    let review = IncidentReviewScreen(session: session, incident: incident, context: context)
    _ = review.perform(.incidentStartReview, context: context)
    #expect(review.incident.status == .underReview)
    for c in "Vådt gulv" { _ = review.handle(.char(c), context: context) }
    _ = review.handle(.tab, context: context)
    for c in "Køb måtte; Teamleder; 31-12-2099" { _ = review.handle(.char(c), context: context) }
    _ = review.handle(.tab, context: context)
    for c in "Tak for din indberetning" { _ = review.handle(.char(c), context: context) }
    _ = review.perform(.save, context: context)
    // Closing can't be undone: asked once, and nothing happens until it is answered yes.
    #expect(review.confirm?.question.contains("Afslut UTH nr. \(saved.id)") == true)
    #expect(review.incident.status == .underReview)
    _ = review.handle(.char("j"), context: context)
    #expect(review.incident.status == .closed)
    let seen = try staff.database.incidents.get(saved.id, by: staff.session.actor)
    let view = IncidentViewScreen(session: staff.session, incident: seen)
    var b2 = Buffer(width: 80, height: 24)
    _ = view.draw(into: &b2, area: Rect(x: 0, y: 0, width: 80, height: 24), context: staff.context)
    let shown = b2.lines().joined(separator: "\n")
    #expect(shown.contains("Tak for din indberetning"))
    #expect(shown.contains("Afsluttet"))
    #expect(shown.contains("Køb måtte – Teamleder, senest 31-12-2099"))
  }

  @Test func rejectWithReasonFromThePicker() throws {
    let f = try AppFixture(user: "leder")
    let open = try f.database.incidents.queue(IncidentQueueFilter(status: .registered), by: f.session.actor)
    let incident = try f.database.incidents.get(try #require(open.first).id, by: f.session.actor)
    let review = IncidentReviewScreen(session: f.session, incident: incident, context: f.context)
    f.shell.reset(to: [f.shell.stack[0], review])
    f.press(.function(8))
    #expect(f.screen().contains("Arbejdsmiljøsag"))
    f.press(.down, .enter)
    // The reason opens the form for its comment; Ctrl-S asks once, naming the reason.
    #expect(f.shell.stack.count == 3)
    f.type("Givet videre til arbejdsmiljøudvalget")
    f.press(.ctrl("s"))
    #expect(f.screen().contains("Arbejdsmiljøsag"))
    #expect(try f.database.incidents.get(incident.id, by: f.session.actor).status == .registered)
    f.press(.char("j"))
    let rejected = try f.database.incidents.get(incident.id, by: f.session.actor)
    #expect(rejected.status == .rejected && rejected.rejection == .workEnvironment)
    #expect(rejected.rejectionComment == "Givet videre til arbejdsmiljøudvalget")
  }

  @Test func statisticsScreenShowsTableChartsAndBoard() throws {
    let f = try AppFixture(user: "leder")
    f.openMenu("UTH-statistik")
    var s = f.screen()
    #expect(s.contains("Dage uden medicineringsfejl"))
    #expect(s.contains("Pr. kategori") && s.contains("I alt"))
    f.keys(.tab, .tab)
    s = f.screen()
    #expect(s.contains("█"))
    f.keys(.tab)
    #expect(f.screen().contains("Median"))
    #expect(!f.screen(width: 60, height: 16).contains("incidents."))
  }

  @Test func staffSeeNoQueueOrStatistics() throws {
    let f = try AppFixture(user: "personale")
    let s = f.screen()
    #expect(s.contains("Mine UTH'er") && !s.contains("UTH-kø") && !s.contains("UTH-statistik"))
    let admin = try AppFixture(user: "admin")
    admin.keys(.function(5))
    #expect(!admin.screen().contains("Overskrift *"))
  }
}

@Suite struct IncidentsBatchScreenTests {
  @Test func monthlyBatchReportFromTheQueue() throws {
    let f = try AppFixture(user: "leder")
    let lastMonth = IncidentMonth(f.today).previous
    let unit = f.session.actor.unitIDs.sorted()[0]
    let report = IncidentReport(
      unitID: unit, place: "Gangen",
      time: IncidentTime(day: lastMonth.firstDay.adding(days: 2), minuteOfDay: 600, certainty: .estimated),
      categoryCode: "fall", headline: "Lille fald i gangen", description: IncidentDescription(course: "Snublede"),
      actual: .none, possible: .mild)
    _ = try f.database.incidents.register(report, catalogue: Catalogues.shipped.incidents, by: f.session.actor)
    func shown() -> String {
      let screen = IncidentBatchScreen(session: f.session, context: f.context)
      var buffer = Buffer(width: 80, height: 40)
      _ = screen.draw(into: &buffer, area: Rect(x: 0, y: 0, width: 80, height: 40), context: f.context)
      return buffer.lines().joined(separator: "\n")
    }
    let first = shown()
    #expect(first.contains("Samlet månedlig indberetning af utilsigtede hændelser"))
    #expect(first.contains("Lille fald i gangen"))
    #expect(shown().contains("allerede indberettet samlet"))
  }
}
