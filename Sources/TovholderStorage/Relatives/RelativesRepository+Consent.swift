import Foundation
import GRDB
import TovholderCore

extension RelativesRepository {
  /// Records a consent for one relative and one kind. Refused for an unknown kind, an end
  /// before the start, a relative of another resident, or a guardian giver out of scope.
  public func addConsent(_ new: NewConsent, by actor: Actor) throws(StorageError) -> Consent {
    let now = db.now
    let catalogue = catalogue
    return try db.write { db in
      _ = try ResidentRow.visible(db, id: new.residentID, actor: actor)
      guard let relative = try RelativeRows.fetchRelative(db, id: new.relativeID),
        relative.residentID == new.residentID
      else { throw StorageError.notFound }
      let guardianships = try RelativeRows.guardianships(db, residentID: new.residentID)
      do { try new.validate(catalogue: catalogue, guardianships: guardianships) } catch let error as RelativesError {
        throw StorageError.relatives(error)
      }
      var giver: Int64?
      if case .guardian(let id) = new.givenBy { giver = id }
      var row = RelativeConsentRow(
        residentId: new.residentID, relativeId: new.relativeID, kindCode: new.kindCode, givenOn: new.givenOn,
        form: new.form, givenByGuardianshipId: giver, note: new.note, endsOn: new.endsOn, recordedBy: actor.accountID,
        recordedAt: now)
      try row.insert(db)
      let id = db.lastInsertedRowID
      try AuditLog.append(
        db, at: now, actor: actor, action: .createConsent, residentID: new.residentID, subjectID: id,
        wrote: .init(table: .relativeConsent, id: id))
      guard let saved = try RelativeRows.fetchConsent(db, id: id) else { throw StorageError.notFound }
      return saved
    }
  }

  /// Withdraws a consent from `day` (today if nil). The consent stays in the history with
  /// the day and who recorded the withdrawal.
  public func withdrawConsent(_ id: ConsentID, on day: CalendarDay? = nil, by actor: Actor) throws(StorageError)
    -> Consent
  {
    let now = db.now
    let day = day ?? today
    return try db.write { db in
      guard let consent = try RelativeRows.fetchConsent(db, id: id) else { throw StorageError.notFound }
      _ = try ResidentRow.visible(db, id: consent.residentID, actor: actor)
      do { try Consent.validateWithdrawal(of: consent, on: day) } catch let error as RelativesError {
        throw StorageError.relatives(error)
      }
      guard var row = try RelativeConsentRow.fetchOne(db, key: id) else { throw StorageError.notFound }
      try row.updateChanges(db) {
        $0.withdrawnOn = day
        $0.withdrawnBy = actor.accountID
        $0.withdrawnAt = now
      }
      try AuditLog.append(
        db, at: now, actor: actor, action: .withdrawConsent, residentID: consent.residentID, subjectID: id,
        wrote: .init(table: .relativeConsent, id: id))
      guard let saved = try RelativeRows.fetchConsent(db, id: id) else { throw StorageError.notFound }
      return saved
    }
  }

  /// Records a guardianship. The guardian is a relative of this resident or an outside person.
  public func addGuardianship(_ new: NewGuardianship, by actor: Actor) throws(StorageError) -> Guardianship {
    do { try new.validate() } catch { throw .relatives(error) }
    let now = db.now
    return try db.write { db in
      _ = try ResidentRow.visible(db, id: new.residentID, actor: actor)
      var row = GuardianshipRow(
        residentId: new.residentID, section: new.section, economic: false, personal: false, namedMatters: "",
        decidedOn: new.decidedOn, updatedAt: now, updatedBy: actor.accountID)
      try row.set(
        db, guardian: new.guardian, section: new.section, areas: new.areas, namedMatters: new.namedMatters,
        limitedToKinds: new.limitedToKinds, decidedOn: new.decidedOn, endsOn: new.endsOn)
      let saved = try row.insertAndFetch(db).guardianship()
      try AuditLog.append(
        db, at: now, actor: actor, action: .createGuardianship, residentID: new.residentID, subjectID: saved.id,
        wrote: .init(table: .guardianship, id: saved.id))
      return saved
    }
  }

  /// Saves an edited guardianship (e.g. its end date or scope); versioned.
  public func updateGuardianship(_ g: Guardianship, by actor: Actor) throws(StorageError) -> Guardianship {
    do { try g.validate() } catch { throw .relatives(error) }
    let now = db.now
    return try db.write { db in
      guard var row = try GuardianshipRow.fetchOne(db, key: g.id) else { throw StorageError.notFound }
      _ = try ResidentRow.visible(db, id: row.residentId, actor: actor)
      try VersionCheck.require(db, GuardianshipRow.self, id: g.id, expected: g.version)
      try row.set(
        db, guardian: g.guardian, section: g.section, areas: g.areas, namedMatters: g.namedMatters,
        limitedToKinds: g.limitedToKinds, decidedOn: g.decidedOn, endsOn: g.endsOn)
      row.version += 1
      row.updatedAt = now
      row.updatedBy = actor.accountID
      let saved = try row.updateAndFetch(db).guardianship()
      try AuditLog.append(
        db, at: now, actor: actor, action: .updateGuardianship, residentID: saved.residentID, subjectID: g.id,
        wrote: .init(table: .guardianship, id: g.id))
      return saved
    }
  }
}
