import Foundation
import TerminalUI
import Testing
import TovholderCore
import TovholderStorage

@testable import TovholderApp

@Suite(.serialized) struct IncidentQueueScreenTests {
  @Test func reviewKeysComeFromTheCommandTableAndDoNotClashWithPlans() {
    let map = Keymap()
    // On a record (Plan tab) F7/F8 stay the plan's; on the review of an event they are the review's.
    #expect(map.command(for: .function(7), scopes: [.record, .list], editingText: false) == .planFollowUp)
    #expect(map.command(for: .function(8), scopes: [.record, .list], editingText: false) == .planTasks)
    #expect(
      map.command(for: .function(7), scopes: [.form, .incidentReview], editingText: true) == .incidentStartReview)
    #expect(map.command(for: .function(8), scopes: [.form, .incidentReview], editingText: true) == .incidentReject)
    #expect(map.command(for: .function(9), scopes: [.list, .incidentQueue], editingText: false) == .incidentFilter)
    #expect(map.command(for: .ctrl("o"), scopes: [.list, .incidentQueue], editingText: false) == .incidentBatch)
    #expect(map.command(for: .function(9), scopes: [.list], editingText: false) == nil)
  }

  @Test func queueHelpAndHintsNameTheKeys() throws {
    let f = try AppFixture(user: "leder")
    f.openMenu("UTH-kø")
    #expect(f.screen().contains("F9 Filter") && f.screen().contains("Ctrl-O Samlet indberetning"))
    f.keys(.function(1))
    let help = f.screen()
    #expect(help.contains("Filtrér UTH-køen") && help.contains("Lav månedens samlede"))
    #expect(!help.contains("Påbegynd behandling"))
  }

  @Test func reviewStartsAndRejectsWithTheTableKeys() throws {
    let f = try AppFixture(user: "leder")
    let open = try f.database.incidents.queue(IncidentQueueFilter(status: .registered), by: f.session.actor)
    let id = try #require(open.first).id
    f.openMenu("UTH-kø")
    f.keys(.function(9), .down)  // status: registered
    let row = try #require((f.shell.top as? IncidentQueueScreen)?.items.firstIndex { $0.id == id })
    f.keys(.enter, .home)
    for _ in 0..<row { f.keys(.down) }
    f.keys(.enter)
    #expect(f.screen().contains("F7 påbegynd") && f.screen().contains("F8 afvis"))
    f.keys(.function(7))
    #expect(try f.database.incidents.get(id, by: f.session.actor).status == .underReview)
    f.keys(.function(8))
    #expect(f.screen().contains("Arbejdsmiljøsag"))
    f.keys(.escape)
    #expect(try f.database.incidents.get(id, by: f.session.actor).status == .underReview)
  }

  @Test func aDuplicateIsRejectedWithACommentAndTheEventItRepeatsAfterAskingOnce() throws {
    let f = try AppFixture(user: "leder")
    let open = try f.database.incidents.queue(IncidentQueueFilter(status: .registered), by: f.session.actor)
    let incident = try f.database.incidents.get(try #require(open.first).id, by: f.session.actor)
    let original = try #require(
      try f.database.incidents.queue(by: f.session.actor).first {
        $0.id != incident.id && $0.unitID == incident.report.unitID
      })
    let review = IncidentReviewScreen(session: f.session, incident: incident, context: f.context)
    f.shell.reset(to: review)
    f.keys(.function(8))
    for _ in 0..<4 { f.keys(.down) }  // the fifth reason: Dublet
    f.keys(.enter)
    #expect(f.screen().contains("Afvis UTH nr. \(incident.id): Dublet"))
    #expect(f.screen().contains("Dublet af UTH nr. *"))
    // Neither the comment nor the other event may be left out.
    f.keys(.ctrl("s"))
    #expect(try f.database.incidents.get(incident.id, by: f.session.actor).status == .registered)
    f.type("Samme fald registreret to gange")
    f.keys(.tab)
    f.type("\(incident.id)")
    f.keys(.ctrl("s"), .char("j"))
    #expect(f.screen().contains("Skriv nr. på den UTH, den er dublet af (i din afdeling)."))
    #expect(try f.database.incidents.get(incident.id, by: f.session.actor).status == .registered)
    for _ in 0..<"\(incident.id)".count { f.keys(.backspace) }
    f.type("\(original.id)")
    f.keys(.ctrl("s"))
    #expect(f.screen().contains("Afvis UTH nr. \(incident.id) med begrundelsen »Dublet«?"))
    f.keys(.char("j"))
    let saved = try f.database.incidents.get(incident.id, by: f.session.actor)
    #expect(saved.status == .rejected && saved.duplicateOf == original.id)
    #expect(saved.rejectionComment == "Samme fald registreret to gange")
    #expect(f.shell.top === review)
    #expect(f.screen(width: 80, height: 40).contains("Dobbeltregistrering af UTH nr. \(original.id)"))
  }

  @Test func filterByEachPartAndClearWithEsc() throws {
    let f = try AppFixture(user: "leder")
    let all = try f.database.incidents.queue(by: f.session.actor)
    f.openMenu("UTH-kø")
    var queue = try #require(f.shell.top as? IncidentQueueScreen)
    #expect(f.screen().contains("Filter: åbne · alle afdelinger · alle kategorier · alle grader"))
    #expect(queue.items.count == all.count)
    // Category: F9, right twice, down to the fourth category (Fald).
    f.keys(.function(9), .right, .right, .down, .down, .down, .down)
    #expect(f.screen().contains("Fald"))
    #expect(!queue.items.isEmpty && queue.items.allSatisfy { $0.categoryCode == "fall" })
    #expect(queue.items.count == all.filter { $0.categoryCode == "fall" }.count)
    // Unit: left once, down to the first unit.
    f.keys(.left, .down)
    let unit = f.session.actor.unitIDs.sorted()[0]
    #expect(queue.items.allSatisfy { $0.unitID == unit && $0.categoryCode == "fall" })
    // Severity: right twice, down to "no harm".
    f.keys(.right, .right, .down)
    #expect(queue.items.allSatisfy { $0.severity == .noHarm && $0.unitID == unit })
    // Enter gives the keys back to the list; the filter stays and shows above it.
    f.keys(.enter)
    #expect(f.screen().contains("Esc ryd filter"))
    #expect(queue.scopes.contains(.list))
    // Status: closed events only.
    f.keys(.function(9), .down, .down, .down, .enter)
    #expect(queue.items.allSatisfy { $0.status == .closed })
    f.keys(.escape)
    #expect(f.screen().contains("Filteret er ryddet"))
    #expect(f.screen().contains("alle kategorier"))
    queue = try #require(f.shell.top as? IncidentQueueScreen)
    #expect(queue.items.count == all.count)
    // A second Esc leaves the queue.
    f.keys(.escape)
    #expect(!(f.shell.top is IncidentQueueScreen))
  }

  @Test func filterLineFitsSixtyColumns() throws {
    let f = try AppFixture(user: "leder")
    f.openMenu("UTH-kø")
    f.keys(.function(9), .right, .right, .down)
    let s = f.screen(width: 60, height: 16)
    #expect(s.contains("Filter: Kategori: Medicin – administration ↑↓"))
  }
}

@Suite(.serialized) struct IncidentFormLongTextTests {
  @Test func aHundredKilobytePasteStillRaisesTheNameWarning() throws {
    let f = try AppFixture(user: "personale")
    let resident = try #require(try f.database.residents.list(for: f.session.actor).first)
    let firstName = String(resident.name.split(separator: " ")[0])
    f.keys(.function(5))
    let form = try #require(f.shell.top as? FormScreen<IncidentField>)
    form.focus(.course)
    var big = ""
    while big.utf8.count < 100_000 { big += "Beboeren gik en tur i haven og kom glad tilbage. " }
    f.press(.paste(big))
    #expect(!f.screen().contains("⚠"))
    f.type("Så kom \(firstName) hjem.")
    #expect(f.screen().contains("⚠ Teksten nævner en beboer: \(firstName)"))
    // Text typed elsewhere keeps the warning of the long field.
    form.focus(.headline)
    f.type("Fald")
    #expect(f.screen().contains("⚠ Teksten nævner en beboer: \(firstName)"))
    // Deleting the name in the long field clears it.
    form.focus(.course)
    for _ in 0..<(firstName.count + 6) { f.press(.backspace) }
    #expect(!f.screen().contains("⚠"))
  }
}
