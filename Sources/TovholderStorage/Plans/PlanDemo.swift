import Foundation
import GRDB
import TovholderCore

/// Demo plans: every resident gets a plan reaching a year back from today (clamped at
/// move-in), two or three goals with sub-goals and interventions, a value about every week,
/// and the follow-ups held every six months — some plans due soon, some overdue. With a long
/// history (the `--large` home) plans start at move-in, and the first resident's ten years ago.
struct PlanDemo {
  let db: AppDatabase
  let staff: [Actor]
  var longHistory = false

  /// Inserts the plans; returns how many. Seeded from `seed`, apart from the notes' stream.
  @discardableResult
  func insert(residents: [DemoBulk.Stay], seed: UInt64) throws(StorageError) -> Int {
    var rng = DemoRandom(seed: seed ^ 0x504C_414E)
    let now = db.now
    let today = CalendarDay(now, in: .danish)
    var count = 0
    for chunk in stride(from: 0, to: residents.count, by: 40) {
      let part = residents[chunk..<min(residents.count, chunk + 40)]
      try db.write { db in
        for (i, stay) in zip(part.indices, part) {
          let start: CalendarDay
          if longHistory {
            start = i == 0 ? today.adding(days: -3_650) : stay.resident.movedIn
          } else {
            // At least a year back from today (or from moving out), never before move-in; the
            // spread of start dates spreads the follow-ups over the year.
            let end = stay.to.map { CalendarDay($0, in: .danish) } ?? today
            start = max(stay.resident.movedIn, min(end, today).adding(days: -Int.random(in: 365...480, using: &rng)))
          }
          if try plan(db, stay, start: start, today: today, now: now, rng: &rng) { count += 1 }
        }
      }
    }
    return count
  }

  /// Whether a plan was made: every current resident gets one (a newcomer's has no values
  /// yet); a former resident only if they lived here after the plan's start.
  private func plan(
    _ db: Database, _ stay: DemoBulk.Stay, start: CalendarDay, today: CalendarDay, now: Date, rng: inout DemoRandom
  ) throws -> Bool {
    let r = stay.resident
    let end = stay.to.map { CalendarDay($0, in: .danish) } ?? today
    guard start < end || (stay.to == nil && start <= end) else { return false }
    let team = staff.filter { $0.unitIDs.contains(r.unitID) }
    let author = team.isEmpty ? staff[0] : rng.pick(team)
    // Meetings every six months that have been held; 15 % of plans skip the latest (overdue).
    var meetings: [CalendarDay] = []
    var m = start.adding(months: 6)
    while m < end {
      meetings.append(m)
      m = m.adding(months: 6)
    }
    if !meetings.isEmpty, stay.to == nil, rng.chance(0.15) { meetings.removeLast() }
    var next = (meetings.last ?? start).adding(months: 6)
    // A quarter come up for follow-up about now (a shorter interval agreed, or one that
    // slipped), so the due list has work in it however recently the residents moved in.
    if stay.to == nil, rng.chance(0.25) {
      next = max((meetings.last ?? start).adding(days: 14), today.adding(days: Int.random(in: -20...28, using: &rng)))
    }
    var plan = PlanRow(
      residentId: r.id, wish: rng.pick(PlanDemoText.wishes), startDate: start, nextFollowUp: next, createdAt: now,
      updatedAt: now, updatedBy: author.accountID)
    try plan.insert(db)
    let planID = db.lastInsertedRowID
    var templates = PlanDemoText.goals.shuffled(using: &rng)
    templates = Array(templates.prefix(Int.random(in: 2...3, using: &rng)))
    var goals: [(GoalID, String, [SubGoalID])] = []
    for t in templates {
      var goal = PlanGoalRow(
        planId: planID, title: t.title, themeId: t.theme, goalTypeId: t.type,
        functionalLevelId: rng.pick(PlanDemoText.levels), supportNeedId: rng.pick(PlanDemoText.levels),
        responsibleKind: t.responsible, responsibleName: t.outsideName, status: .active, updatedAt: now,
        updatedBy: author.accountID)
      try goal.insert(db)
      let goalID = db.lastInsertedRowID
      var subs: [SubGoalID] = []
      for s in t.subGoals {
        let due = rng.chance(0.3) ? next.adding(days: -Int.random(in: 7...40, using: &rng)) : next
        var sub = PlanSubGoalRow(
          goalId: goalID, text: s.text, measureKind: s.measureKind, measureMin: s.min, measureMax: s.max,
          target: s.target, followUpDate: max(start, due), updatedAt: now, updatedBy: author.accountID)
        try sub.insert(db)
        let subID = db.lastInsertedRowID
        subs.append(subID)
        for (text, frequency) in s.interventions {
          var intervention = PlanInterventionRow(
            subGoalId: subID, text: text, frequency: frequency, updatedAt: now, updatedBy: author.accountID)
          try intervention.insert(db)
        }
        try progress(db, subID, s, from: start, to: end, team: team.isEmpty ? [author] : team, rng: &rng)
      }
      goals.append((goalID, t.title, subs))
    }
    try followUps(
      db, planID: planID, meetings: meetings, next: next, goals: goals, author: author, now: now, rng: &rng)
    try PlanSearch.refresh(db, planID: planID, resident: r, at: now)
    try AuditLog.append(db, at: now, actor: author, action: .createPlan, residentID: r.id, subjectID: planID)
    return true
  }

  /// A value every 4–10 days, drifting from low toward the target.
  private func progress(
    _ db: Database, _ subID: SubGoalID, _ s: PlanDemoText.SubGoalTemplate, from: CalendarDay, to: CalendarDay,
    team: [Actor], rng: inout DemoRandom
  ) throws {
    let total = max(1, to.days(since: from))
    let lo = s.min ?? 0
    let hi = s.measureKind == "scale" ? (s.max ?? 4) : (s.measureKind == "yesNo" ? 1 : s.target + 2)
    var d = from.adding(days: Int.random(in: 1...6, using: &rng))
    while d < to {
      let f = Double(d.days(since: from)) / Double(total)
      let aim = Double(lo) + (Double(s.target) - Double(lo)) * (0.3 + 0.7 * f)
      let value: Int
      if s.measureKind == "yesNo" {
        value = rng.chance(0.35 + 0.55 * f) ? 1 : 0
      } else {
        value = min(hi, max(lo, Int((aim + Double.random(in: -1.3...1.3, using: &rng)).rounded())))
      }
      let at = d.start(in: .danish).addingTimeInterval(Double.random(in: 28_800...75_600, using: &rng))
      let note: String? = rng.chance(0.15) ? rng.pick(PlanDemoText.progressNotes) : nil
      var entry = PlanProgressRow(
        subGoalId: subID, value: value, note: note, recordedAt: at, timeZone: TimeZone.danish.identifier,
        authorId: rng.pick(team).accountID)
      try entry.insert(db)
      d = d.adding(days: Int.random(in: 4...10, using: &rng))
    }
  }

  private func followUps(
    _ db: Database, planID: PlanID, meetings: [CalendarDay], next last: CalendarDay,
    goals: [(GoalID, String, [SubGoalID])], author: Actor, now: Date, rng: inout DemoRandom
  ) throws {
    var open = goals
    for (i, held) in meetings.enumerated() {
      let next = i + 1 < meetings.count ? meetings[i + 1] : last
      var meeting = PlanFollowUpRow(
        planId: planID, heldOn: held, participants: rng.pick(PlanDemoText.participants), nextFollowUp: next,
        authorId: author.accountID, recordedAt: held.start(in: .danish).addingTimeInterval(50_400))
      try meeting.insert(db)
      let meetingID = db.lastInsertedRowID
      var stillOpen: [(GoalID, String, [SubGoalID])] = []
      for g in open {
        let ending = open.count > 1 && i > 0 && rng.chance(0.2)
        let decision: FollowUpDecision = ending ? .end : (rng.chance(0.15) ? .change : .continue)
        let note = decision == .change ? "Justeret efter samtale med borgeren" : (ending ? "Målet er nået" : "")
        try PlanDecisionRow(
          followUpId: meetingID, goalId: g.0, goalTitle: g.1, decision: decision,
          score: Int.random(in: 1...4, using: &rng), note: note
        ).insert(db)
        if ending {
          var goal = try PlanGoalRow.fetch(db, id: g.0)
          try PlanSnapshot.append(
            db, planID: planID, before: .goal(g.0, try goal.goal().fields, .active), reason: .followUp(.end), at: now,
            by: author)
          try goal.updateChanges(db) {
            $0.status = .ended
            $0.version += 1
          }
          try db.execute(
            literal: "UPDATE planSubGoal SET isClosed = 1, version = version + 1 WHERE goalId = \(g.0)")
          try db.execute(
            literal: """
              DELETE FROM planProgress WHERE recordedAt > \(held.start(in: .danish).addingTimeInterval(86_400))
                AND subGoalId IN (SELECT id FROM planSubGoal WHERE goalId = \(g.0))
              """)
        } else {
          stillOpen.append(g)
        }
      }
      open = stillOpen
    }
  }
}
