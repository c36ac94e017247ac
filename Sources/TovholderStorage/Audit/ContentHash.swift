import Crypto
import Foundation
import GRDB

/// A hash of one record's content as stored, column by column. Every write to a covered table
/// records it in its audit row; `tovholder check` hashes each record again and names those
/// that no longer match their last audited write (changed outside the program).
enum ContentHash {
  /// The tables that hold a resident's data, each written only by audited repository calls
  /// that record the row written (`AuditLog.Written`). A table joins only when all its writes
  /// do, or `check` would report the unaudited ones as changed. `ContentHashCoverageTests`
  /// fails when a table with a `residentId` column, or one that points at a covered table,
  /// is neither here nor a part of one.
  enum Table: String, CaseIterable, Sendable {
    case note, resident, incident, plan
    case screening, screeningAssignment, healthConsent
    case relative, relativeConsent, guardianship, contactLog, relativesResident
    case violentEpisode, forceReport, riskCheck, riskResident
    case retentionRule, retentionDeletion

    /// The column that names a row: its id, or the resident for tables of one row each.
    var key: String {
      switch self {
      case .relativesResident, .riskResident: "residentId"
      default: "id"
      }
    }

    /// Rows of other tables that belong to one row of this table and are written only
    /// together with it (a plan's goals, sub-goals and follow-ups; an incident's actions; the
    /// pseudonym that replaces a former resident's name),
    /// so they are hashed with it and named by it.
    var parts: [Part] {
      switch self {
      case .incident: [Part("incidentAction", "incidentId = ?", order: "position")]
      case .resident: [Part("residentPseudonym", "residentId = ?", order: "residentId")]
      case .plan:
        [
          Part("planGoal", "planId = ?"),
          Part("planSubGoal", "goalId IN (SELECT id FROM planGoal WHERE planId = ?)"),
          Part("planIntervention", "subGoalId IN \(Self.subGoalsOfPlan)"),
          Part("planProgress", "subGoalId IN \(Self.subGoalsOfPlan)"),
          Part("planFollowUp", "planId = ?"),
          Part(
            "planDecision", "followUpId IN (SELECT id FROM planFollowUp WHERE planId = ?)", order: "followUpId, goalId"),
          Part("planHistory", "planId = ?"),
        ]
      default: []
      }
    }

    /// Columns left out of the hash: the monthly batch report stamps many incidents at once
    /// under one audit row that names the batch, not each incident.
    var bookkeeping: Set<String> {
      self == .incident ? ["batchId", "version", "updatedAt", "updatedBy"] : []
    }

    private static let subGoalsOfPlan =
      "(SELECT s.id FROM planSubGoal s JOIN planGoal g ON g.id = s.goalId WHERE g.planId = ?)"
  }

  /// Rows of `table` that belong to one record: `filter` has one `?` for the record's key.
  struct Part: Sendable {
    var table: String
    var filter: String
    var order: String

    init(_ table: String, _ filter: String, order: String = "id") {
      self.table = table
      self.filter = filter
      self.order = order
    }
  }

  /// Recorded for a row that is gone (deleted by the program, as a resident's risk mark).
  static let missing = "missing"

  /// The hash of the record `id` of `table` with its parts as stored now, or `missing`.
  static func of(_ db: Database, table: Table, id: Int64) throws -> String {
    guard
      let row = try Row.fetchOne(
        db, sql: "SELECT * FROM \(table.rawValue) WHERE \(table.key) = ?", arguments: [id])
    else { return missing }
    var text = "tovholder-content-v1" + columns(row, leaving: table.bookkeeping)
    // A part with no rows adds nothing, so a part added later keeps earlier hashes valid.
    for part in table.parts {
      let rows = try Row.fetchAll(
        db, sql: "SELECT * FROM \(part.table) WHERE \(part.filter) ORDER BY \(part.order)", arguments: [id])
      if rows.isEmpty { continue }
      text += "\n#\(part.table)"
      for row in rows { text += "\n#row" + columns(row, leaving: []) }
    }
    let digits = Array("0123456789abcdef")
    return String(SHA256.hash(data: Data(text.utf8)).flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 15)]] })
  }

  /// Each column's name, type and value, one per line, lengths prefixed. NULL columns are
  /// left out, so a later migration that adds a column keeps old hashes valid.
  private static func columns(_ row: Row, leaving out: Set<String>) -> String {
    var text = ""
    for (column, value) in row {
      if value.isNull || out.contains(column) { continue }
      text += "\n\(column.utf8.count):\(column)="
      switch value.storage {
      case .null: break
      case .int64(let v): text += "i\(v)"
      case .double(let v): text += "d\(v.bitPattern)"
      case .string(let s): text += "s\(s.utf8.count):\(s)"
      case .blob(let data): text += "b" + data.map { String(format: "%02x", $0) }.joined()
      }
    }
    return text
  }
}
