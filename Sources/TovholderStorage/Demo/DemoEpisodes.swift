import Foundation
import GRDB
import TovholderCore

/// The demo's violent episodes over the last year (each within its resident's stay, so the
/// year fills as residents' move-in dates lie further back), with their follow-up, a few force
/// reports on Skema 1 at every step of their flow, and risk checks for three residents at risk.
struct DemoEpisodes {
  let db: AppDatabase
  let staff: [Actor]
  /// The version of the shipped Skema 1 catalogue (a test checks they agree).
  static let skema1Version = "2025-01 (ikke verificeret)"
  static let places = ["køkkenet", "fællesstuen", "gangen", "beboerens værelse", "haven", "badeværelset"]
  static let summaries = [
    "{n} slog ud efter mig i {p}, rolig efter 10 min.",
    "{n} råbte og truede med at slå, gik ind på værelset efter snak.",
    "{n} kastede en kop mod væggen i {p}. Ingen ramt.",
    "{n} skubbede en kollega i {p}, faldt til ro med musik.",
    "{n} sparkede til døren og truede nattevagten verbalt.",
    "{n} greb fat i min arm i {p}. Slap efter kort tid.",
  ]

  var leader: Actor { staff[0] }

  @discardableResult
  func insert(days: Int, using rng: inout DemoRandom) throws(StorageError) -> Int {
    let now = db.now
    let residents = try db.read { db in
      try ResidentRow.filter(Column("movedOut") == nil).order(Column("id")).fetchAll(db).map { try $0.resident() }
    }
    guard let firstMoveIn = residents.map({ $0.movedIn.start(in: .danish) }).min() else { return 0 }
    // A year back (or `days`, at most a year), but not before anyone lived here.
    let from = max(now.addingTimeInterval(-Double(min(days, 365)) * 86_400), firstMoveIn)
    let span = now.timeIntervalSince(from)
    guard span > 3_600 else { return 0 }
    let count = max(8, Int(span / 86_400 / 3.5))
    var times = (0..<count).map { _ in from.addingTimeInterval(Double.random(in: 0..<(span - 3_600), using: &rng)) }
    times.sort()
    var written = 0
    var forced: [ForceCase] = []
    try db.write { db in
      for (i, t) in times.enumerated() {
        let at = Self.nightly(t, rng: &rng)
        // Only residents who lived here then; the same few more often.
        let present = residents.filter { $0.movedIn.start(in: .danish) <= at }
        guard at < now, !present.isEmpty else { continue }
        let r = present[Int.random(in: 0..<min(present.count, i % 3 == 0 ? present.count : 6), using: &rng)]
        let reporter = rng.pick(staff.filter { $0.unitIDs.contains(r.unitID) && $0.role == .staff })
        let first = String(r.name.split(separator: " ").first ?? "")
        let place = rng.pick(Self.places)
        let summary = DemoText.named(rng.pick(Self.summaries), first)
          .replacingOccurrences(of: "{p}", with: place)
        var row = EpisodeRow(
          residentId: r.id, reporterId: reporter.accountID, occurredAt: at, timeZone: TimeZone.danish.identifier,
          summary: summary, updatedAt: at, updatedBy: reporter.accountID)
        try row.insert(db)
        guard var e = try EpisodeRow.fetch(db, id: db.lastInsertedRowID) else { continue }
        let age = now.timeIntervalSince(at) / 86_400
        let forceUsed = i % 7 == 4
        let injured = i % 13 == 6
        if age > 1 || i % 2 == 0 {
          e.details = EpisodeDetails(
            place: place, involvedStaff: reporter.displayName, involvedResidents: "",
            before: "\(first) var urolig efter aftensmaden.", during: summary,
            after: "Rolig samtale, \(first) gik i seng.", staffInjured: injured,
            injuries: injured ? "Blå mærker på underarmen." : "", forceUsed: forceUsed)
          e.completedAt = min(now, at.addingTimeInterval(6 * 3_600))
        }
        if age > 0.5 || i % 3 != 0 {
          e.followUp.defusedBy = reporter.displayName
          e.followUp.defusedAt = at.addingTimeInterval(1_800)
        }
        if age > 2 {
          let planned = FollowUpRules.day(e.day, plus: 2)
          e.followUp.debriefingPlanned = planned
          if age > 4 {
            e.followUp.debriefingHeldAt = planned.start(in: .danish).addingTimeInterval(13 * 3_600)
            e.followUp.debriefingNote = "Gennemgået i teamet. Aftalt at skærme \(first) om aftenen."
          }
        }
        if age > 9 {
          e.followUp.reviewedBy = leader.accountID
          e.followUp.reviewedAt = at.addingTimeInterval(7 * 86_400)
          e.followUp.reviewActions = "Handleplan opdateret; ekstra personale ved aftensmaden i to uger."
        }
        if injured {
          e.followUp.absenceFirstDay = FollowUpRules.day(e.day, plus: 1)
          if age > 12 { e.followUp.easyReportedOn = FollowUpRules.day(e.day, plus: 5) }
        }
        row.set(e, at: e.completedAt ?? at, by: reporter.accountID)
        try row.update(db)
        try SearchIndex.upsert(db, SearchIndex.Item(episode: e, unitID: r.unitID))
        if forceUsed && e.completedAt != nil {
          forced.append(ForceCase(episode: e, resident: r, reporter: reporter, place: place, age: age))
        }
        written += 1
      }
      // The newest report still waits for the leader's assessment and the one before it for
      // sending, so the leader's queue always shows both steps; older ones went the whole way.
      for (n, c) in forced.enumerated() {
        let fromNewest = forced.count - 1 - n
        try insertForce(
          db, c, stage: fromNewest == 0 ? .registered : fromNewest == 1 ? .assessed : ForceStage(age: c.age))
      }
      try markAtRisk(db, residents: Array(residents.prefix(3)), now: now, rng: &rng)
      try AuditLog.append(db, at: now, actor: leader, action: .demoCreated)
    }
    return written
  }

  struct ForceCase {
    var episode: ViolentEpisode
    var resident: Resident
    var reporter: Actor
    var place: String
    var age: Double
  }

  /// How far a demo force report has come in its flow.
  enum ForceStage: Int, Comparable {
    case registered, assessed, sent, informed

    init(age: Double) { self = age > 5 ? .informed : age > 3 ? .assessed : .registered }

    static func < (a: ForceStage, b: ForceStage) -> Bool { a.rawValue < b.rawValue }
  }

  /// Moves most episodes into the evening and night.
  static func nightly(_ t: Date, rng: inout DemoRandom) -> Date {
    let day = CalendarDay(t, in: .danish).start(in: .danish)
    let hour = rng.pick([1, 2, 2, 3, 4, 18, 19, 20, 21, 22, 23, 14])
    return day.addingTimeInterval(Double(hour) * 3_600 + Double(Int.random(in: 0..<60, using: &rng)) * 60)
  }

  func insertForce(_ db: Database, _ c: ForceCase, stage: ForceStage) throws {
    let (e, r, reporter, place) = (c.episode, c.resident, c.reporter, c.place)
    let assessed = stage >= .assessed
    let sent = stage >= .sent
    let informed = stage >= .informed
    let time = DateWording.dateTime(e.occurredAt)
    let clock = String(time.suffix(5))
    let answers = [
      "tilbud_navn": DemoNames.homeName, "handlekommune": "Solbakke Kommune (fiktiv)", "borger_navn": r.name,
      "borger_cpr": r.cpr.formatted, "hjemmel": "§ 124 d, stk. 1", "dato": e.day.iso, "start": clock,
      "sted": place, "medarbejdere": "\(reporter.displayName), pædagog", "foer": e.details.before,
      "indgrebet": "Fastholdelse af armene i ca. to minutter for at afværge slag.",
      "forsoegt": "Afledning, rolig tale og at give plads.", "skade": "Nej",
      "indberetter_navn": "\(reporter.displayName), pædagog", "indberetning_dato": e.day.iso,
    ]
    let registered = e.completedAt ?? e.occurredAt
    var report = ForceReportRow(
      residentId: r.id, episodeId: e.id, form: .skema1, formVersion: Self.skema1Version, answers: answers,
      registeredBy: reporter.accountID, registeredAt: registered,
      assessment: assessed ? "Indgrebet var nødvendigt og forholdsmæssigt. Drøftet på teammøde." : nil,
      assessedBy: assessed ? leader.accountID : nil,
      assessedAt: assessed ? min(self.db.now, registered.addingTimeInterval(2 * 86_400)) : nil,
      sentToMunicipalityOn: sent ? FollowUpRules.day(e.day, plus: 3) : nil,
      sentToSupervisorOn: sent ? FollowUpRules.day(e.day, plus: 3) : nil,
      relativesInformedOn: informed ? FollowUpRules.day(e.day, plus: 2) : nil,
      relativesInformedWho: informed ? "Værge (fiktiv)" : nil, updatedAt: registered, updatedBy: reporter.accountID)
    try report.insert(db)
  }

  func markAtRisk(_ db: Database, residents: [Resident], now: Date, rng: inout DemoRandom) throws {
    for r in residents {
      try RiskResidentRow(
        residentId: r.id, markedBy: leader.accountID,
        markedAt: max(r.movedIn.start(in: .danish), now.addingTimeInterval(-30 * 86_400))
      ).insert(db)
      for shiftsAgo in stride(from: 9, through: 1, by: -1) {
        let at = now.addingTimeInterval(-Double(shiftsAgo) * 8 * 3_600)
        guard at >= r.movedIn.start(in: .danish) else { continue }
        let score = Int.random(in: 0...(r == residents.first ? 5 : 2), using: &rng)
        let answers = Dictionary(
          uniqueKeysWithValues: [
            "forvirret", "irritabel", "larmende", "verbale_trusler", "fysiske_trusler",
            "angreb_genstande",
          ].enumerated().map { ($1, $0 < score ? 1 : 0) })
        let (level, label): (RiskLevel, String) =
          score >= 3 ? (.high, "Høj") : score >= 1 ? (.moderate, "Moderat") : (.low, "Lav")
        var check = RiskCheckRow(
          residentId: r.id, checklistId: "neutral-6", checklistVersion: "1", answers: answers, score: score,
          level: level, bandLabel: label, checkedAt: at, shift: ShiftPeriod.containing(at).shift,
          checkedBy: rng.pick(staff.filter { $0.unitIDs.contains(r.unitID) }).accountID)
        try check.insert(db)
      }
    }
  }
}
