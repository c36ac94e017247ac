import Foundation
import Testing
import TerminalUI
import TovholderCore
import TovholderStorage

@testable import TovholderApp

/// "What may I tell?" on a demo resident: Åse has consent for the plan and daily life (not
/// health), Ib has none, and Ole is a § 5 guardian for personal matters (health included).
@Suite(.serialized) struct RelativeDigestTests {
  struct Network {
    let f: AppFixture
    let resident: Resident
    let aase: Relative
    let ib: Relative
    let ole: Relative
  }

  func network(user: String = "personale") throws -> Network {
    let f = try AppFixture(user: user)
    f.context.exportDirectory = f.folder.appendingPathComponent("eksport").path
    let actor = f.session.actor
    let residents = try f.database.residents.list(for: actor)
    // A resident with a plan and screenings, whose own health consent allows sharing.
    let resident = try #require(
      residents.first { r in
        (try? f.database.health.exportSummary(residentID: r.id, actor: actor)) != nil
          && (try? f.database.plans.document(residentID: r.id, actor: actor)) != nil
      })
    let repo = RelativesWords.repository(f.session)
    let aase = try repo.add(NewRelative(residentID: resident.id, name: "Åse Ågård", relation: "søster"), by: actor)
    let ib = try repo.add(NewRelative(residentID: resident.id, name: "Ib Ørsted", relation: "ven"), by: actor)
    let ole = try repo.add(NewRelative(residentID: resident.id, name: "Ole Værge", relation: "værge"), by: actor)
    for kind in ["plan", "dailyLife"] {
      _ = try repo.addConsent(
        NewConsent(
          residentID: resident.id, relativeID: aase.id, kindCode: kind, givenOn: f.today.adding(days: -30),
          form: .written), by: actor)
    }
    _ = try repo.addGuardianship(
      NewGuardianship(
        residentID: resident.id, guardian: .relative(ole.id), section: .section5, areas: [.personal],
        decidedOn: f.today.adding(days: -100)), by: actor)
    return Network(f: f, resident: resident, aase: aase, ib: ib, ole: ole)
  }

  func digest(_ n: Network, _ relative: Relative) throws -> RelativeDigest {
    try RelativesWords.repository(n.f.session).digest(
      residentID: n.resident.id, relativeID: relative.id, actor: n.f.session.actor)
  }

  @Test func aRelativeGetsExactlyTheKindsTheirConsentCovers() throws {
    let n = try network()
    let t = n.f.context.texts
    let aase = try digest(n, n.aase)
    #expect(aase.allowedKinds.map(\.code) == ["plan", "dailyLife"])
    #expect(aase.plan != nil && aase.dailyLife != nil)
    #expect(aase.health == nil && !aase.includesHealth)
    let text = RelativeDigestText.render(aase, t, n.f.session.catalogues.informationKinds)
    #expect(text.contains("Plan: JA – samtykke givet \(DateWording.day(n.f.today.adding(days: -30))) (skriftligt)"))
    #expect(text.contains("Helbred: NEJ"))
    #expect(text.contains(t("rights.tell.plan.wish", aase.plan?.wish ?? "?")))
    // Nothing of health: no heading, and none of the resident's screening values.
    let health = try n.f.database.health.exportSummary(residentID: n.resident.id, actor: n.f.session.actor)
    #expect(!text.contains("Helbred\n======="))
    for section in health.sections {
      #expect(!text.contains(section.template.name.text("da") + ":"), "health leaked: \(section.template.key)")
    }
  }

  @Test func aRelativeWithoutAnyConsentGetsNothing() throws {
    let n = try network()
    let ib = try digest(n, n.ib)
    #expect(ib.allowedKinds.isEmpty)
    #expect(ib.plan == nil && ib.health == nil && ib.dailyLife == nil)
    let text = RelativeDigestText.render(ib, n.f.context.texts, n.f.session.catalogues.informationKinds)
    #expect(text.contains("Ib Ørsted må ikke få noget at vide lige nu"))
    #expect(!text.contains("Ønske:"))
    // Each kind was decided by the sharing check, and each refusal audited.
    let leader = try n.f.database.accounts.signIn(username: "leder", password: DemoHome.password)
    let log = try n.f.database.rights.accessLog(residentID: n.resident.id, actor: leader)
    #expect(log.filter { $0.action == .sharingRefused && $0.subjectID == n.ib.id }.count == 4)
  }

  @Test func aGuardianWithinScopeIsToldHealthWithTheGuardianshipAsTheReason() throws {
    let n = try network()
    let ole = try digest(n, n.ole)
    #expect(ole.mayShare("health") && ole.health != nil)
    #expect(!ole.mayShare("economy"))
    let text = RelativeDigestText.render(ole, n.f.context.texts, n.f.session.catalogues.informationKinds)
    #expect(text.contains("Helbred: JA – værge efter værgemålsloven, § 5 personlige"))
  }

  @Test func givingTheDigestIsLoggedOnTheContactLog() throws {
    let n = try network()
    let repo = RelativesWords.repository(n.f.session)
    let d = try digest(n, n.ole)
    let entry = try repo.logDigestGiven(d, as: .letter, said: "Sammendrag givet", actor: n.f.session.actor)
    #expect(entry.relativeID == n.ole.id && entry.kind == .letter && entry.toldAboutHealth)
    #expect(entry.staffName == n.f.session.actor.displayName && entry.occurredOn == n.f.today)
    let log = try repo.overview(residentID: n.resident.id, actor: n.f.session.actor).contactLog
    #expect(log.first?.id == entry.id)
    // A consent withdrawn after the digest was made refuses the giving.
    let aase = try digest(n, n.aase)
    let consent = try repo.overview(residentID: n.resident.id, actor: n.f.session.actor).consents(of: n.aase.id)[0]
    _ = try repo.withdrawConsent(consent.id, by: n.f.session.actor)
    #expect(throws: StorageError.self) {
      try repo.logDigestGiven(aase, as: .letter, said: "x", actor: n.f.session.actor)
    }
    #expect(try repo.overview(residentID: n.resident.id, actor: n.f.session.actor).contactLog.first?.id == entry.id)
  }

  @Test func theScreenShowsWhyAndGivesTheDigestAsAPrivateFile() throws {
    let n = try network()
    let screen = WhatMayITellScreen(session: n.f.session, resident: n.resident, relative: n.aase)
    n.f.shell.reset(to: screen)
    let big = n.f.screen()
    #expect(big.contains("Hvad må Åse Ågård få at vide om \(n.resident.name)"))
    #expect(big.contains("Plan") && big.contains("Ja") && big.contains("samtykke givet"))
    #expect(big.contains("Nej") && big.contains("intet samtykke"))
    #expect(big.contains("Giv sammendraget som fil"))
    let small = n.f.screen(width: 60, height: 16)
    #expect(small.contains("Helbred"))
    // Down to "Giv sammendraget som fil" (after the four kinds and "Vis"), Enter.
    for _ in 0..<5 { n.f.press(.down) }
    n.f.press(.enter)
    let files = try FileManager.default.contentsOfDirectory(atPath: n.f.context.exportDirectory)
    #expect(files.count == 1)
    let path = n.f.context.exportDirectory + "/" + (files.first ?? "")
    let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    #expect(mode == 0o600)
    let written = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    #expect(written.contains("Ønske:") && !written.contains("Helbred\n="))
    let page = n.f.screen()
    #expect(page.contains("logget i kontaktloggen") && page.contains("Logget i kontaktloggen. Filen"))
    #expect(page.contains(files.first ?? "?"))
    let log = try RelativesWords.repository(n.f.session).overview(residentID: n.resident.id, actor: n.f.session.actor)
    #expect(log.contactLog.first?.said.contains("Plan, Hverdag") == true)
    #expect(log.contactLog.first?.relativeID == n.aase.id)
  }
}
