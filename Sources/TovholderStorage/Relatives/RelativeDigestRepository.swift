import Foundation
import GRDB
import TovholderCore

extension RelativesRepository {
  /// What `relativeID` may be told about the resident on `day` (today if nil), per kind and
  /// why, with the recent information of exactly the kinds allowed. Every kind is decided by
  /// the sharing check and audited (`sharing.allowed` / `sharing.refused`), as any area does
  /// before sharing. Reading it gives nothing to anyone; `logDigestGiven` records the giving.
  public func digest(residentID: ResidentID, relativeID: RelativeID, actor: Actor, on day: CalendarDay? = nil)
    throws(StorageError) -> RelativeDigest
  {
    let now = db.now
    let day = day ?? today
    let catalogue = catalogue
    let health = db.catalogues.health
    return try db.write { db in
      try RelativeDigestLoader.load(
        db, residentID: residentID, relativeID: relativeID, actor: actor, day: day, now: now, catalogue: catalogue,
        health: health)
    }
  }

  /// Records that `digest` was given to its relative (as a file or letter, or told by phone):
  /// a contact-log entry (what, when, by whom; `said` words it) and an audit row, in one
  /// transaction. Each kind it holds is decided again inside the transaction, so a consent
  /// withdrawn since the digest was made refuses the whole entry (`.sharingRefused`).
  @discardableResult
  public func logDigestGiven(_ digest: RelativeDigest, as kind: ContactKind, said: String, actor: Actor)
    throws(StorageError) -> ContactLogEntry
  {
    let now = db.now
    let catalogue = catalogue
    return try db.write { db in
      let r = try ResidentRow.visible(db, id: digest.relative.residentID, actor: actor)
      let consents = try RelativeRows.consents(db, residentID: r.id)
      let guardianships = try RelativeRows.guardianships(db, residentID: r.id)
      for kind in digest.allowedKinds {
        let decision = ConsentRule.decide(
          residentID: r.id, relativeID: digest.relative.id, kindCode: kind.code, on: digest.day, consents: consents,
          guardianships: guardianships, catalogue: catalogue)
        if let reason = decision.refusal { throw StorageError.relatives(.sharingRefused(reason)) }
      }
      let entry = try RelativeDigestLoader.logGiven(
        db, residentID: r.id, relativeID: digest.relative.id, kind: kind, day: digest.day, now: now, actor: actor,
        said: said, toldAboutHealth: digest.includesHealth)
      try AuditLog.append(
        db, at: now, actor: actor, action: .giveRelativeDigest, residentID: r.id, subjectID: digest.relative.id)
      return entry
    }
  }

  /// Records on the contact log that a report (a plan status report, a health summary) was
  /// given to a relative. Call after the sharing check allowed it.
  @discardableResult
  public func logReportGiven(
    residentID: ResidentID, relativeID: RelativeID, said: String, toldAboutHealth: Bool, actor: Actor
  ) throws(StorageError) -> ContactLogEntry {
    try logContact(
      NewContactLogEntry(
        residentID: residentID, relativeID: relativeID, kind: .letter, occurredOn: today, said: said,
        toldAboutHealth: toldAboutHealth), by: actor)
  }
}

enum RelativeDigestLoader {
  static func load(
    _ db: Database, residentID: ResidentID, relativeID: RelativeID, actor: Actor, day: CalendarDay, now: Date,
    catalogue: InformationKindCatalogue, health: HealthCatalogue
  ) throws -> RelativeDigest {
    let r = try ResidentRow.visible(db, id: residentID, actor: actor)
    guard let relative = try RelativeRows.fetchRelative(db, id: relativeID), relative.residentID == r.id else {
      throw StorageError.notFound
    }
    let consents = try RelativeRows.consents(db, residentID: r.id)
    let guardianships = try RelativeRows.guardianships(db, residentID: r.id)
    var permissions: [RelativeDigest.Permission] = []
    for kind in catalogue.kinds {
      let decision = try SharingCheck.decide(
        db, residentID: r.id, relativeID: relativeID, kindCode: kind.code, actor: actor, day: day, now: now,
        catalogue: catalogue)
      var permission = RelativeDigest.Permission(kind: kind, decision: decision)
      if case .allowed(.consent(let id)) = decision { permission.consent = consents.first { $0.id == id } }
      if case .allowed(.guardian(let id)) = decision { permission.guardianship = guardianships.first { $0.id == id } }
      permissions.append(permission)
    }
    var digest = RelativeDigest(
      residentName: r.name, relative: relative, day: day, generatedAt: now, generatedBy: actor.displayName,
      permissions: permissions)
    if digest.mayShare(SharingCheck.plan), let doc = try PlanLoader.document(db, resident: r, progress: false) {
      digest.plan = RelativeDigest.PlanStatus(
        wish: doc.plan.wish, openGoals: doc.openGoals, nextFollowUp: doc.plan.nextFollowUp,
        lastFollowUp: doc.followUps.map(\.heldOn).max())
      if doc.plan.nextFollowUp >= day {
        digest.meetings.append(RelativeDigest.Meeting(kind: .planFollowUp, on: doc.plan.nextFollowUp))
      }
    }
    if catalogue.healthKinds.contains(where: { digest.mayShare($0.code) }) {
      digest.health = try HealthExport.summary(
        db, resident: r, now: now, by: actor, perTemplate: 1, builtIn: health)
      digest.healthConsentMissing = digest.health == nil
    }
    if digest.mayShare(SharingCheck.dailyLife) {
      let since = day.adding(days: -RelativeDigest.dailyLifeDays).start(in: .danish)
      let daily: SQLRequest<NoteRow.WithAuthor> = """
        SELECT note.*, account.displayName AS authorName FROM note
        JOIN account ON account.id = note.authorId
        WHERE note.residentId = \(r.id) AND note.kind = \(NoteKind.daily.rawValue) AND note.writtenAt >= \(since)
        ORDER BY note.writtenAt DESC, note.id DESC LIMIT \(RelativeDigest.dailyLifeLimit)
        """
      digest.dailyLife = try daily.fetchAll(db).map { try $0.note() }
    }
    let council = try String.fetchAll(
      db, sql: "SELECT heldOn FROM councilMeeting WHERE heldOn >= ? ORDER BY heldOn LIMIT 2", arguments: [day.iso])
    digest.meetings += council.compactMap(CalendarDay.init(iso:)).map {
      RelativeDigest.Meeting(kind: .relativesCouncil, on: $0)
    }
    return digest
  }

  static func logGiven(
    _ db: Database, residentID: ResidentID, relativeID: RelativeID, kind: ContactKind, day: CalendarDay, now: Date,
    actor: Actor, said: String, toldAboutHealth: Bool
  ) throws -> ContactLogEntry {
    try db.execute(
      sql: """
        INSERT INTO contactLog (residentId, relativeId, kind, occurredOn, staffId, said, agreed, toldAboutHealth,
          createdAt, updatedAt, updatedBy) VALUES (?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?)
        """,
      arguments: [
        residentID, relativeID, kind.rawValue, day.iso, actor.accountID, said, toldAboutHealth, now, now,
        actor.accountID,
      ])
    let id = db.lastInsertedRowID
    try AuditLog.append(db, at: now, actor: actor, action: .createContactLog, residentID: residentID, subjectID: id)
    guard let entry = try RelativeRows.fetchContact(db, id: id) else { throw StorageError.notFound }
    return entry
  }
}
