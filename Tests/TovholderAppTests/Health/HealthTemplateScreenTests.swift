import Foundation
import TerminalUI
import Testing
import TovholderCore
import TovholderStorage

@testable import TovholderApp

@MainActor
@Suite struct HealthTemplateScreenTests {
  @Test func adminAddsAndEditsTheHomesOwnTemplateCatalogueStaysReadOnly() throws {
    let f = try AppFixture(user: "admin")
    f.openMenu("Screeningsskabeloner")
    var screen = f.screen()
    #expect(screen.contains("Screeningsskabeloner"))
    #expect(screen.contains("Vægt og BMI") && screen.contains("Katalog"))
    f.press(.enter)
    #expect(f.screen().contains("Katalogets skabeloner kan ikke rettes. Lav en ny med"))

    f.press(.ctrl("n"))
    #expect(f.screen().contains("Ny screeningsskabelon"))
    f.press(.ctrl("s"))
    #expect(f.screen().contains("Skal udfyldes."))
    f.type("Fodpleje")
    f.press(.tab)
    f.type("0m")
    f.press(.tab)
    f.type("Vægt")
    f.press(.tab, .tab)
    f.type("kg")
    f.press(.tab)
    f.type("300-20")
    f.press(.ctrl("s"))
    #expect(f.screen().contains("Skriv f.eks. 14d, 2u, 3m eller 1å (mindst 1)."))
    // A draft is kept while typing and re-opens the form.
    let owner = f.session.actor.accountID
    let draft = try #require(try f.database.drafts.load(owner: owner, formKey: "health.template.new"))
    let restored = try f.reopen(draft)
    #expect(restored.value(ofField: "name") == "Fodpleje" && restored.value(ofField: "m0.valid") == "300-20")

    f.press(.backspace, .backspace)
    f.type("3m")
    f.press(.ctrl("s"))
    screen = f.screen()
    #expect(screen.contains("Mindste værdi skal være under største."))
    for _ in 0..<6 { f.press(.backspace) }
    f.type("20-300")
    f.press(.tab)
    f.type("–100")
    f.press(.ctrl("s"))
    screen = f.screen()
    #expect(screen.contains("Skabelonen er gemt."))
    #expect(screen.contains("Fodpleje") && screen.contains("Egen"))
    #expect(try f.database.drafts.load(owner: owner, formKey: "health.template.new") == nil)
    let saved = try #require(try f.database.health.templates().first { $0.name.da == "Fodpleje" })
    #expect(saved.key == "egenFodpleje" && saved.isCustom)
    #expect(saved.fields.first?.normal == NormalRange(max: 100))

    // Editing it: the list's last row.
    f.press(.end, .enter)
    screen = f.screen()
    #expect(screen.contains("Ret screeningsskabelon"))
    #expect(screen.contains("Fodpleje"))
    f.press(.tab)
    for _ in 0..<2 { f.press(.backspace) }
    f.type("1m")
    f.press(.ctrl("s"))
    #expect(f.screen().contains("Skabelonen er gemt."))
    #expect(try f.database.health.templates().first { $0.key == "egenFodpleje" }?.interval == ScreeningInterval("1m"))
  }

  @Test func templateScreensFitAt60x16AndSpeakEnglish() throws {
    let f = try AppFixture(user: "admin")
    f.shell.reset(to: HealthTemplatesScreen(session: f.session))
    var small = f.screen(width: 60, height: 16)
    #expect(small.contains("Katalogets skabeloner læses kun. Ctrl-N: ny skabelon."))
    #expect(small.contains("Vægt og BMI") && small.contains("hver måned"))
    f.press(.ctrl("n"))
    small = f.screen(width: 60, height: 16)
    #expect(small.contains("Uden for gyldig: tastefejl. Uden for normal: markeres."))
    #expect(small.contains("Interval (fx 3m) *"))
    #expect(!small.contains("… *"), "no required field's label is cut")
    let en = try AppFixture(user: "admin", language: .en)
    en.shell.reset(to: HealthTemplatesScreen(session: en.session))
    #expect(en.screen().contains("Screening templates") && en.screen().contains("Catalogue"))
  }

  @Test func onlyAdminHasTheTemplatesEntry() throws {
    let f = try AppFixture(user: "leder")
    let menu = try #require(f.shell.top as? MainMenuScreen)
    #expect(menu.index(ofTitle: "Screeningsskabeloner", texts: f.context.texts) == nil)
    #expect(
      AreaCatalog.restoreDraft(key: "health.template.new", payload: "{}", context: f.context) == nil)
  }
}

@MainActor
@Suite struct HealthSearchScreenTests {
  @Test func aScreeningHitIsLabelledAndOpensTheHealthTab() throws {
    let f = try AppFixture(user: "leder")
    #expect(AreaCatalog.searchLabel(.screening, texts: f.context.texts) == "Måling")
    #expect(AreaCatalog.searchTab(.screening, texts: f.context.texts) == "Sundhed")
    f.shell.reset(to: SearchScreen(session: f.session))
    f.type("blodtryk")
    let screen = f.screen()
    #expect(screen.contains("Måling"))
    f.press(.down, .down, .enter)  // into the list, past the resident, open the first hit: a screening
    let record = f.screen()
    #expect(record.contains("Samtykke (sundhedsloven §18)"))
    // The screening is on the tab, also when it no longer applies (a former resident's).
    #expect(record.contains("Blodtryk og puls"))
  }
}
