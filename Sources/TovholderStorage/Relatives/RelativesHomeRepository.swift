import Foundation
import GRDB
import TovholderCore

extension AppDatabase {
  /// The home's relatives policy, relatives council and volunteers.
  public var relativesHome: RelativesHomeRepository { RelativesHomeRepository(db: self) }
}

/// The home as a whole: everyone signed in reads; leaders and admin change. Changes are
/// audited (they hold no resident's data).
public struct RelativesHomeRepository: Sendable {
  let db: AppDatabase

  /// Leaders and admin change the policy, council and volunteers; staff read.
  public static func canChange(_ actor: Actor) -> Bool { actor.role != .staff }

  func change<T>(_ actor: Actor, _ action: AuditAction, _ body: @escaping (Database) throws -> (T, Int64))
    throws(StorageError) -> T
  {
    guard Self.canChange(actor) else { throw .accessDenied }
    let now = db.now
    return try db.write { db in
      let (value, id) = try body(db)
      try AuditLog.append(db, at: now, actor: actor, action: action, subjectID: id)
      return value
    }
  }

  static func blank(_ s: String) -> Bool { s.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }

  // MARK: Policy

  /// Every adopted version, oldest first.
  public func policyVersions() throws(StorageError) -> [RelativesPolicyVersion] {
    try db.read { db in
      let request: SQLRequest<PolicyWithName> = """
        SELECT p.*, a.displayName FROM relativesPolicy p JOIN account a ON a.id = p.recordedBy ORDER BY p.number
        """
      return try request.fetchAll(db).map { found in
        let p = found.row
        guard let id = p.id else { throw p.undecodable(nil) }
        return RelativesPolicyVersion(
          id: id, number: p.number, text: p.text, adoptedOn: p.adoptedOn, recordedByName: found.displayName)
      }
    }
  }

  /// Adopts a new version of the policy; earlier versions are kept.
  public func adoptPolicy(text: String, adoptedOn: CalendarDay, by actor: Actor) throws(StorageError)
    -> RelativesPolicyVersion
  {
    if Self.blank(text) { throw .relatives(.emptyText) }
    let now = db.now
    let id = try change(actor, .adoptRelativesPolicy) { db -> (Int64, Int64) in
      let last = try RelativesPolicyRow.select(max(Column("number")), as: Int.self).fetchOne(db) ?? 0
      var row = RelativesPolicyRow(
        number: last + 1, text: text, adoptedOn: adoptedOn, recordedBy: actor.accountID, recordedAt: now)
      try row.insert(db)
      return (db.lastInsertedRowID, db.lastInsertedRowID)
    }
    return try Self.written(id, in: policyVersions())
  }

  // MARK: Council

  public func councilMembers() throws(StorageError) -> [CouncilMember] {
    try db.read { db in
      try CouncilMemberRow.order(Column("fromOn"), Column("name")).fetchAll(db).map { try $0.member() }
    }
  }

  public func addCouncilMember(name: String, role: String, from: CalendarDay, by actor: Actor) throws(StorageError)
    -> CouncilMember
  {
    if Self.blank(name) { throw .relatives(.emptyName) }
    let now = db.now
    let id = try change(actor, .changeCouncil) { db -> (Int64, Int64) in
      var row = CouncilMemberRow(
        name: name.trimmingCharacters(in: .whitespaces), role: role, fromOn: from, updatedAt: now,
        updatedBy: actor.accountID)
      try row.insert(db)
      return (db.lastInsertedRowID, db.lastInsertedRowID)
    }
    return try Self.written(id, in: councilMembers())
  }

  /// Ends a membership on `until` (versioned).
  public func endCouncilMembership(_ m: CouncilMember, until: CalendarDay, by actor: Actor) throws(StorageError) {
    let now = db.now
    try change(actor, .changeCouncil) { db -> ((), Int64) in
      try VersionCheck.require(db, CouncilMemberRow.self, id: m.id, expected: m.version)
      guard var row = try CouncilMemberRow.fetchOne(db, key: m.id) else { throw StorageError.notFound }
      try row.updateChanges(db) {
        $0.untilOn = until
        $0.version += 1
        $0.updatedAt = now
        $0.updatedBy = actor.accountID
      }
      return ((), m.id)
    }
  }

  /// Meetings, newest first.
  public func councilMeetings() throws(StorageError) -> [CouncilMeeting] {
    try db.read { db in
      try CouncilMeetingRow.order(Column("heldOn").desc, Column("id").desc).fetchAll(db).map { try $0.meeting() }
    }
  }

  public func addCouncilMeeting(heldOn: CalendarDay, agenda: String, minutes: String = "", by actor: Actor)
    throws(StorageError) -> CouncilMeeting
  {
    if Self.blank(agenda) { throw .relatives(.emptyText) }
    let now = db.now
    let id = try change(actor, .changeCouncil) { db -> (Int64, Int64) in
      var row = CouncilMeetingRow(
        heldOn: heldOn, agenda: agenda, minutes: minutes, updatedAt: now, updatedBy: actor.accountID)
      try row.insert(db)
      return (db.lastInsertedRowID, db.lastInsertedRowID)
    }
    return try Self.written(id, in: councilMeetings())
  }

  /// Saves the agenda and minutes of a meeting (versioned).
  public func updateCouncilMeeting(_ m: CouncilMeeting, by actor: Actor) throws(StorageError) -> CouncilMeeting {
    if Self.blank(m.agenda) { throw .relatives(.emptyText) }
    let now = db.now
    try change(actor, .changeCouncil) { db -> ((), Int64) in
      try VersionCheck.require(db, CouncilMeetingRow.self, id: m.id, expected: m.version)
      guard var row = try CouncilMeetingRow.fetchOne(db, key: m.id) else { throw StorageError.notFound }
      try row.updateChanges(db) {
        $0.heldOn = m.heldOn
        $0.agenda = m.agenda
        $0.minutes = m.minutes
        $0.version += 1
        $0.updatedAt = now
        $0.updatedBy = actor.accountID
      }
      return ((), m.id)
    }
    return try Self.written(m.id, in: councilMeetings())
  }

  /// What the council asked for, open ones first, then newest.
  public func councilRequests() throws(StorageError) -> [CouncilRequest] {
    try db.read { db in
      let request: SQLRequest<CouncilRequestRow> = """
        SELECT * FROM councilRequest ORDER BY status IN ('done', 'declined'), raisedOn DESC, id DESC
        """
      return try request.fetchAll(db).map { try $0.request() }
    }
  }

  public func addCouncilRequest(text: String, raisedOn: CalendarDay, meetingID: Int64?, by actor: Actor)
    throws(StorageError) -> CouncilRequest
  {
    if Self.blank(text) { throw .relatives(.emptyText) }
    let now = db.now
    let id = try change(actor, .changeCouncil) { db -> (Int64, Int64) in
      var row = CouncilRequestRow(
        meetingId: meetingID, raisedOn: raisedOn, text: text, updatedAt: now, updatedBy: actor.accountID)
      try row.insert(db)
      return (db.lastInsertedRowID, db.lastInsertedRowID)
    }
    return try Self.written(id, in: councilRequests())
  }

  /// Records what became of a request (versioned).
  public func updateCouncilRequest(_ r: CouncilRequest, by actor: Actor) throws(StorageError) -> CouncilRequest {
    let now = db.now
    try change(actor, .changeCouncil) { db -> ((), Int64) in
      try VersionCheck.require(db, CouncilRequestRow.self, id: r.id, expected: r.version)
      guard var row = try CouncilRequestRow.fetchOne(db, key: r.id) else { throw StorageError.notFound }
      try row.updateChanges(db) {
        $0.status = r.status
        $0.outcome = r.outcome
        $0.version += 1
        $0.updatedAt = now
        $0.updatedBy = actor.accountID
      }
      return ((), r.id)
    }
    return try Self.written(r.id, in: councilRequests())
  }

  /// The row just written, as the list reads it.
  static func written<T: Identifiable>(_ id: T.ID, in list: [T]) throws(StorageError) -> T {
    guard let found = list.first(where: { $0.id == id }) else { throw .notFound }
    return found
  }
}

private struct PolicyWithName: Decodable, FetchableRecord {
  var row: RelativesPolicyRow
  var displayName: String
}
