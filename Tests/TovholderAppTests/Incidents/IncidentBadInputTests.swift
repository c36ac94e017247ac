import Foundation
import TerminalUI
import Testing
import TovholderCore
import TovholderStorage

@testable import TovholderApp

/// The "Bad input" list, one by one, on the registration form and the leaders' screens.
@Suite(.serialized) struct IncidentBadInputTests {
  static func day(_ offset: Int) -> String {
    DateWording.day(CalendarDay(AppFixture.start, in: .danish).adding(days: offset))
  }

  /// F5 with every required field filled; `changes` overrides values.
  static func filledForm(_ f: AppFixture, _ changes: [String: String] = [:]) throws -> IncidentFormScreen {
    f.keys(.function(5))
    let screen = try #require(f.shell.top as? IncidentFormScreen)
    var values = [
      "headline": "Fald i gangen æøå", "category": "3", "date": day(0), "time": "10:00", "certainty": "0",
      "place": "Gangen", "actual": "1", "possible": "2", "course": "Gled på gulvet.",
    ]
    values.merge(changes) { $1 }
    screen.form.setValues(values)
    return screen
  }

  func ownCount(_ f: AppFixture) throws -> Int { try f.database.incidents.own(by: f.session.actor).count }

  @Test func theFilledFormSaves() throws {
    let f = try AppFixture(user: "personale")
    let before = try ownCount(f)
    _ = try Self.filledForm(f)
    f.keys(.ctrl("s"))
    #expect(try ownCount(f) == before + 1)
  }

  @Test func aDateInTheFutureIsRefusedInDanishAndKept() throws {
    let f = try AppFixture(user: "personale")
    let before = try ownCount(f)
    _ = try Self.filledForm(f, ["date": Self.day(1)])
    f.keys(.ctrl("s"))
    #expect(f.screen().contains("Hændelsen kan ikke ligge i fremtiden."))
    #expect(f.shell.top is IncidentFormScreen && f.screen().contains(Self.day(1)))
    #expect(try ownCount(f) == before)
  }

  @Test func aTimeWithoutADateSaysSo() throws {
    let f = try AppFixture(user: "personale")
    let before = try ownCount(f)
    _ = try Self.filledForm(f, ["date": ""])
    f.keys(.ctrl("s"))
    #expect(f.screen().contains("Et tidspunkt kræver en dato."))
    #expect(try ownCount(f) == before)
  }

  @Test func aMissingRequiredFieldIsNamed() throws {
    let f = try AppFixture(user: "personale")
    let before = try ownCount(f)
    _ = try Self.filledForm(f, ["place": ""])
    f.keys(.ctrl("s"))
    #expect(f.screen().contains("Skal udfyldes."))
    #expect(try ownCount(f) == before)
  }

  /// A paste longer than the field allows is refused whole, with a message; the text typed
  /// before it stays in the field and in the draft (issue 17).
  @Test func aHundredKilobytePasteIsRefusedWholeAndTheDraftKeepsWhatWasTyped() throws {
    let f = try AppFixture(user: "personale")
    let before = try ownCount(f)
    let screen = try Self.filledForm(f, ["course": "Kort forløb"])
    screen.form.setFocus(id: "course")
    var big = ""
    while big.utf8.count < 100_000 { big += "Beboeren gik en tur i haven og kom glad tilbage. " }
    f.press(.paste(big))
    #expect(f.screen().contains("intet indsat"))
    #expect(screen.form.value("course") == "Kort forløb")
    #expect(try ownCount(f) == before)
    let draft = try #require(try f.database.drafts.load(owner: f.session.actor.accountID, formKey: "incident.new"))
    #expect(DraftCoding.decode(draft.payload)["course"] == "Kort forløb")
  }

  @Test func aDraftKeepsItsCategoryByCodeAndSaysWhenItLeftTheCatalogue() throws {
    let f = try AppFixture(user: "personale")
    let owner = f.session.actor.accountID
    // Saved when "fall" was the first option: opened by its code, not its old place.
    try f.database.drafts.save(
      owner: owner, formKey: "incident.new",
      payload: DraftCoding.encode(["headline": "Fald", "category": "0", "categoryCode": "fall"]))
    f.keys(.function(5))
    var screen = try #require(f.shell.top as? IncidentFormScreen)
    #expect(screen.fields.category(screen.form)?.code == "fall")
    f.keys(.escape)
    try f.database.drafts.save(
      owner: owner, formKey: "incident.new",
      payload: DraftCoding.encode(["headline": "Løftet", "category": "2", "categoryCode": "lift"]))
    f.keys(.function(5))
    screen = try #require(f.shell.top as? IncidentFormScreen)
    #expect(screen.fields.category(screen.form) == nil)
    #expect(f.screen().contains("Kategorien findes ikke længere i kataloget"))
    #expect(f.screen().contains("Løftet"))
  }

  @Test func eventsOfARetiredCategoryKeepTheirNameInQueueAndStatistics() throws {
    let f = try AppFixture(user: "leder")
    var catalogue = Catalogues.shipped.incidents
    catalogue.categories.append(IncidentCategory(code: "lift", name: "Lift og sejl", nameEnglish: "Lift"))
    let report = IncidentReport(
      unitID: f.session.actor.unitIDs.sorted()[0], place: "Badeværelset",
      time: IncidentTime(day: f.today, minuteOfDay: nil, certainty: .unknown),
      categoryCode: "lift", headline: "Zzz sejlet gav efter", description: IncidentDescription(course: "Revnede"),
      actual: .none, possible: .moderate)
    _ = try f.database.incidents.register(report, catalogue: catalogue, by: f.session.actor)
    f.openMenu("UTH-kø")
    f.keys(.end)
    let queue = f.screen()
    #expect(queue.contains("Lift og sejl") && queue.contains("Zzz sejlet gav efter"))
    f.keys(.escape)
    f.openMenu("UTH-statistik")
    f.keys(.end)
    #expect(f.screen(width: 80, height: 30).contains("Lift og sejl"))
  }
}
