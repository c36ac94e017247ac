import Foundation
import TerminalUI
import Testing
import TovholderCore
import TovholderStorage

@testable import TovholderApp

/// The guardianship screens and the expectations meeting's date, from the Relatives tab.
@Suite(.serialized) struct GuardianshipScreenTests {
  /// A resident whose network is just Ole, with the record open on the Relatives tab.
  func setUp() throws -> (AppFixture, Resident, Relative) {
    let f = try AppFixture()
    let leader = try f.database.accounts.signIn(username: "leder", password: DemoHome.password)
    let resident = try f.database.residents.create(
      NewResident(
        unitID: f.session.actor.unitIDs.sorted().first!, name: "Åse Ørnebjerg", cpr: try CPRNumber("300199-1234"),
        movedIn: CalendarDay(year: 2024, month: 1, day: 1)!, contactPersonID: f.session.actor.accountID,
        coordinatorID: leader.accountID), by: leader)
    let ole = try f.database.relatives.add(
      NewRelative(residentID: resident.id, name: "Ole Ørnebjerg", relation: "bror"), by: f.session.actor)
    try f.openRecord(resident.id)
    for _ in 0..<12 where !f.screen().contains("V værge") { f.press(.tab) }
    return (f, resident, ole)
  }

  func line(_ f: AppFixture, containing text: String) -> String {
    String(f.screen().split(separator: "\n").first { $0.contains(text) } ?? "")
  }

  @Test func anOutsideGuardianIsRegisteredWithItsScopeAndTheEndNotBeforeTheDecision() throws {
    let (f, resident, _) = try setUp()
    #expect(f.screen().contains("» Værgemål (0 i kraft)"))
    f.press(.end, .up, .enter)
    #expect(f.screen().contains("Der er ikke registreret noget værgemål."))
    f.press(.ctrl("n"))
    #expect(f.screen().contains("Nyt værgemål"))
    // The guardian is an outside person by default when the form opens.
    #expect(line(f, containing: "Værge *").contains("Anden person"))
    f.press(.tab)
    f.type("Advokat Bæk")
    f.press(.tab)
    f.type("86 12 34 56")
    f.press(.tab, .tab)  // § 5, economic
    f.press(.tab)
    f.type("Bankforhold, Boligstøtte")
    f.press(.tab, .tab)
    f.type("01-02-2025")
    f.press(.tab)
    f.type("01-01-2025")
    f.press(.ctrl("s"))
    #expect(f.screen().contains("Værgemålet kan ikke slutte før afgørelsen."))
    #expect(try f.database.relatives.overview(residentID: resident.id, actor: f.session.actor).guardianships.isEmpty)
    for _ in 0..<10 { f.press(.backspace) }
    f.press(.ctrl("s"))
    #expect(line(f, containing: "Advokat Bæk").contains("§ 5 økonomi (Bankforhold, Boligstøtte)"))
    let g = try #require(
      try f.database.relatives.overview(residentID: resident.id, actor: f.session.actor).guardianships.first)
    #expect(g.guardian == .outside(name: "Advokat Bæk", contact: "86 12 34 56"))
    #expect(g.namedMatters == ["Bankforhold", "Boligstøtte"])
    #expect(g.decidedOn == CalendarDay(year: 2025, month: 2, day: 1)!)
    // Back on the tab: the guardian and the scope above the network.
    f.press(.escape)
    #expect(line(f, containing: "Værge: Advokat Bæk").contains("§ 5 økonomi (Bankforhold"))
    #expect(f.screen().contains("» Værgemål (1 i kraft)"))
  }

  @Test func aRelativeBecomesGuardianAndTheEditIsVersionedAndShownInTheMatrix() throws {
    let (f, resident, ole) = try setUp()
    f.press(.end, .up, .enter, .ctrl("n"))
    f.press(.left)  // the first relative: Ole
    #expect(line(f, containing: "Værge *").contains("Ole Ørnebjerg"))
    f.press(.tab, .tab, .tab, .tab)  // the areas: a list of several
    f.press(.enter, .char(" "), .down, .char(" "), .enter)  // economic off, personal on; focus moves on
    #expect(try f.form().focusedKey == "matters")
    f.press(.tab, .tab)
    f.type("i dag")
    f.press(.ctrl("s"))
    #expect(line(f, containing: "Ole Ørnebjerg").contains("§ 5 personlige forhold"))
    // Edit: an end date before the decision is refused; a later one is saved, versioned.
    f.press(.enter)
    #expect(f.screen().contains("Ret værgemål"))
    for _ in 0..<8 { f.press(.tab) }
    f.type("01-01-2020")
    f.press(.ctrl("s"))
    #expect(f.screen().contains("Værgemålet kan ikke slutte før afgørelsen."))
    f.press(.ctrl("u"))
    f.type("31-12-2030")
    f.press(.ctrl("s"))
    #expect(line(f, containing: "Ole Ørnebjerg").contains("–31-12-2030"))
    let g = try #require(
      try f.database.relatives.overview(residentID: resident.id, actor: f.session.actor).guardianships.first)
    #expect(g.version == 2 && g.guardian == .relative(ole.id) && g.areas == [.personal])
    #expect(g.endsOn == CalendarDay(year: 2030, month: 12, day: 31)!)
    f.press(.escape)
    // In the matrix: Ole is guardian with his section, told plan and health as guardian.
    let row = line(f, containing: "  Ole Ørnebjerg")
    #expect(row.contains("(værge § 5)"))
    #expect(row.hasSuffix("V    V    V    –"), "\(row)")
    // A call with Ole in the contact log shows his scope when read.
    _ = try f.database.relatives.logContact(
      NewContactLogEntry(
        residentID: resident.id, relativeID: ole.id, kind: .call, occurredOn: f.today,
        said: "Talte om boligen", agreed: ""), by: f.session.actor)
    f.press(.tab, .enter)
    #expect(f.screen().contains("Talte om boligen"))
    #expect(line(f, containing: "Værge: ").contains("§ 5 personlige forhold"))
  }

  @Test func theExpectationsMeetingDateIsSetFromTheTabAndAudited() throws {
    let (f, resident, _) = try setUp()
    #expect(f.screen().contains("Forventningssamtale: ikke holdt"))
    f.press(.end, .enter)
    #expect(f.screen().contains("Holdt den"))
    f.type("15-01-2024")
    f.press(.ctrl("s"))
    #expect(f.screen().contains("Forventningssamtale: 15-01-2024"))
    let o = try f.database.relatives.overview(residentID: resident.id, actor: f.session.actor)
    #expect(o.expectationsMeetingOn == CalendarDay(year: 2024, month: 1, day: 15)!)
    let leader = try f.database.accounts.signIn(username: "leder", password: DemoHome.password)
    let log = try f.database.audit.accessLog(residentID: resident.id, actor: leader)
    #expect(log.contains { $0.action == .setExpectationsMeeting })
    // A wrong date is a message, not a change.
    f.press(.end, .enter, .ctrl("u"))
    f.type("32-01-2024")
    f.press(.ctrl("s"))
    #expect(f.screen().contains("Holdt den"))
    #expect(
      try f.database.relatives.overview(residentID: resident.id, actor: f.session.actor).expectationsMeetingOn
        == CalendarDay(year: 2024, month: 1, day: 15)!)
  }
}
