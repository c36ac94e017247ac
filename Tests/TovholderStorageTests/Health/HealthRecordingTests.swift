import Foundation
import GRDB
import Testing
import TovholderCore

@testable import TovholderStorage

/// Danish local noon on a day, for screening times.
func healthNoon(_ y: Int, _ m: Int, _ d: Int) -> Date {
  CalendarDay(year: y, month: m, day: d)!.start(in: .danish).addingTimeInterval(12 * 3600)
}

func weight(_ f: Fixture, _ kg: Double, _ date: Date, height: Double? = nil, by actor: Actor? = nil) throws -> Screening
{
  var values: [String: ScreeningValue] = ["weight": .number(kg)]
  if let height { values["height"] = .number(height) }
  return try f.db.health.record(
    NewScreening(residentID: f.residentA.id, templateKey: "weight", takenAt: date, values: values),
    by: actor ?? f.staffA)
}

@Suite struct HealthRecordingTests {
  @Test func builtInCatalogueIsCompiledIn() throws {
    let f = try Fixture()
    #expect(f.db.health.builtInTemplates.count >= 10)
    #expect(try f.db.health.templates().map(\.key).contains("nrs2002"))
  }

  @Test func recordingStoresDerivedValuesFlagsAndAudits() throws {
    let f = try Fixture()
    f.clock.now = healthNoon(2024, 6, 1)
    _ = try weight(f, 80, healthNoon(2024, 3, 1), height: 178)
    _ = try weight(f, 78.4, healthNoon(2024, 4, 15))
    let third = try weight(f, 75.2, healthNoon(2024, 5, 30))
    #expect(third.values["height"] == .number(178))
    #expect(third.values["bmi"] == .number(23.7))
    #expect(third.flags.map(\.kind) == [.fall])
    #expect(third.flags[0].percent == -6.0)
    #expect(third.recordedByName == "Anna Ærø")
    let history = try f.db.health.history(residentID: f.residentA.id, templateKey: "weight", actor: f.staffA)
    #expect(history.map(\.id).first == third.id && history.count == 3)
    let actions = try f.db.pool.read { db in try String.fetchAll(db, sql: "SELECT action FROM auditLog") }
    #expect(actions.filter { $0 == "screening.create" }.count == 3)
    #expect(actions.last == "health.read")
    #expect(try f.db.audit.verify().isIntact)
  }

  @Test func typoIsRefusedAndNothingIsSaved() throws {
    let f = try Fixture()
    #expect(throws: StorageError.health(.outOfValidRange(field: "weight", min: 20, max: 300))) {
      try weight(f, 700, healthNoon(2024, 5, 1))
    }
    #expect(throws: StorageError.health(.unknownTemplate("nope"))) {
      try f.db.health.record(NewScreening(residentID: f.residentA.id, templateKey: "nope", values: [:]), by: f.staffA)
    }
    let count = try f.db.pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM screening") }
    #expect(count == 0)
  }

  @Test func outOfNormalIsSavedAndFlagged() throws {
    let f = try Fixture()
    let s = try f.db.health.record(
      NewScreening(
        residentID: f.residentA.id, templateKey: "bloodPressure",
        values: ["systolic": .number(172), "diastolic": .number(95)]), by: f.staffA)
    #expect(s.isFlagged && s.flags.map(\.field) == ["systolic", "diastolic"])
  }

  @Test func onlyStaffOfTheUnitMayRecordOrRead() throws {
    let f = try Fixture()
    #expect(throws: StorageError.residentNotAvailable) { try weight(f, 70, healthNoon(2024, 5, 1), by: f.staffB) }
    #expect(throws: StorageError.residentNotAvailable) { try weight(f, 70, healthNoon(2024, 5, 1), by: f.admin) }
    #expect(throws: StorageError.residentNotAvailable) {
      try f.db.health.history(residentID: f.residentA.id, templateKey: "weight", actor: f.staffB)
    }
    #expect(throws: StorageError.accessDenied) { try f.db.health.dueList(unitID: f.unitA.id, actor: f.staffB) }
  }

  @Test func correctingAValueReflagsAndChecksTheVersion() throws {
    let f = try Fixture()
    f.clock.now = healthNoon(2024, 6, 1)
    _ = try weight(f, 80, healthNoon(2024, 4, 1), height: 180)
    var s = try weight(f, 74, healthNoon(2024, 5, 1))
    #expect(s.isFlagged)
    s.values["weight"] = .number(79)
    let fixed = try f.db.health.correct(s, by: f.staffA)
    #expect(!fixed.isFlagged && fixed.version == 2 && fixed.values["bmi"] == .number(24.4))
    #expect(throws: StorageError.versionConflict(changedBy: "Anna Ærø", at: f.clock.now)) {
      try f.db.health.correct(s, by: f.leader)
    }
    var bad = fixed
    bad.values["weight"] = .number(700)
    #expect(throws: StorageError.health(.outOfValidRange(field: "weight", min: 20, max: 300))) {
      try f.db.health.correct(bad, by: f.staffA)
    }
  }

  @Test func consentHistoryNewestCountsAndIsAppendOnly() throws {
    let f = try Fixture()
    f.clock.now = healthNoon(2024, 6, 1)
    try f.db.health.recordConsent(
      residentID: f.residentA.id, status: .given, form: .written, day: CalendarDay(year: 2024, month: 2, day: 1)!,
      note: "Underskrevet ved indflytning", by: f.staffA)
    let now = try f.db.health.recordConsent(
      residentID: f.residentA.id, status: .withdrawn, form: .oral, day: CalendarDay(year: 2024, month: 5, day: 1)!,
      by: f.staffA)
    #expect(now.status == .withdrawn && now.recordedByName == "Anna Ærø")
    let o = try f.db.health.overview(residentID: f.residentA.id, actor: f.staffA)
    #expect(o.consents.map(\.status) == [.withdrawn, .given])
    #expect(throws: StorageError.health(.takenInFuture)) {
      try f.db.health.recordConsent(
        residentID: f.residentA.id, status: .given, form: .oral, day: CalendarDay(year: 2024, month: 7, day: 1)!,
        by: f.staffA)
    }
    #expect(throws: (any Error).self) {
      try f.raw().write { db in try db.execute(sql: "UPDATE healthConsent SET status = 'given'") }
    }
  }

  @Test func homeTemplatesByAdminOnly() throws {
    let f = try Fixture()
    let field = ScreeningField(
      key: "steps", name: LocalizedName(da: "Skridt"),
      kind: .number(.init(unit: "skridt", decimals: 0, valid: 0...100_000)))
    let walk = ScreeningTemplate(
      key: "walk", name: LocalizedName(da: "Gåtur"), interval: ScreeningInterval("1w")!, fields: [field])
    #expect(throws: StorageError.accessDenied) {
      try f.db.health.saveTemplate(walk, expectedVersion: nil, by: f.leader)
    }
    try f.db.health.saveTemplate(walk, expectedVersion: nil, by: f.admin)
    #expect(throws: StorageError.health(.invalidTemplate(.keyTaken))) {
      try f.db.health.saveTemplate(walk, expectedVersion: nil, by: f.admin)
    }
    var changed = walk
    changed.interval = ScreeningInterval("2w")!
    try f.db.health.saveTemplate(changed, expectedVersion: 1, by: f.admin)
    #expect(throws: StorageError.versionConflict(changedBy: "Admin", at: f.clock.now)) {
      try f.db.health.saveTemplate(changed, expectedVersion: 1, by: f.admin)
    }
    let t = try f.db.health.templates().first { $0.key == "walk" }
    #expect(t?.isCustom == true && t?.interval == ScreeningInterval("2w"))
    let s = try f.db.health.record(
      NewScreening(residentID: f.residentA.id, templateKey: "walk", values: ["steps": .number(2_000)]), by: f.staffA)
    #expect(s.values["steps"] == .number(2_000))
    // Recorded: the field may be renamed and ranges changed, not removed or given another unit.
    var renamed = t!
    renamed.fields[0].name = LocalizedName(da: "Skridt i alt")
    renamed.fields.append(
      ScreeningField(
        key: "km", name: LocalizedName(da: "Km"), kind: .number(.init(unit: "km", decimals: 1, valid: 0...100)),
        isOptional: true))
    try f.db.health.saveTemplate(renamed, expectedVersion: 2, by: f.admin)
    var removed = renamed
    removed.fields.removeFirst()
    #expect(throws: StorageError.health(.invalidTemplate(.fieldInUse("steps")))) {
      try f.db.health.saveTemplate(removed, expectedVersion: 3, by: f.admin)
    }
    #expect(try f.db.health.templateVersion(key: "walk") == 3)
    #expect(try f.db.health.history(residentID: f.residentA.id, templateKey: "walk", actor: f.staffA).count == 1)
  }
}
