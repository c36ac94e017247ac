import Foundation
import GRDB
import TovholderCore

@testable import TovholderStorage

/// The storage fixture with one record in every table `check` covers, each written and, where
/// the program can, changed again through the program (so every audited write path that
/// records a content hash has run once): a note, an incident under review with an action,
/// a plan with a goal, sub-goal, intervention, progress value and follow-up, screenings,
/// an assignment and a consent to health data, a relative with consent, guardianship and a
/// contact, an episode with a force report, and a risk mark and check.
final class CoveredRecords: @unchecked Sendable {
  let x: IncidentFixture
  var f: Fixture { x.f }
  var db: AppDatabase { x.f.db }

  init() throws {
    x = try IncidentFixture()
    let f = x.f
    let resident = f.residentA!
    var moved = resident
    moved.contactPersonID = f.staffA.accountID
    _ = try db.residents.update(moved, by: f.leader)
    try whole(after: "residents.update")

    var note = try db.notes.add(NewNote(residentID: resident.id, text: "Spiste godt"), by: f.staffA)
    try whole(after: "notes.add")
    note.text = "Spiste godt i dag"
    _ = try db.notes.update(note, by: f.staffA)
    try whole(after: "notes.update")

    let incident = try x.register()
    try whole(after: "incidents.register")
    let started = try db.incidents.startReview(incident.id, version: incident.version, by: f.leader)
    try whole(after: "incidents.startReview")
    _ = try db.incidents.saveReview(incident.id, review: x.closing, version: started.version, by: f.leader)
    try whole(after: "incidents.saveReview")

    try writePlan(for: resident)
    try writeHealth(for: resident)
    try writeRelatives(for: resident)

    let episode = try db.episodes.quickLog(
      QuickLog(residentID: resident.id, occurredAt: f.clock.now, summary: "slog ud"), by: f.staffA)
    try whole(after: "episodes.quickLog")
    _ = try db.episodes.complete(
      id: episode.id, details: EpisodeDetails(place: "gangen", during: "slog", forceUsed: false), version: 1,
      by: f.staffA)
    try whole(after: "episodes.complete")
    let form = EpisodesForceStorageTests.skema1
    let force = try db.force.register(
      residentID: resident.id, episodeID: episode.id, form: form,
      answers: EpisodesForceStorageTests.answers(form, day: CalendarDay(f.clock.now, in: .danish)), by: f.staffA)
    try whole(after: "force.register")
    _ = try db.force.assess(id: force.id, assessment: "Nødvendigt", version: force.version, by: f.leader)
    try whole(after: "force.assess")
    try db.risk.setAtRisk(true, residentID: resident.id, by: f.staffA)
    try whole(after: "risk.setAtRisk")
    _ = try db.risk.record(
      residentID: resident.id, checklist: EpisodesRiskStorageTests.checklist,
      answers: EpisodesRiskStorageTests.answers(2), by: f.staffA)
    try whole(after: "risk.record")
  }

  private func writePlan(for resident: Resident) throws {
    let f = x.f
    let day = PlanFixture.day
    var plan = try db.plans.create(
      NewPlan(residentID: resident.id, wish: "Egen lejlighed", startDate: day("2024-01-10")), by: f.staffA)
    try whole(after: "plans.create")
    var goal = try db.plans.addGoal(
      NewGoal(planID: plan.id, fields: PlanFixture.fields("Klarer selv indkøb", .contactPerson)), by: f.staffA)
    try whole(after: "plans.addGoal")
    let sub = try db.plans.addSubGoal(
      NewSubGoal(
        goalID: goal.id, text: "Handler alene i Netto", measure: .scale(min: 0, max: 4), target: 3,
        followUpDate: day("2024-06-15")), by: f.staffA)
    try whole(after: "plans.addSubGoal")
    var intervention = try db.plans.addIntervention(
      NewIntervention(subGoalID: sub.id, text: "Går med", frequency: Frequency(times: 2, per: .week)), by: f.staffA)
    try whole(after: "plans.addIntervention")
    intervention.text = "Går med de første gange"
    _ = try db.plans.updateIntervention(intervention, by: f.staffA)
    try whole(after: "plans.updateIntervention")
    var editedSub = sub
    editedSub.fields.target = 4
    _ = try db.plans.updateSubGoal(editedSub, by: f.staffA)
    try whole(after: "plans.updateSubGoal")
    var editedGoal = goal
    editedGoal.title = "Klarer selv indkøb i Netto"
    goal = try db.plans.updateGoal(editedGoal, by: f.staffA)
    try whole(after: "plans.updateGoal")
    var editedPlan = plan
    editedPlan.wish = "Egen lejlighed i byen"
    plan = try db.plans.update(editedPlan, by: f.staffA)
    try whole(after: "plans.update")
    _ = try db.plans.recordProgress(NewProgress(subGoalID: sub.id, value: 2), by: f.staffA)
    try whole(after: "plans.recordProgress")
    _ = try db.plans.holdFollowUp(
      NewFollowUp(
        planID: plan.id, planVersion: plan.version, heldOn: day("2024-05-28"), participants: "Bjørn, søster",
        decisions: [
          GoalDecision(
            goalID: goal.id, goalVersion: goal.version, decision: .change, score: 2, note: "Liste hjælper",
            revised: PlanFixture.fields("Klarer selv indkøb med liste", .contactPerson))
        ]), by: f.leader)
    try whole(after: "plans.holdFollowUp")
  }

  private func writeHealth(for resident: Resident) throws {
    let f = x.f
    var assignment = try db.health.assign(residentID: resident.id, templateKey: "weight", by: f.staffA)
    try whole(after: "health.assign")
    assignment.interval = ScreeningInterval("2w")
    _ = try db.health.updateAssignment(assignment, by: f.staffA)
    try whole(after: "health.updateAssignment")
    _ = try weight(f, 80, healthNoon(2024, 5, 1), height: 178)
    try whole(after: "health.record")
    let flagged = try weight(f, 75.2, healthNoon(2024, 5, 28))
    try whole(after: "health.record")
    try db.health.setNurse(f.staffA.accountID, true, by: f.leader)
    _ = try db.health.markSeen(flagged, note: "Lægetid bestilt", by: f.staffA)
    try whole(after: "health.markSeen")
    _ = try db.health.recordConsent(
      residentID: resident.id, status: .given, form: .oral, day: CalendarDay(year: 2024, month: 2, day: 1)!,
      by: f.staffA)
    try whole(after: "health.recordConsent")
  }

  private func writeRelatives(for resident: Resident) throws {
    let f = x.f
    let today = CalendarDay(f.clock.now, in: .danish)
    var mette = try db.relatives.add(
      NewRelative(residentID: resident.id, name: "Mette", relation: "søster"), by: f.staffA)
    try whole(after: "relatives.add")
    mette.phone = "12345678"
    mette = try db.relatives.update(mette, by: f.staffA)
    try whole(after: "relatives.update")
    let consent = try db.relatives.addConsent(
      NewConsent(residentID: resident.id, relativeID: mette.id, kindCode: "health", givenOn: today, form: .written),
      by: f.staffA)
    try whole(after: "relatives.addConsent")
    _ = try db.relatives.withdrawConsent(consent.id, by: f.staffA)
    try whole(after: "relatives.withdrawConsent")
    var guardianship = try db.relatives.addGuardianship(
      NewGuardianship(
        residentID: resident.id, guardian: .relative(mette.id), section: .section5, areas: [.economic],
        namedMatters: ["Bankforhold"], decidedOn: CalendarDay(year: 2022, month: 2, day: 1)!), by: f.staffA)
    try whole(after: "relatives.addGuardianship")
    guardianship.endsOn = CalendarDay(year: 2030, month: 1, day: 1)!
    _ = try db.relatives.updateGuardianship(guardianship, by: f.staffA)
    try whole(after: "relatives.updateGuardianship")
    let entry = try db.relatives.logContact(
      NewContactLogEntry(
        residentID: resident.id, relativeID: mette.id, kind: .call, occurredOn: today, said: "Talte om lægen",
        agreed: "Mette ringer", toldAboutHealth: false, followUpOwnerID: f.staffA.accountID,
        followUpDue: CalendarDay(year: 2024, month: 6, day: 3)!), by: f.staffA)
    try whole(after: "relatives.logContact")
    _ = try db.relatives.completeFollowUp(entry, by: f.staffA)
    try whole(after: "relatives.completeFollowUp")
    try db.relatives.setExpectationsMeeting(residentID: resident.id, on: today, by: f.staffA)
    try whole(after: "relatives.setExpectationsMeeting")
    try db.relatives.setExpectationsMeeting(residentID: resident.id, on: nil, by: f.staffA)
    try whole(after: "relatives.setExpectationsMeeting")
  }

  /// What `check` named after each write through the program (nothing, when every write
  /// path records the record it wrote).
  private(set) var namedAfterWrites: [String] = []

  private func whole(after step: String) throws {
    let changed = try db.pool.read { try ContentHash.report($0).changedRows }
    namedAfterWrites += changed.map { "\(step): \($0.table) \($0.id)" }
  }

  /// The id (or resident) of the newest audited record of `table`.
  func id(of table: ContentHash.Table) throws -> Int64 {
    try db.pool.read {
      try Int64.fetchOne(
        $0, sql: "SELECT max(contentId) FROM auditLog WHERE contentTable = ?", arguments: [table.rawValue])
    } ?? -1
  }

  /// Runs `sql` on a plain SQLite connection, as someone with the file and sqlite3 could.
  func outside(_ sql: String, _ arguments: StatementArguments = []) throws {
    try f.raw().write { try $0.execute(sql: sql, arguments: arguments) }
  }
}
