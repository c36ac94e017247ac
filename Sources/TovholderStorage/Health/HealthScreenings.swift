import Foundation
import GRDB
import TovholderCore

extension HealthRepository {
  /// Records a screening (staff of the unit). Values outside a field's valid range are
  /// refused; outside the normal range they are saved and flagged. Carried-forward fields
  /// (height) and derived values (BMI) are filled in. Audited in the same transaction.
  @discardableResult
  public func record(_ new: NewScreening, by actor: Actor, timeZone: TimeZone = .danish) throws(StorageError)
    -> Screening
  {
    let now = db.now
    let takenAt = new.takenAt ?? now
    let note = new.note.trimmingCharacters(in: .whitespacesAndNewlines)
    return try db.write { db in
      let r = try ResidentRow.visible(db, id: new.residentID, actor: actor)
      let template = try HealthRows.template(db, key: new.templateKey, builtIn: builtIn)
      let (values, flags) = try evaluate(
        db, resident: r, template: template, entered: new.values, note: note, takenAt: takenAt, now: now,
        excluding: nil, timeZone: timeZone)
      var row = ScreeningRow(
        residentId: r.id, templateKey: template.key, takenAt: takenAt, timeZone: timeZone.identifier, vals: values,
        note: note, flags: flags, isFlagged: !flags.isEmpty, recordedBy: actor.accountID, updatedAt: now,
        updatedBy: actor.accountID)
      try row.insert(db)
      let id = db.lastInsertedRowID
      try AuditLog.append(
        db, at: now, actor: actor, action: .createScreening, residentID: r.id, subjectID: id,
        wrote: .init(table: .screening, id: id))
      guard let saved = try HealthRows.fetchScreening(db, id: id) else { throw StorageError.notFound }
      try HealthSearch.upsert(db, saved, template: template, unitID: r.unitID)
      return saved
    }
  }

  /// Corrects a recorded screening's values, note or time (a typing error found later).
  /// Flags are decided again; a seen mark stays. `screening.version` must be the version read.
  @discardableResult
  public func correct(_ screening: Screening, by actor: Actor) throws(StorageError) -> Screening {
    let now = db.now
    let note = screening.note.trimmingCharacters(in: .whitespacesAndNewlines)
    return try db.write { db in
      guard let old = try HealthRows.fetchScreening(db, id: screening.id),
        var row = try ScreeningRow.fetchOne(db, key: screening.id)
      else { throw StorageError.notFound }
      let r = try ResidentRow.visible(db, id: old.residentID, actor: actor)
      try VersionCheck.require(db, ScreeningRow.self, id: old.id, expected: screening.version)
      let template = try HealthRows.template(db, key: old.templateKey, builtIn: builtIn)
      let derivedKeys = Set(template.derived.map(\.key))
      let entered = screening.values.filter { !derivedKeys.contains($0.key) }
      let (values, flags) = try evaluate(
        db, resident: r, template: template, entered: entered, note: note, takenAt: screening.takenAt, now: now,
        excluding: old.id, timeZone: TimeZone(identifier: old.timeZoneID) ?? .danish)
      row.takenAt = screening.takenAt
      row.vals = values
      row.note = note
      row.flags = flags
      row.isFlagged = !flags.isEmpty
      row.version += 1
      row.updatedAt = now
      row.updatedBy = actor.accountID
      try row.update(db)
      try AuditLog.append(
        db, at: now, actor: actor, action: .updateScreening, residentID: r.id, subjectID: old.id,
        wrote: .init(table: .screening, id: old.id))
      guard let saved = try HealthRows.fetchScreening(db, id: old.id) else { throw StorageError.notFound }
      try HealthSearch.upsert(db, saved, template: template, unitID: r.unitID)
      return saved
    }
  }

  /// A resident's screenings of one template, newest first (the list and chart of a
  /// measure). Audited as a read of the record.
  public func history(residentID: ResidentID, templateKey: String, actor: Actor, limit: Int = 500)
    throws(StorageError) -> [Screening]
  {
    let now = db.now
    return try db.write { db in
      let r = try ResidentRow.visible(db, id: residentID, actor: actor)
      let list = try HealthRows.screenings(db, residentID: r.id, templateKey: templateKey, limit: limit)
      try AuditLog.append(db, at: now, actor: actor, action: .readHealth, residentID: r.id)
      return list
    }
  }

  /// Validates, completes and flags entered values against the resident's earlier screenings.
  private func evaluate(
    _ db: Database, resident r: Resident, template: ScreeningTemplate, entered: [String: ScreeningValue],
    note: String, takenAt: Date, now: Date, excluding: ScreeningID?, timeZone: TimeZone
  ) throws -> ([String: ScreeningValue], [ScreeningFlag]) {
    do {
      try ScreeningRules.validate(entered, note: note, template: template, takenAt: takenAt, now: now)
    } catch { throw StorageError.health(error) }
    let earlier = try HealthRows.screenings(db, residentID: r.id, templateKey: template.key, limit: 200)
      .filter { $0.id != excluding && $0.takenAt <= takenAt }
    let values = ScreeningRules.complete(entered, template: template, previous: earlier.map(\.values))
    let flags = ScreeningRules.flags(
      values, template: template, sex: Sex(cpr: r.cpr), takenAt: takenAt,
      history: earlier.map { ($0.takenAt, $0.values) }, timeZone: timeZone)
    return (values, flags)
  }
}
