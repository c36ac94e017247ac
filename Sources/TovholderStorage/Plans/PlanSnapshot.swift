import Foundation
import GRDB
import TovholderCore

/// What a plan, goal or sub-goal said before a change, as JSON in `planHistory.snapshot`.
enum PlanSnapshot {
  static func append(
    _ db: Database, planID: PlanID, before: PlanHistoryEntry.Before, reason: PlanHistoryEntry.Reason,
    at: Date, by actor: Actor
  ) throws {
    let (kind, sourceID, fields) = encode(before)
    let data = try JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys])
    try db.execute(
      sql: """
        INSERT INTO planHistory (planId, kind, sourceId, snapshot, reason, changedAt, changedBy)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [planID, kind, sourceID, String(decoding: data, as: UTF8.self), reason.stored, at, actor.accountID])
  }

  static func list(_ db: Database, planID: PlanID) throws -> [PlanHistoryEntry] {
    try Row.fetchAll(
      db,
      sql: """
        SELECT h.*, a.displayName FROM planHistory h JOIN account a ON a.id = h.changedBy
        WHERE h.planId = ? ORDER BY h.id DESC
        """, arguments: [planID]
    ).compactMap { row in
      let json = (try? JSONSerialization.jsonObject(with: Data((row["snapshot"] as String).utf8))) as? [String: Any]
      guard let json, let before = decode(kind: row["kind"], id: row["sourceId"], json) else { return nil }
      return PlanHistoryEntry(
        id: row["id"], before: before, reason: .init(stored: row["reason"]), changedAt: row["changedAt"],
        changedByName: row["displayName"])
    }
  }

  private static func encode(_ b: PlanHistoryEntry.Before) -> (String, Int64, [String: Any]) {
    func party(_ p: ResponsibleParty?) -> [String: Any] {
      guard let p else { return [:] }
      var d: [String: Any] = ["responsibleKind": p.kind]
      if case .staff(let id) = p { d["responsibleAccountId"] = id }
      if case .outside(let n) = p { d["responsibleName"] = n }
      return d
    }
    switch b {
    case .plan(let wish, let next):
      return ("plan", 0, ["wish": wish, "nextFollowUp": next.iso])
    case .goal(let id, let f, let status):
      return (
        "goal", id,
        [
          "title": f.title, "themeId": f.themeID, "goalTypeId": f.goalTypeID,
          "functionalLevelId": f.functionalLevelID, "supportNeedId": f.supportNeedID, "status": status.rawValue,
        ].merging(party(f.responsible)) { a, _ in a }
      )
    case .subGoal(let id, let f, let closed):
      var d: [String: Any] = ["text": f.text, "followUpDate": f.followUpDate.iso, "isClosed": closed]
      d["measureKind"] = f.measure.kind
      if case .scale(let lo, let hi) = f.measure {
        d["measureMin"] = lo
        d["measureMax"] = hi
      }
      if let t = f.target { d["target"] = t }
      return ("subGoal", id, d.merging(party(f.responsible)) { a, _ in a })
    }
  }

  private static func decode(kind: String, id: Int64, _ j: [String: Any]) -> PlanHistoryEntry.Before? {
    func party() -> ResponsibleParty? {
      guard let k = j["responsibleKind"] as? String else { return nil }
      return ResponsibleParty(
        kind: k, accountID: (j["responsibleAccountId"] as? NSNumber)?.int64Value, name: j["responsibleName"] as? String)
    }
    func s(_ key: String) -> String { j[key] as? String ?? "" }
    func day(_ key: String) -> CalendarDay? { CalendarDay(iso: s(key)) }
    switch kind {
    case "plan":
      guard let next = day("nextFollowUp") else { return nil }
      return .plan(wish: s("wish"), nextFollowUp: next)
    case "goal":
      let f = GoalFields(
        title: s("title"), themeID: s("themeId"), goalTypeID: s("goalTypeId"),
        functionalLevelID: s("functionalLevelId"), supportNeedID: s("supportNeedId"),
        responsible: party() ?? .coordinator)
      return .goal(id, f, GoalStatus(rawValue: s("status")) ?? .active)
    case "subGoal":
      guard let date = day("followUpDate"),
        let m = Measure(
          kind: s("measureKind"), min: (j["measureMin"] as? NSNumber)?.intValue,
          max: (j["measureMax"] as? NSNumber)?.intValue)
      else { return nil }
      let f = SubGoalFields(
        text: s("text"), measure: m, target: (j["target"] as? NSNumber)?.intValue, followUpDate: date,
        responsible: party())
      return .subGoal(id, f, isClosed: (j["isClosed"] as? NSNumber)?.boolValue ?? false)
    default: return nil
    }
  }
}

extension PlanHistoryEntry.Reason {
  var stored: String {
    switch self {
    case .edited: return "edited"
    case .followUp(let d): return "followUp:" + d.rawValue
    }
  }

  init(stored: String) {
    if stored.hasPrefix("followUp:"), let d = FollowUpDecision(rawValue: String(stored.dropFirst(9))) {
      self = .followUp(d)
    } else {
      self = .edited
    }
  }
}
