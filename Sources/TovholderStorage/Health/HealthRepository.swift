import Foundation
import GRDB
import TovholderCore

/// Health screenings: templates, assignments, recording, due and flag lists, consent, export.
///
///     let due = try db.health.dueList(unitID: unit.id, actor: me)
///     let s = try db.health.record(NewScreening(residentID: 7, templateKey: "weight",
///                                               values: ["weight": .number(74.5)]), by: me)
///     if s.isFlagged { … }
public struct HealthRepository: Sendable {
  let db: AppDatabase

  // MARK: Templates

  /// The templates in use: the catalogue's, with the home's own added or replacing them.
  public func templates() throws(StorageError) -> [ScreeningTemplate] {
    try db.read { db in try HealthRows.catalogue(db, builtIn: builtIn).templates }
  }

  /// The catalogue's templates (for admin to start a template of their own from).
  public var builtInTemplates: [ScreeningTemplate] { builtIn.templates }

  var builtIn: HealthCatalogue { db.catalogues.health }

  /// Saves a template of the home's own (admin only). A new key must be free unless it
  /// names a catalogue template, which the saved one then replaces for this home.
  /// `expectedVersion` is nil for a new template, else the version read. Once screenings
  /// are recorded with the template, a field may not be removed or change kind or unit
  /// (`.fieldInUse`): names, ranges, interval and rules may change, and fields be added.
  public func saveTemplate(_ template: ScreeningTemplate, expectedVersion: Int?, by actor: Actor)
    throws(StorageError)
  {
    guard HealthAccess.canEditTemplates(actor: actor) else { throw .accessDenied }
    var t = template
    t.isCustom = true
    do { try TemplateRules.validate(t) } catch { throw .health(.invalidTemplate(error)) }
    let now = db.now
    try db.write { db in
      let existing = try ScreeningTemplateRow.fetchOne(db, key: t.key)
      if let expectedVersion {
        guard var row = existing else { throw StorageError.notFound }
        if row.version != expectedVersion {
          let by = try row.updatedBy.flatMap { try AccountRow.displayName(db, id: $0) }
          throw StorageError.versionConflict(changedBy: by ?? "", at: row.updatedAt)
        }
        if let field = TemplateRules.destructiveChange(from: row.definition, to: t),
          try ScreeningRow.filter(Column("templateKey") == t.key).fetchCount(db) > 0
        {
          throw StorageError.health(.invalidTemplate(.fieldInUse(field)))
        }
        row.definition = t
        row.isActive = true
        row.version += 1
        row.updatedAt = now
        row.updatedBy = actor.accountID
        try row.update(db)
      } else {
        guard existing == nil else { throw StorageError.health(.invalidTemplate(.keyTaken)) }
        try ScreeningTemplateRow(key: t.key, definition: t, updatedAt: now, updatedBy: actor.accountID).insert(db)
      }
      try AuditLog.append(db, at: now, actor: actor, action: .saveScreeningTemplate)
    }
  }

  /// The version of a home-defined template (nil if the key is not one).
  public func templateVersion(key: String) throws(StorageError) -> Int? {
    try db.read { db in try ScreeningTemplateRow.fetchOne(db, key: key)?.version }
  }

  // MARK: Nurses

  /// Names (or un-names) an account as a nurse, who may mark flags seen. Admin or leader.
  public func setNurse(_ accountID: AccountID, _ isNurse: Bool, by actor: Actor) throws(StorageError) {
    guard HealthAccess.canNameNurses(actor: actor) else { throw .accessDenied }
    let now = db.now
    try db.write { db in
      guard try AccountRow.exists(db, key: accountID) else { throw StorageError.notFound }
      if isNurse {
        try HealthNurseRow(accountId: accountID).insert(db, onConflict: .ignore)
      } else {
        try HealthNurseRow.deleteOne(db, key: accountID)
      }
      try AuditLog.append(db, at: now, actor: actor, action: .setHealthNurse, subjectID: accountID)
    }
  }

  public func isNurse(_ accountID: AccountID) throws(StorageError) -> Bool {
    try db.read { db in try HealthRows.isNurse(db, accountID) }
  }

  /// May `actor` mark flags seen for residents of `unitID`?
  public func canMarkSeen(in unitID: UnitID, actor: Actor) throws(StorageError) -> Bool {
    HealthAccess.canMarkSeen(in: unitID, actor: actor, isNurse: try isNurse(actor.accountID))
  }

  // MARK: Consent

  /// Records that the resident gave, refused or withdrew health consent. Staff of the unit.
  /// The history is kept; the newest entry counts.
  @discardableResult
  public func recordConsent(
    residentID: ResidentID, status: HealthConsent.Status, form: HealthConsent.Form, day: CalendarDay,
    note: String = "", by actor: Actor
  ) throws(StorageError) -> HealthConsent {
    let note = note.trimmingCharacters(in: .whitespacesAndNewlines)
    guard note.count <= HealthConsent.maxNoteLength else {
      throw .health(.noteTooLong(max: HealthConsent.maxNoteLength))
    }
    let now = db.now
    guard day <= CalendarDay(now, in: .danish) else { throw .health(.takenInFuture) }
    return try db.write { db in
      let r = try ResidentRow.visible(db, id: residentID, actor: actor)
      let row = try HealthConsentRow(
        residentId: r.id, status: status, form: form, day: day, note: note, recordedAt: now,
        recordedBy: actor.accountID
      ).insertAndFetch(db)
      try AuditLog.append(
        db, at: now, actor: actor, action: .recordHealthConsent, residentID: r.id, subjectID: row.id,
        wrote: .init(table: .healthConsent, id: db.lastInsertedRowID))
      return HealthConsentRow.WithName(row: row, recordedByName: try AccountRow.displayName(db, id: actor.accountID))
        .consent
    }
  }
}

extension AppDatabase {
  public var health: HealthRepository { HealthRepository(db: self) }
}
