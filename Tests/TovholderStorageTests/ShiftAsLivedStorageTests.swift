import Foundation
import GRDB
import Testing
import TovholderCore
import TovholderResources

@testable import TovholderStorage

/// Issue 15 in storage: the home's shift times, the move-in rule, what the handover list
/// reads, progress corrections, who recorded a force report's steps, and loading a form.
/// The fixture's clock: Wednesday 29 May 2024, 18:26:40 Danish time.
@Suite struct ShiftAsLivedStorageTests {
  func actions(_ f: Fixture) throws -> [String] {
    try f.raw().read { try String.fetchAll($0, sql: "SELECT action FROM auditLog ORDER BY id") }
  }

  func at(_ hour: Int, _ minute: Int = 0, day: Int = 29) -> Date {
    CalendarDay(year: 2024, month: 5, day: day)!.at(hour: hour, minute: minute)!
  }

  @Test func theHomesShiftTimesDecideTheHandoverWindow() throws {
    let f = try Fixture()
    #expect(try f.db.setup.shiftTimes() == .standard)
    f.clock.now = at(6, 30)
    _ = try f.db.notes.add(
      NewNote(residentID: f.residentA.id, kind: .daily, text: "Tidlig", isHandover: true), by: f.staffA)
    f.clock.now = SettableClock.storageTestsStart
    // 18:26 with 07/15/23: the window starts 07:00, so the 06:30 note is not in it.
    #expect(try f.db.notes.handover(unitID: f.unitA.id, actor: f.staffA).entries.isEmpty)
    var home = try #require(try f.db.setup.home())
    home.shiftTimes = ShiftTimes(day: 6 * 60, evening: 14 * 60, night: 22 * 60)
    home.address = "Solvej 1, 8000 Aarhus C"
    home.actingMunicipality = "Aarhus Kommune"
    #expect(throws: StorageError.accessDenied) { try f.db.setup.updateHome(home, by: f.staffA) }
    let saved = try f.db.setup.updateHome(home, by: f.leader)
    #expect(saved.version == 2 && saved.address == "Solvej 1, 8000 Aarhus C")
    #expect(try actions(f).last == "home.update")
    // With 06/14/22 the window starts at the day shift, 06:00: the note is in.
    #expect(try f.db.notes.handover(unitID: f.unitA.id, actor: f.staffA).entries.map(\.note.text) == ["Tidlig"])
    // Stale version, and times out of order, are refused.
    #expect(throws: StorageError.self) { try f.db.setup.updateHome(home, by: f.admin) }
    var bad = saved
    bad.shiftTimes = ShiftTimes(day: 15 * 60, evening: 7 * 60, night: 23 * 60)
    #expect(throws: StorageError.invalidHome(.shiftTimes(.order))) { try f.db.setup.updateHome(bad, by: f.admin) }
  }

  @Test func aMoveInBeforeBirthOrMoreThanAYearAheadIsRefused() throws {
    let f = try Fixture()
    let cpr = try CPRNumber("150395-1239")
    func new(_ day: CalendarDay) -> NewResident {
      NewResident(unitID: f.unitA.id, name: "Ny Beboer", cpr: cpr, movedIn: day)
    }
    #expect(throws: StorageError.invalidResident(.moveInBeforeBirth(cpr.birthDate))) {
      try f.db.residents.create(new(CalendarDay(year: 1995, month: 3, day: 14)!), by: f.leader)
    }
    #expect(
      throws: StorageError.invalidResident(.moveInTooFarAhead(latest: CalendarDay(year: 2025, month: 5, day: 29)!))
    ) {
      try f.db.residents.create(new(CalendarDay(year: 2025, month: 5, day: 30)!), by: f.leader)
    }
    let r = try f.db.residents.create(new(CalendarDay(year: 2025, month: 5, day: 29)!), by: f.leader)
    // The acting municipality is the resident's own field, kept on edit.
    var edited = r
    edited.actingMunicipality = " Randers Kommune "
    #expect(try f.db.residents.update(edited, by: f.staffA).actingMunicipality == "Randers Kommune")
  }

  @Test func theHandoverReadsEpisodesIncidentsAndDueFollowUpsOfTheUnit() throws {
    let f = try Fixture()
    let since = at(7)
    let e = try f.db.episodes.quickLog(
      QuickLog(residentID: f.residentA.id, occurredAt: at(12), summary: "slog i køkkenet"), by: f.staffA)
    let items = try f.db.episodes.handover(unitID: f.unitA.id, since: since, actor: f.staffA)
    #expect(items.map(\.episode.id) == [e.id] && items[0].steps.contains(.defusing))
    #expect(try f.db.episodes.handover(unitID: f.unitA.id, since: at(13), actor: f.staffA).isEmpty)
    #expect(throws: StorageError.accessDenied) {
      try f.db.episodes.handover(unitID: f.unitA.id, since: since, actor: f.staffB)
    }

    let report = IncidentReport(
      unitID: f.unitA.id, residentID: f.residentA.id, place: "Stuen",
      time: IncidentTime(day: CalendarDay(year: 2024, month: 5, day: 29)!, minuteOfDay: nil, certainty: .unknown),
      categoryCode: "fall", headline: "Faldt i stuen", description: IncidentDescription(course: "Gled på tæppet"),
      actual: .mild, possible: .moderate)
    let catalogue = try IncidentCatalogue(json: TovholderResources.incidentCategories)
    _ = try f.db.incidents.register(report, catalogue: catalogue, by: f.staffA)
    let forStaff = try f.db.incidents.handover(unitID: f.unitA.id, since: since, actor: f.staffA)
    #expect(forStaff.map(\.summary.headline) == ["Faldt i stuen"] && forStaff[0].reporterName == nil)
    let forLeader = try f.db.incidents.handover(unitID: f.unitA.id, since: since, actor: f.leader)
    #expect(forLeader[0].reporterName == "Anna Ærø")

    let relatives = f.db.relatives
    let ole = try relatives.add(NewRelative(residentID: f.residentA.id, name: "Ole", relation: "bror"), by: f.staffA)
    _ = try relatives.logContact(
      NewContactLogEntry(
        residentID: f.residentA.id, relativeID: ole.id, kind: .call,
        occurredOn: CalendarDay(year: 2024, month: 5, day: 20)!,
        said: "Ringede", agreed: "Ring tilbage", followUpOwnerID: f.staffA.accountID,
        followUpDue: CalendarDay(year: 2024, month: 5, day: 29)!), by: f.staffA)
    let due = try relatives.dueFollowUps(
      unitID: f.unitA.id, through: CalendarDay(year: 2024, month: 5, day: 29)!, actor: f.staffA)
    #expect(due.map(\.residentName) == ["Bjørn Ågård"])
    #expect(
      try relatives.dueFollowUps(
        unitID: f.unitA.id, through: CalendarDay(year: 2024, month: 5, day: 28)!, actor: f.staffA
      ).isEmpty)
    #expect(try f.db.audit.verify().isIntact)
  }

  @Test func aWrongValueIsMarkedNeverEdited() throws {
    let p = try PlanFixture()
    let first = try p.db.plans.recordProgress(NewProgress(subGoalID: p.sub.id, value: 3), by: p.f.staffA)
    #expect(throws: StorageError.invalidPlan(.emptyCorrectionReason)) {
      try p.db.plans.correctProgress(first.id, reason: "  ", by: p.f.staffA)
    }
    let right = try p.db.plans.correctProgress(
      first.id, reason: "Tastet på forkert delmål", replacement: NewProgress(subGoalID: p.sub.id, value: 1),
      by: p.f.staffA)
    #expect(right?.value == 1)
    #expect(throws: StorageError.invalidPlan(.alreadyCorrected)) {
      try p.db.plans.correctProgress(first.id, reason: "Igen", by: p.f.staffA)
    }
    let node = try #require(try p.db.plans.document(residentID: p.f.residentA.id, actor: p.f.staffA)?.subGoal(p.sub.id))
    #expect(node.progress.map(\.value) == [1])
    #expect(node.history.map(\.value) == [3, 1])
    #expect(node.history[0].correction?.reason == "Tastet på forkert delmål")
    #expect(node.history[0].correction?.byName == "Anna Ærø")
    #expect(try actions(p.f).suffix(3) == ["plan.progress.correct", "plan.progress.record", "plan.read"])
  }

  @Test func theForceReportsStepsRecordWhoAndWhen() throws {
    let f = try Fixture()
    let form = EpisodesForceStorageTests.skema1
    let day = CalendarDay(year: 2024, month: 5, day: 29)!
    var r = try f.db.force.register(
      residentID: f.residentA.id, episodeID: nil, form: form,
      answers: EpisodesForceStorageTests.answers(form, day: day),
      by: f.staffA)
    r = try f.db.force.assess(id: r.id, assessment: "Nødvendigt", version: r.version, by: f.leader)
    r = try f.db.force.markSent(id: r.id, municipality: day, supervisor: day, version: r.version, by: f.leader)
    #expect(r.sentByName == "Lise Leder" && r.sentRecordedAt == f.clock.now)
    r = try f.db.force.markInformed(id: r.id, on: day, who: "Søster", version: r.version, by: f.staffA)
    #expect(r.informedByName == "Anna Ærø" && r.informedRecordedAt == f.clock.now)
  }

  @Test func anAdminLoadsANewerFormAndSeesWhatChanged() throws {
    let f = try Fixture()
    let old = EpisodesForceStorageTests.skema1
    let text = String(decoding: try #require(TovholderResources.episodesForceForm("skema1")), as: UTF8.self)
    let newer = text.replacingOccurrences(
      of: "\"version\": \"2025-01 (ikke verificeret)\"", with: "\"version\": \"2026-01\""
    )
    .replacingOccurrences(of: "Tilbuddets navn", with: "Botilbuddets navn")
    #expect(throws: StorageError.accessDenied) {
      try f.db.forceForms.load(json: Array(newer.utf8), current: old, known: [old], by: f.leader)
    }
    let loaded = try f.db.forceForms.load(json: Array(newer.utf8), current: old, known: [old], by: f.admin)
    #expect(loaded.form.version == "2026-01")
    #expect(
      loaded.result
        == .loaded(changes: [.relabelled(id: "tilbud_navn", from: "Tilbuddets navn", to: "Botilbuddets navn")]))
    #expect(try f.db.forceForms.loaded().map(\.form.version) == ["2026-01"])
    #expect(try actions(f).last == "force.form.load")
    // The same file again changes nothing; the same version with other content is refused.
    #expect(
      try f.db.forceForms.load(json: Array(newer.utf8), current: loaded.form, known: [old, loaded.form], by: f.admin)
        .result == .alreadyLoaded)
    let clash = newer.replacingOccurrences(of: "Botilbuddets navn", with: "Stedets navn")
    #expect(throws: StorageError.invalidForceForm(.versionReused("2026-01"))) {
      try f.db.forceForms.load(json: Array(clash.utf8), current: loaded.form, known: [old, loaded.form], by: f.admin)
    }
    #expect(throws: StorageError.invalidForceForm(.unreadable)) {
      try f.db.forceForms.load(json: Array("{".utf8), current: old, known: [old], by: f.admin)
    }
  }
}
