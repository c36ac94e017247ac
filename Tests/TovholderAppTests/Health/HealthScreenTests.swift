import Foundation
import TerminalUI
import Testing
import TovholderCore
import TovholderStorage

@testable import TovholderApp

@MainActor
@Suite struct HealthScreenTests {
  func text(_ f: AppFixture, _ w: Int = 80, _ h: Int = 24) -> String { f.screen(width: w, height: h) }

  @Test func menuHasTheHealthEntriesForStaffNotAdmin() throws {
    let f = try AppFixture(user: "personale")
    let menu = try #require(f.shell.top as? MainMenuScreen)
    #expect(menu.index(ofTitle: "Forfaldne screeninger", texts: f.context.texts) != nil)
    #expect(menu.index(ofTitle: "Markerede målinger", texts: f.context.texts) != nil)
    f.openMenu("Forfaldne screeninger")
    #expect(text(f).contains("Alle dine afdelinger:"))
    let admin = try AppFixture(user: "admin")
    let adminMenu = try #require(admin.shell.top as? MainMenuScreen)
    #expect(adminMenu.index(ofTitle: "Forfaldne screeninger", texts: admin.context.texts) == nil)
  }

  @Test func dueListShrinksAsAScreeningIsRecorded() throws {
    let f = try AppFixture(user: "leder")
    f.shell.reset(to: HealthDueListScreen(session: f.session))
    let before = try f.database.health.dueList(actor: f.session.actor)
    let first = try #require(before.first)
    var screen = text(f)
    #expect(screen.contains("Forfaldne screeninger"))
    #expect(screen.contains("Alle dine afdelinger:"))
    #expect(screen.contains(first.residentName))
    f.shell.handle(.enter)
    screen = text(f)
    #expect(screen.contains("\(first.templateName.da) – \(first.residentName)"))
    // 700 kg is refused at the field and nothing is saved.
    f.type(first.templateKey == "weight" ? "700" : "")
    f.shell.handle(.ctrl("s"))
    screen = text(f)
    if first.templateKey == "weight" {
      #expect(screen.contains("Vægt skal være mellem 20 og 300 – er det en tastefejl?"))
      for _ in 0..<3 { f.shell.handle(.backspace) }
      f.type("71,5")
      f.shell.handle(.ctrl("s"))
      screen = text(f)
      #expect(screen.contains("Forfaldne screeninger"))
      let after = try f.database.health.dueList(actor: f.session.actor)
      #expect(after.count == before.count - 1)
      #expect(!after.contains { $0.assignmentID == first.assignmentID })
    }
  }

  @Test func healthTabShowsConsentScreeningsAndRecordsFromTheRecord() throws {
    let f = try AppFixture(user: "leder")
    let resident = try #require(try f.database.residents.list(for: f.session.actor).first)
    try f.openRecord(resident.id)
    // Tab until the Health tab (other areas' tabs may come before it).
    for _ in 0..<8 where !text(f).contains("Samtykke (sundhedsloven §18)") { f.shell.handle(.tab) }
    var screen = text(f)
    #expect(screen.contains("Sundhed"))
    #expect(screen.contains("Samtykke (sundhedsloven §18):"))
    #expect(screen.contains("Vægt og BMI"))
    #expect(screen.contains("+ Tilføj …"))
    // The weight row: Ctrl-N records from the record.
    let overview = try f.database.health.overview(residentID: resident.id, actor: f.session.actor)
    let row = try #require(overview.items.firstIndex { $0.template.key == "weight" })
    for _ in 0..<row { f.shell.handle(.down) }
    f.shell.handle(.ctrl("n"))
    screen = text(f)
    #expect(screen.contains("Vægt og BMI – \(resident.name)"))
    f.type("66,6")
    f.shell.handle(.ctrl("s"))
    screen = text(f)
    #expect(screen.contains("66,6 kg"))
    let latest = try f.database.health.history(residentID: resident.id, templateKey: "weight", actor: f.session.actor)
    #expect(latest.first?.values["weight"] == .number(66.6))
  }

  @Test func flagListMarkSeenByLeaderAndRefusedForPlainStaff() throws {
    let staff = try AppFixture(user: "personale")
    staff.shell.reset(to: HealthFlagListScreen(session: staff.session))
    var screen = text(staff)
    #expect(screen.contains("Markerede målinger"))
    if try !staff.database.health.flagList(actor: staff.session.actor).isEmpty {
      staff.shell.handle(.enter)
      #expect(text(staff).contains("Kun en sygeplejerske eller en leder kan markere målingen som set."))
    }
    let f = try AppFixture(user: "leder")
    f.shell.reset(to: HealthFlagListScreen(session: f.session))
    let flags = try f.database.health.flagList(actor: f.session.actor)
    let first = try #require(flags.first)
    screen = text(f)
    #expect(screen.contains("\(flags.count) venter på at en sygeplejerske eller leder ser dem"))
    f.shell.handle(.enter)
    screen = text(f)
    #expect(screen.contains("\(first.residentName) · \(first.templateName.da)"))
    #expect(screen.contains("Hvad er gjort"))
    f.shell.handle(.enter)
    #expect(text(f).contains("Skriv kort, hvad der er gjort"))
    f.type("Lægetid bestilt")
    f.shell.handle(.enter)
    screen = text(f)
    #expect(screen.contains("Markeret som set."))
    #expect(screen.contains("\(flags.count - 1) venter"))
  }

  @Test func aFlaggedValueIsMarkedSeenFromTheResidentsChart() throws {
    let f = try AppFixture(user: "leder")
    let flag = try #require(try f.database.health.flagList(actor: f.session.actor).first)
    let resident = try f.database.residents.fetch(id: flag.screening.residentID, actor: f.session.actor)
    let overview = try f.database.health.overview(residentID: resident.id, actor: f.session.actor)
    let row = try #require(overview.items.firstIndex { $0.template.key == flag.screening.templateKey })
    f.shell.reset(to: HealthTab(session: f.session, resident: resident))
    _ = text(f)
    f.shell.handle(.home)
    for _ in 0..<row { f.shell.handle(.down) }
    f.shell.handle(.enter)
    #expect(text(f).contains("\(resident.name) · \(flag.templateName.da)"))
    f.type("Ringet til lægen")
    f.shell.handle(.enter)
    #expect(text(f).contains("Markeret som set."))
    let still = try f.database.health.flagList(actor: f.session.actor)
    #expect(
      !still.contains {
        $0.screening.residentID == resident.id && $0.screening.templateKey == flag.screening.templateKey
      })
    // Back on the chart the value is no longer "!" (seen), and Enter shows its history.
    #expect(f.shell.top is HealthTab)
  }

  @Test func screensFitAt60x16WithDanishNames() throws {
    let f = try AppFixture(user: "leder")
    for screen: any Screen in [HealthDueListScreen(session: f.session), HealthFlagListScreen(session: f.session)] {
      f.shell.reset(to: screen)
      let small = text(f, 60, 16)
      #expect(small.split(separator: "\n").count <= 16)
      #expect(small.contains("Dato") || small.contains("Forfald"))
    }
    let resident = try #require(try f.database.residents.list(for: f.session.actor).first)
    let template = try #require(f.session.screeningTemplate("bloodPressure"))
    f.shell.reset(to: HealthHistoryScreen(session: f.session, resident: resident, template: template))
    let history = text(f, 60, 16)
    #expect(history.contains("Systolisk (mmHg)"))
    f.shell.handle(.right)
    #expect(text(f, 60, 16).contains("Diastolisk (mmHg)"))
  }

  @Test func englishTextsExist() throws {
    let f = try AppFixture(user: "leder", language: .en)
    f.shell.reset(to: HealthDueListScreen(session: f.session))
    #expect(text(f).contains("Screenings due"))
    #expect(text(f).contains("All your units:"))
  }
}
