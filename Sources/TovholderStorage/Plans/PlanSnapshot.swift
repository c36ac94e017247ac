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
    var row = PlanHistoryRow(
      planId: planID, kind: kind, sourceId: sourceID, snapshot: String(decoding: data, as: UTF8.self),
      reason: reason.stored, changedAt: at, changedBy: actor.accountID)
    try row.insert(db)
  }

  static func list(_ db: Database, planID: PlanID) throws -> [PlanHistoryEntry] {
    let request: SQLRequest<HistoryWithAuthor> = """
      SELECT h.*, a.displayName FROM planHistory h JOIN account a ON a.id = h.changedBy
      WHERE h.planId = \(planID) ORDER BY h.id DESC
      """
    return try request.fetchAll(db).map { found in
      let h = found.row
      let json = (try? JSONSerialization.jsonObject(with: Data(h.snapshot.utf8))) as? [String: Any]
      guard let id = h.id, let json, let before = decode(kind: h.kind, id: h.sourceId, json),
        let reason = PlanHistoryEntry.Reason(stored: h.reason)
      else { throw h.undecodable(h.id) }
      return PlanHistoryEntry(
        id: id, before: before, reason: reason, changedAt: h.changedAt,
        changedByName: found.displayName)
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
      guard let responsible = party(), let status = GoalStatus(rawValue: s("status")) else { return nil }
      let f = GoalFields(
        title: s("title"), themeID: s("themeId"), goalTypeID: s("goalTypeId"),
        functionalLevelID: s("functionalLevelId"), supportNeedID: s("supportNeedId"), responsible: responsible)
      return .goal(id, f, status)
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

  init?(stored: String) {
    if stored == "edited" {
      self = .edited
    } else if stored.hasPrefix("followUp:"), let d = FollowUpDecision(rawValue: String(stored.dropFirst(9))) {
      self = .followUp(d)
    } else {
      return nil
    }
  }
}

private struct HistoryWithAuthor: Decodable, FetchableRecord {
  var row: PlanHistoryRow
  var displayName: String
}
