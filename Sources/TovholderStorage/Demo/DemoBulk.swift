import Foundation
import GRDB
import TovholderCore

/// Bulk insertion for the demo: big transactions, prepared statements.
struct DemoBulk {
  let db: AppDatabase
  let size: DemoHome.Size
  let units: [TovholderCore.Unit]
  let staff: [Actor]
  let auditEachNote: Bool

  struct Stay {
    var resident: Resident
    var firstName: String
    var from: Date
    var to: Date?
  }

  var leader: Actor { staff[0] }
  var start: Date { db.now.addingTimeInterval(-Double(size.days) * 86_400) }

  func insertResidents(using rng: inout DemoRandom) throws(StorageError) -> [Stay] {
    let now = db.now
    let span = now.timeIntervalSince(start)
    var stays: [Stay] = []
    var usedCPR = Set<String>()
    var usedNames = Set<String>()
    let total = size.currentResidents + size.formerResidents
    for i in 0..<total {
      var name = rng.pick(DemoNames.international)
      if i % 14 != 5 || usedNames.contains(name) {
        repeat {
          name = "\(rng.pick(DemoNames.first)) \(rng.pick(DemoNames.last))"
        } while usedNames.contains(name) && usedNames.count < 900
      }
      usedNames.insert(name)
      // Day 1–28 of a month in 1945–1999 with a serial below 4000 is always a valid number.
      var drawn: CPRNumber?
      repeat {
        let y = Int.random(in: 1945...1999, using: &rng)
        let m = Int.random(in: 1...12, using: &rng)
        let d = Int.random(in: 1...28, using: &rng)
        let serial = Int.random(in: 0...3999, using: &rng)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        drawn = try? CPRNumber("\(two(d))\(two(m))\(two(y % 100))-\(String(format: "%04d", serial))")
      } while drawn.map { usedCPR.contains($0.digits) } ?? true
      guard let cpr = drawn else { continue }
      usedCPR.insert(cpr.digits)
      let isFormer = i >= size.currentResidents
      var from: Date
      var to: Date?
      if isFormer {
        from = start.addingTimeInterval(Double.random(in: 0..<(span * 0.9), using: &rng))
        to = min(
          now.addingTimeInterval(-86_400 * 2),
          from.addingTimeInterval(Double.random(in: 0.05...0.4, using: &rng) * span))
      } else {
        from = start.addingTimeInterval(Double.random(in: 0..<(span * 0.5), using: &rng))
        to = nil
      }
      if size.days < 365 {
        // Its own generator, so the names and everything after stay as they were.
        var stayRandom = DemoRandom(seed: 0x5EED_0000 &+ UInt64(i))
        (from, to) = Self.stayBeforeShortHistory(index: i, isFormer: isFormer, now: now, using: &stayRandom)
      }
      let unitID = units[i % units.count].id
      let picked = rng.pick(staff.dropFirst().map(\.accountID))
      // The contact person works in the resident's unit; the pick above stays so the random
      // sequence, and with it the rest of the demo, is unchanged.
      let unitStaff = staff.dropFirst().filter { $0.unitIDs.contains(unitID) }.map(\.accountID)
      let contactPerson = unitStaff.isEmpty || unitStaff.contains(picked) ? picked : unitStaff[i % unitStaff.count]
      stays.append(
        Stay(
          resident: Resident(
            id: 0, unitID: unitID, name: name, cpr: cpr,
            movedIn: CalendarDay(from, in: .danish), movedOut: to.map { CalendarDay($0, in: .danish) },
            contactPersonID: contactPerson, coordinatorID: leader.accountID),
          firstName: String(name.split(separator: " ").first ?? ""), from: from, to: to))
    }
    return try db.write { db in
      try stays.map { stay in
        var stay = stay
        let r = stay.resident
        stay.resident = try ResidentRow(
          NewResident(
            unitID: r.unitID, name: r.name, cpr: r.cpr, movedIn: r.movedIn, movedOut: r.movedOut,
            contactPersonID: r.contactPersonID, coordinatorID: r.coordinatorID), at: now, by: leader.accountID
        ).insertAndFetch(db).resident()
        try SearchIndex.upsert(db, SearchIndex.Item(resident: stay.resident, at: stay.from))
        return stay
      }
    }
  }

  /// A stay for a home whose notes cover only a few months: most residents moved in one to
  /// eight years ago, about one in thirteen within the last two months; former residents
  /// lived there for years and moved out during the notes' months, so they have notes too.
  static func stayBeforeShortHistory(index: Int, isFormer: Bool, now: Date, using rng: inout DemoRandom)
    -> (from: Date, to: Date?)
  {
    func daysAgo(_ range: ClosedRange<Int>) -> Date {
      now.addingTimeInterval(
        -Double(Int.random(in: range, using: &rng)) * 86_400 - Double.random(in: 0..<86_400, using: &rng))
    }
    if isFormer { return (daysAgo(400...2_500), daysAgo(5...80)) }
    if index % 13 == 3 { return (daysAgo(10...60), nil) }
    return (daysAgo(400...2_920), nil)
  }

  /// Notes in time order (so row ids run oldest to newest), spread over the residents
  /// living at the home each day.
  func insertNotes(residents: [Stay], using rng: inout DemoRandom, progress: (@Sendable (Int, Int) -> Void)?)
    throws(StorageError) -> Int
  {
    let now = db.now
    let total = size.notes
    let perDay = Double(total) / Double(size.days)
    var written = 0
    var carry = 0.0
    let batch = min(20_000, max(1_000, total / 10))
    var pending: [(Stay, Date, NoteKind, String, Bool, Actor)] = []
    for day in 0..<size.days {
      let dayStart = start.addingTimeInterval(Double(day) * 86_400)
      let present = residents.filter { $0.from <= dayStart && ($0.to.map { dayStart < $0 } ?? true) }
      carry += perDay
      var count = Int(carry)
      carry -= Double(count)
      if day == size.days - 1 { count = total - written - pending.count }
      guard !present.isEmpty, count > 0 else { continue }
      var times = (0..<count).map { _ in dayStart.addingTimeInterval(Double.random(in: 0..<86_400, using: &rng)) }
      times.sort()
      for t in times where t < now {
        let stay = rng.pick(present)
        let (kind, text, handover) = DemoText.note(firstName: stay.firstName, using: &rng)
        let author = rng.pick(staff.filter { $0.unitIDs.contains(stay.resident.unitID) })
        pending.append((stay, t, kind, text, handover, author))
      }
      if pending.count >= batch || day == size.days - 1 {
        try flush(pending, at: now)
        written += pending.count
        pending.removeAll(keepingCapacity: true)
        progress?(written, total)
        db.log.event(.demoProgress(done: written, total: total))
      }
    }
    try db.write { db in
      try AuditLog.append(db, at: now, actor: leader, action: .demoCreated)
    }
    return written
  }

  /// Prepared statements rather than records: the large home writes half a million notes.
  private func flush(_ notes: [(Stay, Date, NoteKind, String, Bool, Actor)], at now: Date) throws(StorageError) {
    try db.write { db in
      let note = try db.makeStatement(
        sql: """
          INSERT INTO note (residentId, authorId, kind, text, isHandover, writtenAt, timeZone, updatedAt, updatedBy)
          VALUES (?, ?, ?, ?, ?, ?, 'Europe/Copenhagen', ?, ?)
          """)
      let item = try db.makeStatement(
        sql: "INSERT INTO searchItem (kind, sourceId, residentId, unitId, at, body) VALUES ('note', ?, ?, ?, ?, ?)")
      for (stay, t, kind, text, handover, author) in notes {
        let r = stay.resident
        try note.execute(arguments: [r.id, author.accountID, kind.rawValue, text, handover, t, t, author.accountID])
        let id = db.lastInsertedRowID
        try item.execute(arguments: [id, r.id, r.unitID, t, text])
        if auditEachNote {
          try AuditLog.append(db, at: now, actor: author, action: .createNote, residentID: r.id, subjectID: id)
        }
      }
    }
  }
}
