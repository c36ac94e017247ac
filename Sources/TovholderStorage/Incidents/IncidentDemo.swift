import Foundation
import GRDB
import TovholderCore

/// Fictional unintended events for the demo home: plausible categories, places and texts
/// (without names or CPR numbers, as the reporter is asked), statuses by age.
struct IncidentDemo {
  let db: AppDatabase
  let units: [TovholderCore.Unit]
  let staff: [Actor]
  /// (resident id, unit id, moved out) of every demo resident.
  let residents: [(id: ResidentID, unitID: UnitID, movedOut: Date?)]
  let days: Int
  let count: Int
  let auditEach: Bool

  /// Inserts `count` events spread over the last `days` days, oldest first; returns how many.
  func insert(using rng: inout DemoRandom) throws(StorageError) -> Int {
    let now = db.now
    let start = now.addingTimeInterval(-Double(days) * 86_400)
    var occurred = (0..<count).map { _ in
      start.addingTimeInterval(Double.random(in: 0..<(now.timeIntervalSince(start) - 3_600), using: &rng))
    }
    occurred.sort()
    let movedIn = try movedInDates()
    let rowIDBase = try db.read { db in try IncidentSearch.demoRowIDBase(db, count: occurred.count) }
    var written = 0
    for chunk in stride(from: 0, to: occurred.count, by: 10_000) {
      let slice = occurred[chunk..<min(chunk + 10_000, occurred.count)]
      var rows: [DemoIncidentRow] = []
      for at in slice { rows.append(make(at: at, now: now, movedIn: movedIn, using: &rng)) }
      try write(rows, now: now, searchRowID: rowIDBase + Int64(written))
      written += rows.count
    }
    return written
  }

  /// When each resident moved in: an event before that concerns no resident.
  private func movedInDates() throws(StorageError) -> [ResidentID: Date] {
    try db.read { db in
      var out: [ResidentID: Date] = [:]
      for r in try ResidentRow.fetchAll(db) { out[try r.resident().id] = r.movedIn.start(in: .danish) }
      return out
    }
  }

  private func make(at: Date, now: Date, movedIn: [ResidentID: Date], using rng: inout DemoRandom)
    -> DemoIncidentRow
  {
    let unit = rng.pick(units)
    let reporters = staff.filter { $0.unitIDs.contains(unit.id) }
    let category = IncidentDemoText.pickCategory(using: &rng)
    let candidates = residents.filter { $0.unitID == unit.id && ($0.movedOut.map { at < $0 } ?? true) }
    var residentID = candidates.isEmpty || rng.chance(0.1) ? nil : rng.pick(candidates).id
    // Clamped after drawing, so the random sequence (and the rest of the demo) stays the same.
    if let id = residentID, let from = movedIn[id], at < from { residentID = nil }
    let certainty: TimeCertainty = rng.chance(0.7) ? .known : (rng.chance(0.7) ? .estimated : .unknown)
    let day = CalendarDay(at, in: .danish)
    var time = IncidentTime(day: day, minuteOfDay: nil, certainty: certainty)
    if certainty != .unknown {
      time.minuteOfDay = Int(at.timeIntervalSince(day.start(in: .danish)) / 60) % 1_440
    }
    let actual = rng.pick([Consequence.none, .none, .none, .mild, .mild, .moderate, .severe])
    let possible = max(actual, rng.pick([Consequence.none, .mild, .moderate, .moderate, .severe, .severe, .death]))
    let registeredAt = min(now, time.instant.addingTimeInterval(Double.random(in: 600...172_800, using: &rng)))
    let age = now.timeIntervalSince(registeredAt) / 86_400
    let status: IncidentStatus
    switch age {
    case ..<14: status = rng.chance(0.6) ? .registered : (rng.chance(0.9) ? .underReview : .rejected)
    case ..<60: status = rng.pick([.registered, .underReview, .underReview, .closed, .closed, .closed, .rejected])
    default: status = rng.chance(0.9) ? .closed : (rng.chance(0.7) ? .rejected : .underReview)
    }
    let text = IncidentDemoText.texts(category: category.code, using: &rng)
    let changed =
      status == .registered
      ? registeredAt : min(now, registeredAt.addingTimeInterval(Double.random(in: 3_600...1_209_600, using: &rng)))
    var actions: [IncidentAction] = []
    if status == .closed {
      for _ in 0..<Int.random(in: 0...2, using: &rng) {
        let due = CalendarDay(changed.addingTimeInterval(Double.random(in: 7...60, using: &rng) * 86_400), in: .danish)
        actions.append(
          IncidentAction(text: rng.pick(IncidentDemoText.actions), owner: rng.pick(IncidentDemoText.owners), due: due))
      }
    }
    return DemoIncidentRow(
      report: IncidentReport(
        unitID: unit.id, residentID: residentID, place: rng.pick(IncidentDemoText.places), time: time,
        categoryCode: category.code,
        medicine: category.isMedicine ? rng.pick(IncidentDemoText.medicines) : MedicineInvolved(),
        headline: text.headline,
        description: IncidentDescription(
          course: text.course, consequences: text.consequences, prevention: text.prevention),
        actual: actual, possible: possible),
      categoryName: category.name, reporter: rng.pick(reporters), registeredAt: registeredAt, status: status,
      rejection: status == .rejected ? rng.pick(RejectionReason.allCases) : nil, changedAt: changed,
      analysis: status == .closed ? rng.pick(IncidentDemoText.analyses) : "",
      feedback: status == .closed ? rng.pick(IncidentDemoText.feedbacks) : "", actions: actions)
  }

  private func write(_ rows: [DemoIncidentRow], now: Date, searchRowID: Int64) throws(StorageError) {
    let leader = staff[0]
    try db.write { db in
      let search = try IncidentSearch.bulkStatement(db)
      for (n, r) in rows.enumerated() {
        let by = r.status == .registered ? r.reporter.accountID : leader.accountID
        var row = IncidentRow(r.report, categoryName: r.categoryName, by: r.reporter.accountID, at: r.registeredAt)
        row.status = r.status
        row.rejectionReason = r.rejection
        row.analysis = r.analysis
        row.feedback = r.feedback
        row.statusChangedAt = r.changedAt
        row.statusChangedBy = by
        row.updatedAt = r.changedAt
        row.updatedBy = by
        try row.insert(db)
        let id = db.lastInsertedRowID
        for (i, a) in r.actions.enumerated() {
          try IncidentActionRow(incidentId: id, position: i, text: a.text, owner: a.owner, due: a.due).insert(db)
        }
        try IncidentSearch.bulkIndex(search, rowID: searchRowID + Int64(n), id: id, report: r.report)
        if auditEach {
          try AuditLog.append(
            db, at: now, actor: r.reporter, action: .createIncident, residentID: r.report.residentID, subjectID: id)
        }
      }
    }
  }
}

struct DemoIncidentRow {
  var report: IncidentReport
  var categoryName: String
  var reporter: Actor
  var registeredAt: Date
  var status: IncidentStatus
  var rejection: RejectionReason?
  var changedAt: Date
  var analysis: String
  var feedback: String
  var actions: [IncidentAction]
}
