import Foundation
import GRDB
import TovholderCore

/// Row ↔ value mapping for the plan tables.
enum PlanRows {
  static func plan(_ row: Row) -> Plan {
    Plan(
      id: row["id"], residentID: row["residentId"], wish: row["wish"],
      startDate: day(row["startDate"]), nextFollowUp: day(row["nextFollowUp"]), version: row["version"],
      updatedAt: row["updatedAt"])
  }

  static func goal(_ row: Row) -> Goal {
    Goal(
      id: row["id"], planID: row["planId"], title: row["title"], themeID: row["themeId"],
      goalTypeID: row["goalTypeId"], functionalLevelID: row["functionalLevelId"],
      supportNeedID: row["supportNeedId"],
      responsible: responsible(row) ?? .coordinator,
      status: GoalStatus(rawValue: row["status"]) ?? .active, version: row["version"])
  }

  static func subGoal(_ row: Row) -> SubGoal {
    SubGoal(
      id: row["id"], goalID: row["goalId"],
      fields: SubGoalFields(
        text: row["text"],
        measure: Measure(kind: row["measureKind"], min: row["measureMin"], max: row["measureMax"]) ?? .count,
        target: row["target"], followUpDate: day(row["followUpDate"]), responsible: responsible(row)),
      isClosed: row["isClosed"], version: row["version"])
  }

  static func intervention(_ row: Row) -> Intervention {
    Intervention(
      id: row["id"], subGoalID: row["subGoalId"], text: row["text"],
      frequency: Frequency(stored: row["frequency"]) ?? .asNeeded, responsible: responsible(row),
      isActive: row["isActive"], version: row["version"])
  }

  static func progress(_ row: Row) -> ProgressEntry {
    ProgressEntry(
      id: row["id"], subGoalID: row["subGoalId"], value: row["value"], note: row["note"],
      recordedAt: row["recordedAt"], timeZoneID: row["timeZone"], authorID: row["authorId"],
      authorName: row["authorName"] ?? "",
      correction: (row["correctedAt"] as Date?).map {
        ProgressCorrection(reason: row["correctionReason"] ?? "", at: $0, byName: row["correctedByName"] ?? "")
      })
  }

  static func responsible(_ row: Row) -> ResponsibleParty? {
    guard let kind: String = row["responsibleKind"] else { return nil }
    return ResponsibleParty(kind: kind, accountID: row["responsibleAccountId"], name: row["responsibleName"])
  }

  /// The three responsible columns for a party (all nil for "inherit").
  static func columns(_ p: ResponsibleParty?) -> [DatabaseValueConvertible?] {
    guard let p else { return [nil, nil, nil] }
    switch p {
    case .staff(let id): return [p.kind, id, nil]
    case .outside(let name): return [p.kind, nil, name.trimmingCharacters(in: .whitespacesAndNewlines)]
    default: return [p.kind, nil, nil]
    }
  }

  static func measureColumns(_ m: Measure) -> [DatabaseValueConvertible?] {
    if case .scale(let lo, let hi) = m { return [m.kind, lo, hi] }
    return [m.kind, nil, nil]
  }

  static func day(_ text: String) -> CalendarDay {
    CalendarDay(iso: text) ?? CalendarDay(year: 1970, month: 1, day: 1)!
  }

  // MARK: Look-ups inside a transaction

  static func fetchPlan(_ db: Database, id: PlanID) throws -> Plan {
    guard let row = try Row.fetchOne(db, sql: "SELECT * FROM plan WHERE id = ?", arguments: [id])
    else { throw StorageError.notFound }
    return plan(row)
  }

  static func fetchGoal(_ db: Database, id: GoalID) throws -> Goal {
    guard let row = try Row.fetchOne(db, sql: "SELECT * FROM planGoal WHERE id = ?", arguments: [id])
    else { throw StorageError.notFound }
    return goal(row)
  }

  static func fetchSubGoal(_ db: Database, id: SubGoalID) throws -> SubGoal {
    guard let row = try Row.fetchOne(db, sql: "SELECT * FROM planSubGoal WHERE id = ?", arguments: [id])
    else { throw StorageError.notFound }
    return subGoal(row)
  }

  static func fetchIntervention(_ db: Database, id: InterventionID) throws -> Intervention {
    guard let row = try Row.fetchOne(db, sql: "SELECT * FROM planIntervention WHERE id = ?", arguments: [id])
    else { throw StorageError.notFound }
    return intervention(row)
  }

  /// The plan a goal belongs to, with the resident, if the actor may see them.
  static func visiblePlan(_ db: Database, id: PlanID, actor: Actor) throws -> (Plan, Resident) {
    let p = try fetchPlan(db, id: id)
    let r = try ResidentRows.visible(db, id: p.residentID, actor: actor)
    return (p, r)
  }

  static func planID(ofGoal id: GoalID, _ db: Database) throws -> PlanID {
    guard let p = try PlanID.fetchOne(db, sql: "SELECT planId FROM planGoal WHERE id = ?", arguments: [id])
    else { throw StorageError.notFound }
    return p
  }

  static func goalID(ofSubGoal id: SubGoalID, _ db: Database) throws -> GoalID {
    guard let g = try GoalID.fetchOne(db, sql: "SELECT goalId FROM planSubGoal WHERE id = ?", arguments: [id])
    else { throw StorageError.notFound }
    return g
  }
}
