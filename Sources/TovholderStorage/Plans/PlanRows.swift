import Foundation
import GRDB
import TovholderCore

/// A row of `plan`: one per resident.
struct PlanRow: StoredRecord, MutablePersistableRecord {
  static let databaseTableName = "plan"

  var id: PlanID?
  var residentId: ResidentID
  var wish: String
  var startDate: CalendarDay
  var nextFollowUp: CalendarDay
  var createdAt: Date
  var version = 1
  var updatedAt: Date
  var updatedBy: AccountID?

  enum Columns {
    static let residentId = Column(CodingKeys.residentId)
  }

  mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

  mutating func stamp(_ now: Date, by actor: AccountID) {
    version += 1
    updatedAt = now
    updatedBy = actor
  }

  func plan() throws -> Plan {
    guard let id else { throw undecodable(nil) }
    return Plan(
      id: id, residentID: residentId, wish: wish, startDate: startDate, nextFollowUp: nextFollowUp,
      version: version, updatedAt: updatedAt)
  }

  static func fetch(_ db: Database, id: PlanID) throws -> PlanRow {
    guard let row = try fetchOne(db, key: id) else { throw StorageError.notFound }
    return row
  }

  /// The plan with its resident, if the actor may see them.
  static func visible(_ db: Database, id: PlanID, actor: Actor) throws -> (Plan, Resident) {
    let p = try fetch(db, id: id).plan()
    return (p, try ResidentRow.visible(db, id: p.residentID, actor: actor))
  }
}

/// The one row of `planSetting`: the home's follow-up rhythm.
struct PlanSettingRow: StoredRecord, TableRecord {
  static let databaseTableName = "planSetting"

  var id: Int64
  var followUpsPerYear: Int
}

/// Who is responsible, as three columns (all NULL for a sub-goal that inherits its goal's).
struct ResponsibleColumns {
  var kind: String?
  var accountId: AccountID?
  var name: String?

  init(_ p: ResponsibleParty?) {
    kind = p?.kind
    switch p {
    case .staff(let id)?: accountId = id
    case .outside(let n)?: name = n.trimmingCharacters(in: .whitespacesAndNewlines)
    default: break
    }
  }

  init(kind: String?, accountId: AccountID?, name: String?) {
    self.kind = kind
    self.accountId = accountId
    self.name = name
  }

  /// nil for "inherit"; throws when the columns name no party.
  func party<Record: StoredRecord>(of record: Record, id: Int64?) throws -> ResponsibleParty? {
    guard let kind else { return nil }
    guard let p = ResponsibleParty(kind: kind, accountID: accountId, name: name) else {
      throw record.undecodable(id)
    }
    return p
  }
}

/// A row of `planGoal`.
struct PlanGoalRow: StoredRecord, MutablePersistableRecord {
  static let databaseTableName = "planGoal"

  var id: GoalID?
  var planId: PlanID
  var title: String
  var themeId: String
  var goalTypeId: String
  var functionalLevelId: String
  var supportNeedId: String
  var responsibleKind: String
  var responsibleAccountId: AccountID?
  var responsibleName: String?
  var status: GoalStatus
  var version = 1
  var updatedAt: Date
  var updatedBy: AccountID?

  enum Columns {
    static let planId = Column(CodingKeys.planId)
    static let status = Column(CodingKeys.status)
  }

  mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

  mutating func set(_ f: GoalFields, status: GoalStatus) {
    title = PlanText.clean(f.title)
    themeId = f.themeID
    goalTypeId = f.goalTypeID
    functionalLevelId = f.functionalLevelID
    supportNeedId = f.supportNeedID
    let r = ResponsibleColumns(f.responsible)
    responsibleKind = r.kind ?? ""
    responsibleAccountId = r.accountId
    responsibleName = r.name
    self.status = status
  }

  func goal() throws -> Goal {
    guard let id else { throw undecodable(nil) }
    let responsible = ResponsibleColumns(kind: responsibleKind, accountId: responsibleAccountId, name: responsibleName)
    guard let party = try responsible.party(of: self, id: id) else { throw undecodable(id) }
    return Goal(
      id: id, planID: planId, title: title, themeID: themeId, goalTypeID: goalTypeId,
      functionalLevelID: functionalLevelId, supportNeedID: supportNeedId, responsible: party, status: status,
      version: version)
  }

  static func fetch(_ db: Database, id: GoalID) throws -> PlanGoalRow {
    guard let row = try fetchOne(db, key: id) else { throw StorageError.notFound }
    return row
  }
}

extension PlanGoalRow {
  init(planID: PlanID, fields f: GoalFields, at now: Date, by actor: AccountID) {
    self.init(
      planId: planID, title: "", themeId: "", goalTypeId: "", functionalLevelId: "", supportNeedId: "",
      responsibleKind: "", status: .active, updatedAt: now, updatedBy: actor)
    set(f, status: .active)
  }
}

/// A row of `planSubGoal`.
struct PlanSubGoalRow: StoredRecord, MutablePersistableRecord {
  static let databaseTableName = "planSubGoal"

  var id: SubGoalID?
  var goalId: GoalID
  var text: String
  var measureKind: String
  var measureMin: Int?
  var measureMax: Int?
  var target: Int?
  var followUpDate: CalendarDay
  var responsibleKind: String?
  var responsibleAccountId: AccountID?
  var responsibleName: String?
  var isClosed = false
  var version = 1
  var updatedAt: Date
  var updatedBy: AccountID?

  enum Columns {
    static let goalId = Column(CodingKeys.goalId)
  }

  mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

  mutating func set(_ f: SubGoalFields) {
    text = PlanText.clean(f.text)
    measureKind = f.measure.kind
    if case .scale(let lo, let hi) = f.measure {
      (measureMin, measureMax) = (lo, hi)
    } else {
      (measureMin, measureMax) = (nil, nil)
    }
    target = f.target
    followUpDate = f.followUpDate
    let r = ResponsibleColumns(f.responsible)
    (responsibleKind, responsibleAccountId, responsibleName) = (r.kind, r.accountId, r.name)
  }

  func subGoal() throws -> SubGoal {
    guard let id, let measure = Measure(kind: measureKind, min: measureMin, max: measureMax) else {
      throw undecodable(id)
    }
    let responsible = ResponsibleColumns(kind: responsibleKind, accountId: responsibleAccountId, name: responsibleName)
    return SubGoal(
      id: id, goalID: goalId,
      fields: SubGoalFields(
        text: text, measure: measure, target: target, followUpDate: followUpDate,
        responsible: try responsible.party(of: self, id: id)),
      isClosed: isClosed, version: version)
  }

  static func fetch(_ db: Database, id: SubGoalID) throws -> PlanSubGoalRow {
    guard let row = try fetchOne(db, key: id) else { throw StorageError.notFound }
    return row
  }
}

extension PlanSubGoalRow {
  init(goalID: GoalID, fields f: SubGoalFields, at now: Date, by actor: AccountID) {
    self.init(
      goalId: goalID, text: "", measureKind: "", followUpDate: f.followUpDate, updatedAt: now, updatedBy: actor)
    set(f)
  }
}

/// A row of `planIntervention`: what staff do for a sub-goal, and how often.
struct PlanInterventionRow: StoredRecord, MutablePersistableRecord {
  static let databaseTableName = "planIntervention"

  var id: InterventionID?
  var subGoalId: SubGoalID
  var text: String
  var frequency: String
  var responsibleKind: String?
  var responsibleAccountId: AccountID?
  var responsibleName: String?
  var isActive = true
  var version = 1
  var updatedAt: Date
  var updatedBy: AccountID?

  mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

  mutating func set(text: String, frequency: Frequency, responsible: ResponsibleParty?) {
    self.text = PlanText.clean(text)
    self.frequency = frequency.stored
    let r = ResponsibleColumns(responsible)
    (responsibleKind, responsibleAccountId, responsibleName) = (r.kind, r.accountId, r.name)
  }

  func intervention() throws -> Intervention {
    guard let id, let frequency = Frequency(stored: frequency) else { throw undecodable(id) }
    let responsible = ResponsibleColumns(kind: responsibleKind, accountId: responsibleAccountId, name: responsibleName)
    return Intervention(
      id: id, subGoalID: subGoalId, text: text, frequency: frequency,
      responsible: try responsible.party(of: self, id: id), isActive: isActive, version: version)
  }

  static func fetch(_ db: Database, id: InterventionID) throws -> PlanInterventionRow {
    guard let row = try fetchOne(db, key: id) else { throw StorageError.notFound }
    return row
  }
}

/// A row of `planProgress`: one value recorded on a sub-goal. Never edited.
struct PlanProgressRow: StoredRecord, MutablePersistableRecord {
  static let databaseTableName = "planProgress"

  var id: ProgressID?
  var subGoalId: SubGoalID
  var value: Int
  var note: String?
  var recordedAt: Date
  var timeZone: String
  var authorId: AccountID
  /// Set when the value was marked wrong: it stays, struck through, with the reason.
  var correctedAt: Date?
  var correctedBy: AccountID?
  var correctionReason: String?

  mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

  func entry(authorName: String, correctedByName: String? = nil) throws -> ProgressEntry {
    guard let id else { throw undecodable(nil) }
    return ProgressEntry(
      id: id, subGoalID: subGoalId, value: value, note: note, recordedAt: recordedAt, timeZoneID: timeZone,
      authorID: authorId, authorName: authorName,
      correction: correctedAt.map {
        ProgressCorrection(reason: correctionReason ?? "", at: $0, byName: correctedByName ?? "")
      })
  }
}

/// A row of `planFollowUp`: a held follow-up meeting.
struct PlanFollowUpRow: StoredRecord, MutablePersistableRecord {
  static let databaseTableName = "planFollowUp"

  var id: FollowUpID?
  var planId: PlanID
  var heldOn: CalendarDay
  var participants: String
  var nextFollowUp: CalendarDay
  var authorId: AccountID
  var recordedAt: Date

  mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A row of `planDecision`: the meeting's decision on one goal.
struct PlanDecisionRow: StoredRecord, PersistableRecord {
  static let databaseTableName = "planDecision"
  static var identityColumns: [String] { ["followUpId", "goalId"] }

  var followUpId: FollowUpID
  var goalId: GoalID
  var goalTitle: String
  var decision: FollowUpDecision
  var score: Int?
  var note: String

  var meetingDecision: FollowUpMeeting.Decision {
    FollowUpMeeting.Decision(goalID: goalId, goalTitle: goalTitle, decision: decision, score: score, note: note)
  }
}

/// A row of `planHistory`: what a plan, goal or sub-goal said before a change (see `PlanSnapshot`).
struct PlanHistoryRow: StoredRecord, MutablePersistableRecord {
  static let databaseTableName = "planHistory"

  var id: Int64?
  var planId: PlanID
  var kind: String
  var sourceId: Int64
  var snapshot: String
  var reason: String
  var changedAt: Date
  var changedBy: AccountID

  mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
