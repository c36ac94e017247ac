import Foundation
import TerminalUI
import Testing
import TovholderCore
import TovholderStorage

@testable import TovholderApp

@MainActor
@Suite struct HealthFormTests {
  func resident(_ f: AppFixture) throws -> Resident {
    try #require(try f.database.residents.list(for: f.session.actor).first)
  }

  @Test func consentIsRecordedAndShownOnTheTab() throws {
    let f = try AppFixture(user: "personale")
    let r = try resident(f)
    f.shell.reset(to: HealthConsentFormScreen.make(session: f.session, resident: r, context: f.context))
    var screen = f.screen()
    #expect(screen.contains("Samtykke til sundhedsoplysninger"))
    f.shell.handle(.ctrl("s"))
    #expect(f.screen().contains("Skal udfyldes."))
    f.type("tr")  // opens the picker filtered on "tr": Trukket tilbage
    f.shell.handle(.enter)
    f.shell.handle(.down)
    f.shell.handle(.down)
    f.shell.handle(.down)
    f.type("Sagt til kontaktpersonen")
    f.shell.handle(.ctrl("s"))
    screen = f.screen()
    #expect(screen.contains("Samtykket er registreret."))
    let overview = try f.database.health.overview(residentID: r.id, actor: f.session.actor)
    #expect(overview.consent?.status == .withdrawn)
    #expect(overview.consent?.note == "Sagt til kontaktpersonen")
    #expect(throws: StorageError.health(.noHealthConsent)) {
      try f.database.health.exportSummary(residentID: r.id, actor: f.session.actor)
    }
  }

  @Test func addingAScreeningWithItsOwnInterval() throws {
    let f = try AppFixture(user: "personale")
    let r = try resident(f)
    let before = try f.database.health.overview(residentID: r.id, actor: f.session.actor)
    let choice = try #require(before.unassigned.first)
    f.shell.reset(
      to: ScreeningAssignmentFormScreen.make(
        session: f.session, resident: r, choices: before.unassigned, context: f.context)
    )
    #expect(f.screen().contains("Tilføj screening"))
    f.shell.handle(.enter)  // opens the picker
    f.shell.handle(.enter)  // takes the first template and moves on to the interval
    f.type("3 uger")
    f.shell.handle(.ctrl("s"))
    #expect(f.screen().contains("Skriv f.eks. 14d, 2u, 3m eller 1å."))
    for _ in 0..<6 { f.shell.handle(.backspace) }
    f.type("3u")
    f.shell.handle(.ctrl("s"))
    #expect(f.screen().contains("Screeningen er gemt."))
    let after = try f.database.health.overview(residentID: r.id, actor: f.session.actor)
    let item = try #require(after.items.first { $0.template.key == choice.key })
    #expect(item.assignment.interval == ScreeningInterval("3w"))
  }

  @Test func numberFieldsTakeDanishCommaAndRefuseWords() throws {
    let f = try AppFixture(user: "personale")
    let r = try resident(f)
    let template = try #require(f.session.screeningTemplate("bloodSugar"))
    f.shell.reset(to: ScreeningFormScreen.make(session: f.session, resident: r, template: template, context: f.context))
    // Letters are refused as they are typed, and the field says what goes there.
    f.type("fem")
    #expect(f.screen().contains("Her skrives kun et tal."))
    #expect(try f.form().value(ofField: template.fields[0].key) == "")
    f.type("12,4")
    f.shell.handle(.ctrl("s"))
    #expect(f.screen().contains("Gemt og markeret: Blodsukker 12,4 mmol/l er over normalen (7,8 mmol/l)"))
  }

  @Test func responsiblePersonIsPickedAmongTheUnitsStaffAndShownOnTheDueList() throws {
    let f = try AppFixture(user: "leder")
    let r = try resident(f)
    let item = try #require(try f.database.health.overview(residentID: r.id, actor: f.session.actor).items.first)
    let people = try f.database.health.responsibleChoices(residentID: r.id, actor: f.session.actor)
    let pick = try #require(people.first { $0.id != r.contactPersonID })
    f.shell.reset(
      to: ScreeningAssignmentFormScreen.make(session: f.session, resident: r, editing: item, context: f.context))
    #expect(f.screen().contains("kontaktpersonen ("))
    f.press(.down, .down, .enter)  // interval, first time, responsible: opens the picker
    for _ in 0..<(people.firstIndex { $0.id == pick.id }! + 1) { f.press(.down) }
    f.press(.enter)
    #expect(f.screen().contains(pick.name))
    // Kept as a draft until saved.
    let key = "screening.assign.\(r.id).\(item.template.key)"
    let draft = try #require(try f.database.drafts.load(owner: f.session.actor.accountID, formKey: key))
    // The person is kept by account id, not by place in the list.
    #expect(DraftCoding.decode(draft.payload)["responsible"] == String(pick.id))
    #expect(try f.reopen(draft).value(ofField: "responsible") == String(pick.id))
    f.press(.ctrl("s"))
    #expect(f.screen().contains("Screeningen er gemt."))
    #expect(try f.database.drafts.load(owner: f.session.actor.accountID, formKey: key) == nil)
    let after = try f.database.health.overview(residentID: r.id, actor: f.session.actor)
    #expect(after.items.first { $0.template.key == item.template.key }?.assignment.responsibleID == pick.id)
    let due = try f.database.health.dueList(actor: f.session.actor, until: .later)
    #expect(due.first { $0.assignmentID == item.assignment.id }?.responsibleName == pick.name)
  }
}
