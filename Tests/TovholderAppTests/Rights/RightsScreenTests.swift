import Foundation
import Testing
import TerminalUI
import TovholderCore
import TovholderStorage

@testable import TovholderApp

/// The rights screens in the real shell on the demo home: the retention periods (admin), the
/// access log and the full copy from the record (leaders).
@Suite(.serialized) struct RightsScreenTests {
  @Test func theAdminSeesEveryKindAndThatAPeriodMustBeSet() throws {
    let f = try AppFixture(user: "admin")
    f.openMenu("Opbevaring og sletning")
    let screen = f.screen()
    #expect(screen.contains("Opbevaring og sletning"))
    #expect(screen.contains("9 slags mangler en periode"))
    #expect(screen.contains("Journalnotater") && screen.contains("skal sættes"))
    #expect(f.screen(width: 60, height: 16).contains("Registrering"))
  }

  @Test func anAdminSetsAPeriodWithItsRuleAndBadInputIsExplained() throws {
    let f = try AppFixture(user: "admin")
    f.openMenu("Opbevaring og sletning")
    f.press(.down)  // Journalnotater
    f.press(.enter)
    #expect(f.screen().contains("Opbevaring: Journalnotater"))
    f.type("fem år")
    f.press(.ctrl("s"))
    #expect(f.screen().contains("»fem år« er ikke en periode"))
    for _ in 0..<6 { f.press(.backspace) }
    f.type("5 år")
    f.press(.ctrl("s"))
    #expect(f.screen().contains("Skriv den regel"))
    f.type("Bevaringsbekendtgørelsen § 5, stk. 2")
    f.press(.ctrl("s"))
    let list = f.screen()
    #expect(list.contains("Perioden for Journalnotater er gemt"))
    #expect(list.contains("5 år") && list.contains("Bevaringsbekendtgø"))
    #expect(list.contains("8 slags mangler en periode"))
    let rule = try f.database.retention.rules(actor: f.session.actor)[.notes]
    #expect(rule?.months == 60 && rule?.setByName == f.session.actor.displayName)
  }

  @Test func whatIsTypedInTheRetentionFormIsKeptAsADraft() throws {
    let f = try AppFixture(user: "admin")
    f.openMenu("Opbevaring og sletning")
    f.press(.enter)  // Registrering
    f.type("10 år")
    let drafts = try f.database.drafts.list(owner: f.session.actor.accountID)
    #expect(drafts.contains { $0.formKey == "retention.register" })
    let draft = try #require(drafts.first { $0.formKey == "retention.register" })
    #expect(try f.reopen(draft).value(ofField: "period") == "10 år")
  }

  @Test func leadersMakeTheFullCopyFromTheRecordAsPrivateFiles() throws {
    let f = try AppFixture(user: "leder")
    f.context.exportDirectory = f.folder.appendingPathComponent("eksport").path
    let resident = try f.database.residents.list(for: f.session.actor)[0]
    try f.openRecord(resident.id)
    f.press(.ctrl("o"))
    let files = try FileManager.default.contentsOfDirectory(atPath: f.context.exportDirectory).sorted()
    #expect(files == ["kopi-nr\(resident.id)-20261203-1400.json", "kopi-nr\(resident.id)-20261203-1400.txt"])
    for file in files {
      let path = f.context.exportDirectory + "/" + file
      #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o600)
    }
    let folderMode = try FileManager.default.attributesOfItem(atPath: f.context.exportDirectory)[.posixPermissions]
    #expect(folderMode as? Int == 0o700)
    let page = f.screen()
    #expect(page.contains("Fuld kopi gemt"))
    #expect(page.contains("kopi-nr\(resident.id)-20261203-1400.json"))
    f.press(.escape)
    f.press(.ctrl("o"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: f.context.exportDirectory).count == 4)
  }

  /// "Del statusrapport" on a relative's screen writes the report as a private file and, like
  /// every report given to a relative, logs it on the contact log.
  @Test func aStatusReportSharedOnScreenIsLoggedOnTheContactLog() throws {
    let f = try AppFixture(user: "personale")
    f.context.exportDirectory = f.folder.appendingPathComponent("eksport").path
    let resident = try AllForms.plan(f).resident
    let actor = f.session.actor
    let mette = try f.database.relatives.add(
      NewRelative(residentID: resident.id, name: "Mette Ærø", relation: "søster"), by: actor)
    _ = try f.database.relatives.addConsent(
      NewConsent(residentID: resident.id, relativeID: mette.id, kindCode: "plan", givenOn: f.today, form: .written),
      by: actor)
    let before = try f.database.relatives.overview(residentID: resident.id, actor: actor).contactLog.count
    let screen = RelativeScreen(session: f.session, resident: resident, relativeID: mette.id, name: mette.name)
    _ = screen.share(SharingCheck.plan, mette, f.context)
    let files = try FileManager.default.contentsOfDirectory(atPath: f.context.exportDirectory)
    #expect(files.count == 1 && files[0].hasPrefix("statusrapport-nr\(resident.id)-"))
    let log = try f.database.relatives.overview(residentID: resident.id, actor: actor).contactLog
    #expect(log.count == before + 1)
    #expect(log.first?.relativeID == mette.id)
  }

  @Test func staffCannotMakeTheCopy() throws {
    let f = try AppFixture(user: "personale")
    f.context.exportDirectory = f.folder.appendingPathComponent("eksport").path
    let resident = try f.database.residents.list(for: f.session.actor)[0]
    try f.openRecord(resident.id)
    f.press(.ctrl("o"))
    #expect(f.screen().contains("Kun ledere af borgerens afdeling"))
    #expect(!FileManager.default.fileExists(atPath: f.context.exportDirectory))
  }

  @Test func theAccessLogSpeaksPlainlyAndIncludesSearches() throws {
    let f = try AppFixture(user: "leder")
    let resident = try f.database.residents.list(for: f.session.actor)[0]
    let staff = try f.database.accounts.signIn(username: "personale", password: DemoHome.password)
    _ = try f.database.search.search(resident.name, actor: staff)
    try f.openRecord(resident.id)
    f.press(.ctrl("g"))
    let screen = f.screen(width: 100, height: 30)
    #expect(screen.contains("Adgangslog: hvem har set eller ændret"))
    #expect(screen.contains("Åbnede journalen") || screen.contains("Åbnede"))
    #expect(screen.contains(staff.displayName))
    #expect(screen.contains("Læste"))
    #expect(screen.contains("søg") || screen.contains("Søg"))
    #expect(f.screen(width: 60, height: 16).contains("Hvornår"))
  }

  /// The access log names Ctrl-O for the full copy; the key works there (not only on the
  /// record below), and help lists it without the record's tab and CPR keys.
  @Test func theFullCopyKeyTheAccessLogNamesWorksThere() throws {
    let f = try AppFixture(user: "leder")
    f.context.exportDirectory = f.folder.appendingPathComponent("eksport").path
    let resident = try f.database.residents.list(for: f.session.actor)[0]
    try f.openRecord(resident.id)
    f.press(.ctrl("g"))
    #expect(f.screen().contains("Ctrl-O laver en"))
    let log = f.shell.top
    let help = try #require(log.helpCommands(context: f.context))
    #expect(help.contains(.residentCopy) && !help.contains(.nextTab) && !help.contains(.revealCPR))
    f.press(.ctrl("o"))
    let files = try FileManager.default.contentsOfDirectory(atPath: f.context.exportDirectory).sorted()
    #expect(files == ["kopi-nr\(resident.id)-20261203-1400.json", "kopi-nr\(resident.id)-20261203-1400.txt"])
    #expect(f.screen().contains("Fuld kopi gemt"))
  }
}
