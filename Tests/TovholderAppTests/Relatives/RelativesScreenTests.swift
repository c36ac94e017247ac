import Foundation
import Testing
import TerminalUI
import TovholderCore
import TovholderResources
import TovholderStorage

@testable import TovholderApp

@Suite(.serialized) struct RelativesScreenTests {
  /// A fixture with a resident whose network has Åse (health consent) and Ib (none).
  func setUp(language: Language = .da) throws -> (AppFixture, Resident, Relative, Relative) {
    let f = try AppFixture(language: language)
    let actor = f.session.actor
    let resident = try f.database.residents.list(for: actor).first!
    let repo = f.database.relatives
    let aase = try repo.add(
      NewRelative(residentID: resident.id, name: "Åse Ågård", relation: "søskende", phone: "20 30 40 50"), by: actor)
    let ib = try repo.add(NewRelative(residentID: resident.id, name: "Ib Ørsted", relation: "ven"), by: actor)
    _ = try repo.addConsent(
      NewConsent(
        residentID: resident.id, relativeID: aase.id, kindCode: "health",
        givenOn: f.today, form: .written), by: actor)
    try f.openRecord(resident.id)
    return (f, resident, aase, ib)
  }

  /// Tab until the Relatives tab shows (other areas add their tabs before it).
  func toRelativesTab(_ f: AppFixture) {
    for _ in 0..<12 where !f.screen().contains("V værge") && !f.screen().contains("V guardian") {
      press(f, .tab)
    }
  }

  /// A key, then a frame drawn (lists load their rows when drawn, as in the real program).
  func press(_ f: AppFixture, _ key: Key) {
    f.shell.handle(key)
    _ = f.screen()
  }

  @Test func tabShowsNetworkAndMatrix() throws {
    let (f, _, _, _) = try setUp()
    toRelativesTab(f)
    let screen = f.screen()
    #expect(screen.contains("Pårørende"))
    #expect(screen.contains("Helb Plan Hver Økon"))
    let aaseRow = screen.split(separator: "\n").first { $0.contains("Åse Ågård") }
    #expect(aaseRow?.contains("søskende") == true)
    #expect(aaseRow.map { $0.hasSuffix("✓    –    –    –") } == true, "\(aaseRow ?? "")")
    let ibRow = screen.split(separator: "\n").first { $0.contains("Ib Ørsted") }
    #expect(ibRow.map { $0.hasSuffix("–    –    –    –") } == true)
    #expect(screen.contains("✓ samtykke  V værge"))
  }

  @Test func sharingHealthWithIbIsRefusedPlainly() throws {
    let (f, _, _, _) = try setUp()
    toRelativesTab(f)
    for c in "Ib Ø" { press(f, .char(c)) }
    press(f, .enter)
    var screen = f.screen()
    #expect(screen.contains("Ingen samtykker: må ikke få oplysninger."))
    #expect(screen.contains("Del helbredsoversigt"))
    press(f, .down)  // Giv samtykke → Del helbredsoversigt
    press(f, .enter)
    screen = f.screen()
    #expect(screen.contains("Må ikke deles: Ib Ørsted har intet samtykke til helbred."))
    let refused = try f.database.audit.recent(
      actor: f.database.accounts.signIn(username: "leder", password: DemoHome.password))
    #expect(refused.contains { $0.action == .sharingRefused })
  }

  @Test func withdrawingFromTheRelativeScreenKeepsHistory() throws {
    let (f, resident, aase, _) = try setUp()
    toRelativesTab(f)
    for c in "Åse" { press(f, .char(c)) }
    press(f, .enter)
    #expect(f.screen().contains("Træk samtykke tilbage: Helbred"))
    press(f, .down)
    press(f, .enter)
    // It can't be undone: asked once, and Enter alone answers no.
    #expect(f.screen().contains("Træk samtykket til Helbred tilbage for Åse Ågård"))
    press(f, .enter)
    #expect(
      try f.database.relatives.overview(residentID: resident.id, actor: f.session.actor)
        .consents(of: aase.id).first?.withdrawnOn == nil)
    press(f, .enter)
    press(f, .char("j"))
    let screen = f.screen()
    #expect(screen.contains("Samtykke til Helbred trukket tilbage for Åse Ågård"))
    #expect(screen.contains("trukket tilbage \(DateWording.day(f.today))"))
    #expect(!screen.contains("Træk samtykke tilbage: Helbred"))
    let o = try f.database.relatives.overview(residentID: resident.id, actor: f.session.actor)
    #expect(o.consents(of: aase.id).first?.withdrawnOn != nil)
  }

  @Test func addRelativeFormRefusesBadEmailAtTheField() throws {
    let (f, resident, _, _) = try setUp()
    toRelativesTab(f)
    press(f, .ctrl("n"))
    #expect(f.screen().contains("Ny pårørende") || f.screen().contains("Foretrukken kontakt"))
    f.type("Karl Kæmpe")
    press(f, .enter)  // relation
    press(f, .enter)  // phone
    press(f, .enter)  // e-mail
    f.type("karl.mail.dk")
    press(f, .ctrl("s"))
    #expect(f.screen().contains("Det kan ikke være en e-mailadresse"))
    let names = try f.database.relatives.overview(residentID: resident.id, actor: f.session.actor).relatives.map(\.name)
    #expect(!names.contains("Karl Kæmpe"))
    for _ in 0..<12 { press(f, .backspace) }
    press(f, .ctrl("s"))
    let after = try f.database.relatives.overview(residentID: resident.id, actor: f.session.actor).relatives
    #expect(after.contains { $0.name == "Karl Kæmpe" && $0.email == nil })
  }

  @Test func smallTerminalAndEnglish() throws {
    let (f, _, _, _) = try setUp(language: .en)
    toRelativesTab(f)
    let small = f.screen(width: 60, height: 16)
    #expect(small.contains("Relatives"))
    #expect(small.contains("Hlth Plan Day  Econ"))
  }

  @Test func followUpIsDoneOnlyOnceTheDialogIsAnsweredYes() throws {
    let f = try AppFixture()
    let before = try f.database.relatives.followUps(for: f.session.actor)
    #expect(!before.isEmpty)
    let screen = FollowUpsScreen(session: f.session)
    f.shell.reset(to: screen)
    _ = f.screen()
    #expect(f.screen().contains(before[0].agreed.prefix(20)))
    // The status bar says what Enter does here.
    #expect(f.screen().contains("Enter Klaret") && !f.screen().contains("Enter Åbn"))
    press(f, .enter)
    #expect(screen.confirm?.question.contains("Markér opfølgningen som klaret") == true)
    #expect(f.screen().contains("Er du sikker?"))
    // Enter alone answers no; nothing is done.
    press(f, .enter)
    #expect(screen.confirm == nil)
    #expect(try f.database.relatives.followUps(for: f.session.actor).count == before.count)
    press(f, .enter)
    press(f, .char("j"))
    #expect(try f.database.relatives.followUps(for: f.session.actor).count == before.count - 1)
    #expect(f.screen().contains("Markeret som klaret."))
  }

  @Test func homeScreensShowDemoData() throws {
    let f = try AppFixture(user: "leder")
    f.shell.reset(to: CouncilScreen(session: f.session))
    #expect(f.screen().contains("Medlemmer (5):"))
    #expect(f.screen().contains("Grethe Østergaard · pårørende, Egehuset"))
    #expect(f.screen().split(separator: "\n").filter { $0.contains("1. Velkomst") }.count == 4)
    f.shell.reset(to: PolicyScreen(session: f.session))
    #expect(f.screen().contains("Gældende: udgave 2"))
    f.shell.reset(to: VolunteersScreen(session: f.session))
    #expect(f.screen().contains("! mangler"))
    f.shell.reset(to: CouncilRequestsScreen(session: f.session))
    #expect(f.screen().contains("Afvist"))
  }

  @Test func shippedCatalogueHasTheFourKinds() throws {
    let parsed = try InformationKindCatalogue(json: TovholderResources.relativesInformationKinds)
    #expect(parsed == Catalogues.shipped.informationKinds)
    #expect(parsed.kinds.map(\.code) == ["health", "plan", "dailyLife", "economy"])
    #expect(parsed.healthKinds.map(\.code) == ["health"])
  }
}
