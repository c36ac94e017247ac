import Foundation
import TerminalUI
import Testing
import TovholderCore
import TovholderStorage

@testable import TovholderApp

/// Issue 15: a force form picks who took part from the accounts of the resident's unit and
/// the guardian from the resident's network; the answers stay the text the official form asks
/// for. The § 135 a step "informed" picks among guardians and relatives.
@Suite(.serialized) struct ForceFormPicksTests {
  @Test func staffAndGuardianArePickedAndSavedAsNames() throws {
    let f = try AppFixture(user: "nattevagt")
    let (e, _) = try AllForms.episode(f)
    let relatives = f.database.relatives(catalogue: f.session.catalogues.informationKinds)
    _ = try relatives.addGuardianship(
      NewGuardianship(
        residentID: e.residentID, guardian: .outside(name: "Advokat Zoë Berg", contact: "12345678"),
        section: .section5, areas: [.personal], decidedOn: f.today.adding(days: -30)), by: f.session.actor)
    let resident = try f.database.residents.fetch(id: e.residentID, actor: f.session.actor)
    let form = ForceFormScreen.make(session: f.session, kind: .skema1, episode: e, context: f.context)
    f.shell.reset(to: [f.shell.stack[0], form])

    // Who took part: a list of the unit's staff, the reporter chosen.
    let staff = ForceField(key: ForceFormPicks.staffField)
    guard case .multiChoice(let people)? = form.specs.first(where: { $0.id == staff })?.kind else {
      Issue.record("medarbejdere is not a list")
      return
    }
    let colleagues = try f.database.accounts.colleagues(in: resident.unitID, for: f.session.actor)
    #expect(people.count == colleagues.count && colleagues.count > 1)
    #expect(form.value(staff) == String(f.session.actor.accountID))
    // The guardian in force is chosen; the answer is the name alone.
    let guardian = ForceField(key: ForceFormPicks.guardianField)
    #expect(form.label(of: guardian) == "Advokat Zoë Berg (værge)")
    let picks = ForceFormPicks.make(f.session, e, unitID: resident.unitID, today: f.today, texts: f.context.texts)
    #expect(picks.answer(ForceFormPicks.guardianField, keys: form.value(guardian)) == "Advokat Zoë Berg")
    let other = try #require(colleagues.first { $0.id != f.session.actor.accountID })
    let both = "\(f.session.actor.accountID),\(other.id)"
    let answer = picks.answer(ForceFormPicks.staffField, keys: both)
    #expect(answer.contains("Sofie Ærenlund (Personale)") && answer.contains(other.displayName))
    #expect(!answer.contains(String(other.id)))
  }

  /// The guardian field offers the guardians in force first, then the resident's relatives
  /// (one may be the guardian before it is recorded), then "no guardian"; the answer is the
  /// name alone. With no guardian on record, nobody is chosen for the person.
  @Test func theGuardianFieldOffersTheRelativesToo() throws {
    let f = try AppFixture(user: "nattevagt")
    let (e, _) = try AllForms.episode(f)
    let repo = f.database.relatives(catalogue: f.session.catalogues.informationKinds)
    let overview = try repo.overview(residentID: e.residentID, actor: f.session.actor, on: f.today)
    let inForce = overview.guardianships.filter { $0.isActive(on: f.today) }.count
    let aase = try repo.add(
      NewRelative(residentID: e.residentID, name: "Åse Ågård", relation: "søster"), by: f.session.actor)
    let form = ForceFormScreen.make(session: f.session, kind: .skema2, episode: e, context: f.context)
    let guardian = ForceField(key: ForceFormPicks.guardianField)
    guard case .choice(let options)? = form.specs.first(where: { $0.id == guardian })?.kind else {
      Issue.record("værge is not a list")
      return
    }
    #expect(options.count == inForce + overview.relatives.count + 2)
    let at = try #require(options.firstIndex { $0.label == "Åse Ågård (søster)" })
    #expect(at >= inForce && at < options.count - 1)
    #expect(options.last?.key == ForceFormPicks.nobody)
    #expect(form.value(guardian) == (inForce == 0 ? ForceFormPicks.nobody : "g0"))
    let resident = try f.database.residents.fetch(id: e.residentID, actor: f.session.actor)
    let picks = ForceFormPicks.make(f.session, e, unitID: resident.unitID, today: f.today, texts: f.context.texts)
    #expect(picks.answer(ForceFormPicks.guardianField, keys: ForceFormPicks.nobody) == "")
    #expect(form.setValue(guardian, "r\(aase.id)"))
    #expect(picks.answer(ForceFormPicks.guardianField, keys: form.value(guardian)) == "Åse Ågård")
  }

  /// The step "guardian/relatives informed" names the resident's network above its text field.
  @Test func theInformedStepNamesTheNetwork() throws {
    let f = try AppFixture(user: "leder")
    let report = try AllForms.report(f)
    let relatives = f.database.relatives(catalogue: f.session.catalogues.informationKinds)
    _ = try relatives.addGuardianship(
      NewGuardianship(
        residentID: report.residentID, guardian: .outside(name: "Advokat Zoë Berg", contact: "12345678"),
        section: .section5, areas: [.personal], decidedOn: f.today.adding(days: -30)), by: f.session.actor)
    let form = ForceStepForms.make(.informed, session: f.session, report: report, context: f.context)
    f.shell.reset(to: [f.shell.stack[0], form])
    let screen = f.screen(width: 100, height: 24)
    #expect(screen.contains("Beboerens netværk: Advokat Zoë Berg (værge)"))
    #expect(form.value(.who) == (report.relativesInformedWho ?? ""))
  }

  /// Staff from another unit are never offered; an admin has no colleagues to offer.
  @Test func colleaguesAreTheUnitsActiveStaff() throws {
    let f = try AppFixture(user: "personale")
    let units = f.session.actor.unitIDs
    for unit in units {
      let people = try f.database.accounts.colleagues(in: unit, for: f.session.actor)
      #expect(!people.isEmpty && people.allSatisfy { $0.unitIDs.contains(unit) && $0.role != .admin && $0.isActive })
    }
    let all = try f.database.units.list().map(\.id)
    for other in all where !units.contains(other) {
      #expect(try f.database.accounts.colleagues(in: other, for: f.session.actor).isEmpty)
    }
  }
}
