import Foundation
import TerminalUI
import Testing
import TovholderCore
import TovholderStorage

@testable import TovholderApp

/// Issue 15: sharing no consent covered is recorded as it happened and goes on the leaders'
/// list, where a leader marks it seen (asked once); staff have no such list.
@Suite(.serialized) struct UncoveredSharingScreenTests {
  @Test func theLeaderSeesTheUncoveredSharingAndMarksItSeen() throws {
    let f = try AppFixture(user: "leder")
    let relatives = f.database.relatives(catalogue: f.session.catalogues.informationKinds)
    let staff = try f.database.accounts.signIn(username: "personale", password: DemoHome.password)
    let resident = try #require(try f.database.residents.list(for: staff).first)
    let relative = try relatives.add(
      NewRelative(residentID: resident.id, name: "Zacharias Åby", relation: "nevø"), by: staff)
    let entry = try relatives.logContact(
      NewContactLogEntry(
        residentID: resident.id, relativeID: relative.id, kind: .call, occurredOn: f.today,
        said: "Fortalte om lægebesøget", agreed: "", toldAboutHealth: true), by: staff)
    #expect(!entry.uncoveredSharing.isEmpty)

    f.openMenu("Deling uden samtykke")
    let screen = try #require(f.shell.top as? UncoveredSharingScreen)
    _ = f.screen()
    #expect(screen.items.first?.entry.id == entry.id)
    let list = f.screen(width: 100, height: 40)
    #expect(list.contains("Zacharias Åby") && list.contains(resident.name))
    let before = try relatives.uncoveredSharingList(actor: f.session.actor).count
    f.keys(.enter)
    #expect(f.screen(width: 100, height: 40).contains("Markér som set?"))
    f.keys(.char("j"))
    #expect(f.screen(width: 100, height: 40).contains("er markeret som set"))
    let after = try relatives.uncoveredSharingList(actor: f.session.actor)
    #expect(after.count == before - 1 && !after.contains { $0.entry.id == entry.id })
    #expect(!f.screen(width: 100, height: 40).contains("Zacharias Åby"))
    let audit = try f.database.audit.recent(actor: f.session.actor, limit: 10)
    #expect(audit.contains { $0.action == .seeUncoveredSharing && $0.subjectID == entry.id })
  }

  @Test func staffHaveNoSuchList() throws {
    let f = try AppFixture(user: "personale")
    #expect(!f.screen(width: 80, height: 40).contains("Deling uden samtykke"))
  }
}
