import Foundation
import GRDB
import TovholderCore

/// Health screenings for the demo home: nurses, consent, templates per resident, and up to a
/// year of screenings per resident (the large home: every stay from move-in) with a
/// few flags: two residents losing weight, a high blood pressure, an NRS-2002 yes. Flags
/// older than a month are marked seen by the nurse; the newest wait on the flag list.
/// The large size is capped at 20,000 screenings. Each screening is indexed for search as it
/// is written, in batches of 5,000.
struct DemoHealth {
  let db: AppDatabase
  let size: DemoHome.Size
  let staff: [Actor]
  let auditEach: Bool

  static let nurseUsername = "camilla"
  /// The performance home (years of history, as `PlanDemo` decides it): every stay from
  /// move-in, at most 20,000 screenings. Any other home: the last year, from move-in.
  static func isLarge(_ size: DemoHome.Size) -> Bool { size.days > 1_000 }
  static func cap(_ size: DemoHome.Size) -> Int? { isLarge(size) ? 20_000 : nil }

  struct Row {
    var stay: DemoBulk.Stay
    var template: ScreeningTemplate
    var at: Date
    var values: [String: ScreeningValue]
    var note: String
  }

  func insert(stays: [DemoBulk.Stay], seed: UInt64) throws(StorageError) -> Int {
    var rng = DemoRandom(seed: seed &+ 8)
    let now = db.now
    let today = CalendarDay(now, in: .danish)
    let templates = db.catalogues.health
    let leader = staff[0]
    let nurse = staff.first { $0.displayName.hasPrefix("Camilla") } ?? leader
    try db.health.setNurse(nurse.accountID, true, by: leader)
    var rows: [Row] = []
    var assignments: [(DemoBulk.Stay, String, ScreeningInterval?)] = []
    for (i, stay) in stays.enumerated() {
      let plan = DemoHealthPlan(index: i, using: &rng)
      for (key, interval) in plan.templates {
        guard let t = templates.template(key) else { continue }
        assignments.append((stay, key, interval))
        let first = DemoHealth.isLarge(size) ? stay.from : max(stay.from, now.addingTimeInterval(-365 * 86_400))
        let last = stay.to ?? now
        var day = CalendarDay(first, in: .danish).adding(days: Int.random(in: 0...20, using: &rng))
        let step = interval ?? t.interval
        while day.start(in: .danish) < last {
          let at = day.start(in: .danish).addingTimeInterval(Double.random(in: 7.5...11, using: &rng) * 3_600)
          let lateness = Double(day.days(to: today))
          if at < last && !(stay.to == nil && lateness < 30 && plan.skipsRecent) {
            rows.append(plan.screening(stay, t, at: at, lateness: lateness, using: &rng))
          }
          day = step.after(day).adding(days: Int.random(in: -3...4, using: &rng))
        }
      }
    }
    rows.sort { $0.at < $1.at }
    if let cap = DemoHealth.cap(size), rows.count > cap {
      var keep = Set<Int>()
      var indexes = Array(rows.indices)
      indexes.shuffle(using: &rng)
      keep.formUnion(indexes.prefix(cap))
      rows = rows.indices.filter { keep.contains($0) }.map { rows[$0] }
    }
    try writeAssignments(assignments, leader: leader, nurse: nurse, now: now, using: &rng)
    try writeScreenings(rows, nurse: nurse, now: now, using: &rng)
    return rows.count
  }

  private func writeAssignments(
    _ list: [(DemoBulk.Stay, String, ScreeningInterval?)], leader: Actor, nurse: Actor, now: Date,
    using rng: inout DemoRandom
  ) throws(StorageError) {
    var consentRolls: [Int64: Double] = [:]
    for (stay, _, _) in list where consentRolls[stay.resident.id] == nil {
      consentRolls[stay.resident.id] = Double.random(in: 0..<1, using: &rng)
    }
    try db.write { db in
      // The nurse answers for medication reviews and health checks in her units; the
      // contact person for the rest.
      let nurseKeys: Set<String> = ["medicationReview", "healthCheck"]
      for (stay, key, interval) in list {
        let responsible =
          nurseKeys.contains(key) && nurse.unitIDs.contains(stay.resident.unitID) ? nurse.accountID : nil
        var assignment = ScreeningAssignmentRow(
          residentId: stay.resident.id, templateKey: key, interval: interval?.description,
          startDay: stay.resident.movedIn, responsibleId: responsible, isActive: stay.to == nil, updatedAt: now,
          updatedBy: leader.accountID)
        try assignment.insert(db)
      }
      for (id, roll) in consentRolls.sorted(by: { $0.key < $1.key }) where roll < 0.93 {
        guard let stay = list.first(where: { $0.0.resident.id == id })?.0 else { continue }
        var consent = HealthConsentRow(
          residentId: id, status: roll < 0.88 ? .given : .refused, form: roll < 0.5 ? .written : .oral,
          day: stay.resident.movedIn, note: roll < 0.1 ? "Givet sammen med værgen" : "", recordedAt: stay.from,
          recordedBy: leader.accountID)
        try consent.insert(db)
      }
    }
  }

  private func writeScreenings(_ rows: [Row], nurse: Actor, now: Date, using rng: inout DemoRandom)
    throws(StorageError)
  {
    var history: [String: [(takenAt: Date, values: [String: ScreeningValue])]] = [:]
    var prepared: [(Row, [String: ScreeningValue], [ScreeningFlag], Actor)] = []
    for row in rows {
      let key = "\(row.stay.resident.id)/\(row.template.key)"
      let earlier = history[key, default: []]
      let values = ScreeningRules.complete(
        row.values, template: row.template, previous: earlier.reversed().map(\.values))
      let flags = ScreeningRules.flags(
        values, template: row.template, sex: Sex(cpr: row.stay.resident.cpr), takenAt: row.at,
        history: earlier.suffix(12))
      history[key, default: []].append((row.at, values))
      let authors = staff.filter { $0.unitIDs.contains(row.stay.resident.unitID) }
      prepared.append((row, values, flags, authors.isEmpty ? staff[0] : rng.pick(authors)))
    }
    let seenBefore = now.addingTimeInterval(-30 * 86_400)
    for batch in stride(from: 0, to: prepared.count, by: 5_000) {
      try db.write { db in
        let item = try db.makeStatement(
          sql: "INSERT INTO searchItem (kind, sourceId, residentId, unitId, at, body) VALUES (?, ?, ?, ?, ?, ?)")
        for (row, values, flags, author) in prepared[batch..<min(batch + 5_000, prepared.count)] {
          let seen = !flags.isEmpty && row.at < seenBefore
          let seenAt = row.at.addingTimeInterval(2 * 86_400)
          let r = row.stay.resident
          var screening = ScreeningRow(
            residentId: r.id, templateKey: row.template.key, takenAt: row.at, timeZone: TimeZone.danish.identifier,
            vals: values, note: row.note, flags: flags, isFlagged: !flags.isEmpty, recordedBy: author.accountID,
            seenBy: seen ? nurse.accountID : nil, seenAt: seen ? seenAt : nil,
            seenNote: seen ? "Drøftet med egen læge; følges." : nil, updatedAt: row.at, updatedBy: author.accountID)
          try screening.insert(db)
          let id = db.lastInsertedRowID
          let body = HealthSearch.body(values: values, note: row.note, template: row.template, key: row.template.key)
          try item.execute(arguments: [SearchKind.screening.rawValue, id, r.id, r.unitID, row.at, body])
          if auditEach {
            try AuditLog.append(db, at: now, actor: author, action: .createScreening, residentID: r.id, subjectID: id)
          }
        }
      }
    }
  }
}
