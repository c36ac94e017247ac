import Foundation
import GRDB
import Testing
import TovholderCore

@testable import TovholderStorage

@Suite struct HealthListTests {
  @Test func dueListChangesAsScreeningsAreRecorded() throws {
    let f = try Fixture()
    f.clock.now = healthNoon(2024, 2, 27)  // a Tuesday
    let today = CalendarDay(year: 2024, month: 2, day: 27)!
    try f.db.health.assign(
      residentID: f.residentA.id, templateKey: "weight", startDay: CalendarDay(year: 2024, month: 1, day: 10)!,
      by: f.staffA)
    try f.db.health.assign(
      residentID: f.residentA.id, templateKey: "bloodPressure", interval: ScreeningInterval("14d"),
      startDay: CalendarDay(year: 2024, month: 2, day: 29)!, responsibleID: f.staffA.accountID, by: f.staffA)
    try f.db.health.assign(
      residentID: f.residentA.id, templateKey: "healthCheck", startDay: CalendarDay(year: 2024, month: 6, day: 1)!,
      by: f.staffA)
    try f.db.health.assign(residentID: f.residentB.id, templateKey: "weight", by: f.staffB)
    var due = try f.db.health.dueList(unitID: f.unitA.id, actor: f.staffA, today: today)
    #expect(due.map(\.templateKey) == ["weight", "bloodPressure"])
    #expect(due.map(\.status) == [.overdue, .thisWeek])
    #expect(due[0].daysOverdue(today: today) == 48)
    #expect(due[1].responsibleName == "Anna Ærø")
    // Recording the weight moves it a month on (29 Feb in a leap year) and off the overdue list.
    _ = try weight(f, 70, healthNoon(2024, 1, 29))
    due = try f.db.health.dueList(unitID: f.unitA.id, actor: f.staffA, today: today)
    #expect(due.first { $0.templateKey == "weight" }?.due == CalendarDay(year: 2024, month: 2, day: 29))
    #expect(due.first { $0.templateKey == "weight" }?.status == .thisWeek)
    _ = try weight(f, 70.4, healthNoon(2024, 2, 27))
    due = try f.db.health.dueList(unitID: f.unitA.id, actor: f.staffA, today: today)
    #expect(due.map(\.templateKey) == ["bloodPressure"])
    let all = try f.db.health.dueList(actor: f.staffA, today: today, until: .later)
    #expect(all.map(\.templateKey) == ["bloodPressure", "weight", "healthCheck"])
    // The leader sees both units; the unit B resident's weight is due today.
    let leaderList = try f.db.health.dueList(actor: f.leader, today: today)
    #expect(Set(leaderList.map(\.residentID)) == [f.residentA.id, f.residentB.id])
    let audit = try f.db.pool.read { db in
      try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM auditLog WHERE action = 'health.duelist.read'")
    }
    #expect(audit == 5)
  }

  @Test func perResidentIntervalAndStoppingAnAssignment() throws {
    let f = try Fixture()
    f.clock.now = healthNoon(2024, 3, 1)
    var a = try f.db.health.assign(residentID: f.residentA.id, templateKey: "weight", by: f.staffA)
    _ = try weight(f, 70, healthNoon(2024, 3, 1))
    a.interval = ScreeningInterval("2w")
    a = try f.db.health.updateAssignment(a, by: f.staffA)
    let o = try f.db.health.overview(residentID: f.residentA.id, actor: f.staffA)
    #expect(o.items.first?.due == CalendarDay(year: 2024, month: 3, day: 15))
    #expect(!o.unassigned.contains { $0.key == "weight" })
    var stale = a
    stale.version -= 1
    #expect(throws: StorageError.versionConflict(changedBy: "Anna Ærø", at: f.clock.now)) {
      try f.db.health.updateAssignment(stale, by: f.staffA)
    }
    a.isActive = false
    _ = try f.db.health.updateAssignment(a, by: f.staffA)
    #expect(try f.db.health.dueList(actor: f.staffA, until: .later).isEmpty)
    #expect(throws: StorageError.health(.unknownTemplate("x"))) {
      try f.db.health.assign(residentID: f.residentA.id, templateKey: "x", by: f.staffA)
    }
  }

  @Test func movedOutResidentsLeaveTheDueList() throws {
    let f = try Fixture()
    f.clock.now = healthNoon(2024, 3, 1)
    try f.db.health.assign(residentID: f.residentA.id, templateKey: "weight", by: f.staffA)
    var r = f.residentA!
    r.movedOut = CalendarDay(year: 2024, month: 2, day: 1)
    _ = try f.db.residents.update(r, by: f.leader)
    #expect(try f.db.health.dueList(actor: f.staffA).isEmpty)
  }

  @Test func flagListShowsNewestUnseenAndMarkSeenCoversOlder() throws {
    let f = try Fixture()
    f.clock.now = healthNoon(2024, 6, 1)
    _ = try weight(f, 80, healthNoon(2024, 3, 1), height: 178)
    let first = try weight(f, 75, healthNoon(2024, 4, 1))
    let second = try weight(f, 74, healthNoon(2024, 5, 1))
    _ = try f.db.health.record(
      NewScreening(
        residentID: f.residentB.id, templateKey: "bloodPressure", takenAt: healthNoon(2024, 5, 20),
        values: ["systolic": .number(150), "diastolic": .number(85)]), by: f.staffB)
    #expect(first.isFlagged && second.isFlagged)
    let list = try f.db.health.flagList(actor: f.leader)
    #expect(list.map(\.screening.templateKey) == ["bloodPressure", "weight"])
    #expect(list[1].screening.id == second.id && list[1].olderUnseen == 1)
    #expect(list[1].residentName == "Bjørn Ågård")
    #expect(try f.db.health.flagList(actor: f.staffA).count == 1)
    // Plain staff may not mark seen; a nurse in the unit or a leader may.
    #expect(throws: StorageError.accessDenied) { try f.db.health.markSeen(second, note: "Set", by: f.staffA) }
    #expect(throws: StorageError.accessDenied) { try f.db.health.setNurse(f.staffA.accountID, true, by: f.staffB) }
    try f.db.health.setNurse(f.staffA.accountID, true, by: f.leader)
    #expect(throws: StorageError.health(.emptySeenNote)) { try f.db.health.markSeen(second, note: "  ", by: f.staffA) }
    let seen = try f.db.health.markSeen(second, note: "Lægetid bestilt", by: f.staffA)
    #expect(seen.seen?.byName == "Anna Ærø" && seen.seen?.note == "Lægetid bestilt")
    #expect(try f.db.health.flagList(actor: f.leader).map(\.screening.templateKey) == ["bloodPressure"])
    // The second nurse working from the old list is told who got there first.
    #expect(throws: StorageError.versionConflict(changedBy: "Anna Ærø", at: f.clock.now)) {
      try f.db.health.markSeen(second, note: "Også set", by: f.leader)
    }
    let unflagged = try weight(f, 74.5, healthNoon(2024, 5, 31))
    #expect(unflagged.isFlagged)  // still 6.9 % below 80 within three months
    let ok = try f.db.health.record(
      NewScreening(
        residentID: f.residentA.id, templateKey: "bloodPressure",
        values: ["systolic": .number(120), "diastolic": .number(80)]),
      by: f.staffA)
    #expect(throws: StorageError.health(.notFlagged)) { try f.db.health.markSeen(ok, note: "x", by: f.leader) }
    #expect(try f.db.audit.verify().isIntact)
  }

  @Test func responsibleIsSomeoneOfTheUnitAndShownOnTheDueList() throws {
    let f = try Fixture()
    let choices = try f.db.health.responsibleChoices(residentID: f.residentA.id, actor: f.staffA)
    #expect(choices.map(\.name) == ["Anna Ærø", "Lise Leder"])
    #expect(throws: StorageError.health(.responsibleNotInUnit)) {
      try f.db.health.assign(
        residentID: f.residentA.id, templateKey: "weight", responsibleID: f.staffB.accountID, by: f.staffA)
    }
    var a = try f.db.health.assign(
      residentID: f.residentA.id, templateKey: "weight", responsibleID: f.leader.accountID, by: f.staffA)
    #expect(try f.db.health.dueList(actor: f.staffA).first?.responsibleName == "Lise Leder")
    a.responsibleID = f.admin.accountID
    #expect(throws: StorageError.health(.responsibleNotInUnit)) { try f.db.health.updateAssignment(a, by: f.staffA) }
    a.responsibleID = f.staffA.accountID
    try f.db.health.updateAssignment(a, by: f.staffA)
    #expect(try f.db.health.dueList(actor: f.staffA).first?.responsibleName == "Anna Ærø")
  }

  @Test func stoppedScreeningsKeepTheirHistoryOnTheTab() throws {
    let f = try Fixture()
    var a = try f.db.health.assign(residentID: f.residentA.id, templateKey: "weight", by: f.staffA)
    try f.db.health.record(
      NewScreening(
        residentID: f.residentA.id, templateKey: "weight", values: ["weight": .number(70), "height": .number(170)]),
      by: f.staffA)
    #expect(try f.db.health.overview(residentID: f.residentA.id, actor: f.staffA).stopped.isEmpty)
    a.isActive = false
    try f.db.health.updateAssignment(a, by: f.staffA)
    let o = try f.db.health.overview(residentID: f.residentA.id, actor: f.staffA)
    #expect(o.items.isEmpty)
    #expect(o.stopped.map(\.key) == ["weight"])
    #expect(o.unassigned.contains { $0.key == "weight" })
  }
}
