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
      try db.execute(
        sql: """
          INSERT INTO relativeConsent (residentId, relativeId, kindCode, givenOn, form, givenByGuardianshipId, note,
            endsOn, recordedBy, recordedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          new.residentID, new.relativeID, new.kindCode, new.givenOn.iso, new.form.rawValue, giver, new.note,
          new.endsOn?.iso, actor.accountID, now,
        ])
      let id = db.lastInsertedRowID
      try AuditLog.append(db, at: now, actor: actor, action: .createConsent, residentID: new.residentID, subjectID: id)
      return try RelativeRows.fetchConsent(db, id: id)!
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
      try db.execute(
        sql: "UPDATE relativeConsent SET withdrawnOn = ?, withdrawnBy = ?, withdrawnAt = ? WHERE id = ?",
        arguments: [day.iso, actor.accountID, now, id])
      try AuditLog.append(
        db, at: now, actor: actor, action: .withdrawConsent, residentID: consent.residentID, subjectID: id)
      return try RelativeRows.fetchConsent(db, id: id)!
    }
  }

  /// Records a guardianship. The guardian is a relative of this resident or an outside person.
  public func addGuardianship(_ new: NewGuardianship, by actor: Actor) throws(StorageError) -> Guardianship {
    do { try new.validate() } catch { throw .relatives(error) }
    let now = db.now
    return try db.write { db in
      _ = try ResidentRow.visible(db, id: new.residentID, actor: actor)
      let values = try GuardianshipColumns(new.guardian, residentID: new.residentID, db: db)
      try db.execute(
        sql: """
          INSERT INTO guardianship (residentId, guardianRelativeId, outsideName, outsideContact, section, economic,
            personal, namedMatters, limitedToKinds, decidedOn, endsOn, updatedAt, updatedBy)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          new.residentID, values.relativeID, values.outsideName, values.outsideContact, new.section.rawValue,
          new.areas.contains(.economic), new.areas.contains(.personal), GuardianshipColumns.matters(new.namedMatters),
          GuardianshipColumns.kinds(new.limitedToKinds), new.decidedOn.iso, new.endsOn?.iso, now, actor.accountID,
        ])
      let id = db.lastInsertedRowID
      try AuditLog.append(
        db, at: now, actor: actor, action: .createGuardianship, residentID: new.residentID, subjectID: id)
      return try RelativeRows.fetchGuardianship(db, id: id)!
    }
  }

  /// Saves an edited guardianship (e.g. its end date or scope); versioned.
  public func updateGuardianship(_ g: Guardianship, by actor: Actor) throws(StorageError) -> Guardianship {
    do { try g.validate() } catch { throw .relatives(error) }
    let now = db.now
    return try db.write { db in
      guard let old = try RelativeRows.fetchGuardianship(db, id: g.id) else { throw StorageError.notFound }
      _ = try ResidentRow.visible(db, id: old.residentID, actor: actor)
      try VersionCheck.require(db, table: "guardianship", id: g.id, expected: g.version)
      let values = try GuardianshipColumns(g.guardian, residentID: old.residentID, db: db)
      try db.execute(
        sql: """
          UPDATE guardianship SET guardianRelativeId = ?, outsideName = ?, outsideContact = ?, section = ?,
            economic = ?, personal = ?, namedMatters = ?, limitedToKinds = ?, decidedOn = ?, endsOn = ?,
            version = version + 1, updatedAt = ?, updatedBy = ? WHERE id = ?
          """,
        arguments: [
          values.relativeID, values.outsideName, values.outsideContact, g.section.rawValue,
          g.areas.contains(.economic), g.areas.contains(.personal), GuardianshipColumns.matters(g.namedMatters),
          GuardianshipColumns.kinds(g.limitedToKinds), g.decidedOn.iso, g.endsOn?.iso, now, actor.accountID, g.id,
        ])
      try AuditLog.append(
        db, at: now, actor: actor, action: .updateGuardianship, residentID: old.residentID, subjectID: g.id)
      return try RelativeRows.fetchGuardianship(db, id: g.id)!
    }
  }
}

/// How a guardian is stored: a relative's id, or an outside person's name and contact.
struct GuardianshipColumns {
  var relativeID: RelativeID?
  var outsideName: String?
  var outsideContact: String?

  init(_ guardian: Guardian, residentID: ResidentID, db: Database) throws {
    switch guardian {
    case .relative(let id):
      guard let r = try RelativeRows.fetchRelative(db, id: id), r.residentID == residentID else {
        throw StorageError.notFound
      }
      relativeID = id
    case .outside(let name, let contact):
      outsideName = name.trimmingCharacters(in: .whitespaces)
      outsideContact = contact
    }
  }

  static func matters(_ m: [String]) -> String {
    m.map { $0.replacingOccurrences(of: "\n", with: " ") }.filter { !$0.isEmpty }.joined(separator: "\n")
  }

  static func kinds(_ k: Set<String>?) -> String? { k.map { $0.sorted().joined(separator: ",") } }
}
