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
  static func filledForm(_ f: AppFixture, _ changes: [String: String] = [:]) throws -> FormScreen<IncidentField> {
    f.keys(.function(5))
    let screen = try #require(f.shell.top as? FormScreen<IncidentField>)
    var values = [
      "headline": "Fald i gangen æøå", "category": Catalogues.shipped.incidents.categories[3].code, "date": day(0),
      "time": "10:00", "certainty": "known", "place": "Gangen", "actual": "1", "possible": "2",
      "course": "Gled på gulvet.",
    ]
    values.merge(changes) { $1 }
    for (key, value) in values {
      #expect(screen.setValue(try #require(IncidentField(rawValue: key)), value), "\(key): \(value)")
    }
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
    #expect(f.shell.top is FormScreen<IncidentField> && f.screen().contains(Self.day(1)))
    #expect(try ownCount(f) == before)
  }

  /// The date is required: a time without one is refused at the date, with focus there.
  @Test func aTimeWithoutADateAsksForTheDate() throws {
    let f = try AppFixture(user: "personale")
    let before = try ownCount(f)
    let screen = try Self.filledForm(f, ["date": ""])
    f.keys(.ctrl("s"))
    #expect(screen.focusedID == .date)
    #expect(screen.form.fields[try #require(screen.index(of: .date))].message == "Skal udfyldes.")
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
    screen.focus(.course)
    var big = ""
    while big.utf8.count < 100_000 { big += "Beboeren gik en tur i haven og kom glad tilbage. " }
    f.press(.paste(big))
    #expect(f.screen().contains("intet indsat"))
    #expect(screen.value(.course) == "Kort forløb")
    #expect(try ownCount(f) == before)
    let draft = try #require(
      try f.database.drafts.find(owner: f.session.actor.accountID, formKey: "incident.new").first)
    #expect(DraftCoding.decode(draft.payload)["course"] == "Kort forløb")
  }

  @Test func aDraftKeepsItsCategoryByCodeAndSaysWhenItLeftTheCatalogue() throws {
    let f = try AppFixture(user: "personale")
    let owner = f.session.actor.accountID
    // The draft keeps the category by its code: the catalogue's order may change meanwhile.
    _ = try f.database.drafts.save(
      id: nil, owner: owner, session: f.session.id, formKey: "incident.new", startedAt: f.context.clock(),
      payload: DraftCoding.encode(["headline": "Fald", "category": "fall"]))
    f.keys(.function(5))
    #expect(f.screen().contains("Du har en kladde af denne formular"))
    f.keys(.enter)  // continue the draft
    var screen = try #require(f.shell.top as? FormScreen<IncidentField>)
    #expect(screen.value(.category) == "fall" && screen.label(of: .category).contains("Fald"))
    f.keys(.escape)
    _ = try f.database.drafts.save(
      id: nil, owner: owner, session: f.session.id, formKey: "incident.new", startedAt: f.context.clock(),
      payload: DraftCoding.encode(["headline": "Løftet", "category": "lift"]))
    f.keys(.function(5), .enter)
    screen = try #require(f.shell.top as? FormScreen<IncidentField>)
    #expect(screen.value(.category) == "")
    #expect(f.screen().contains("Det valgte findes ikke længere"))
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
