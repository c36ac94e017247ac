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
      try Row.fetchAll(
        db,
        sql: """
          SELECT p.*, a.displayName FROM relativesPolicy p JOIN account a ON a.id = p.recordedBy ORDER BY p.number
          """
      ).map {
        RelativesPolicyVersion(
          id: $0["id"], number: $0["number"], text: $0["text"], adoptedOn: RelativeRows.day($0, "adoptedOn")!,
          recordedByName: $0["displayName"])
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
      let number = try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(number), 0) + 1 FROM relativesPolicy")!
      try db.execute(
        sql: "INSERT INTO relativesPolicy (number, text, adoptedOn, recordedBy, recordedAt) VALUES (?, ?, ?, ?, ?)",
        arguments: [number, text, adoptedOn.iso, actor.accountID, now])
      return (db.lastInsertedRowID, db.lastInsertedRowID)
    }
    return try policyVersions().first { $0.id == id }!
  }

  // MARK: Council

  public func councilMembers() throws(StorageError) -> [CouncilMember] {
    try db.read { db in
      try Row.fetchAll(db, sql: "SELECT * FROM councilMember ORDER BY fromOn, name").map {
        CouncilMember(
          id: $0["id"], name: $0["name"], role: $0["role"], fromOn: RelativeRows.day($0, "fromOn")!,
          untilOn: RelativeRows.day($0, "untilOn"), version: $0["version"])
      }
    }
  }

  public func addCouncilMember(name: String, role: String, from: CalendarDay, by actor: Actor) throws(StorageError)
    -> CouncilMember
  {
    if Self.blank(name) { throw .relatives(.emptyName) }
    let now = db.now
    let id = try change(actor, .changeCouncil) { db -> (Int64, Int64) in
      try db.execute(
        sql: "INSERT INTO councilMember (name, role, fromOn, updatedAt, updatedBy) VALUES (?, ?, ?, ?, ?)",
        arguments: [name.trimmingCharacters(in: .whitespaces), role, from.iso, now, actor.accountID])
      return (db.lastInsertedRowID, db.lastInsertedRowID)
    }
    return try councilMembers().first { $0.id == id }!
  }

  /// Ends a membership on `until` (versioned).
  public func endCouncilMembership(_ m: CouncilMember, until: CalendarDay, by actor: Actor) throws(StorageError) {
    let now = db.now
    try change(actor, .changeCouncil) { db -> ((), Int64) in
      try VersionCheck.require(db, table: "councilMember", id: m.id, expected: m.version)
      try db.execute(
        sql: "UPDATE councilMember SET untilOn = ?, version = version + 1, updatedAt = ?, updatedBy = ? WHERE id = ?",
        arguments: [until.iso, now, actor.accountID, m.id])
      return ((), m.id)
    }
  }

  /// Meetings, newest first.
  public func councilMeetings() throws(StorageError) -> [CouncilMeeting] {
    try db.read { db in
      try Row.fetchAll(db, sql: "SELECT * FROM councilMeeting ORDER BY heldOn DESC, id DESC").map {
        CouncilMeeting(
          id: $0["id"], heldOn: RelativeRows.day($0, "heldOn")!, agenda: $0["agenda"], minutes: $0["minutes"],
          version: $0["version"])
      }
    }
  }

  public func addCouncilMeeting(heldOn: CalendarDay, agenda: String, minutes: String = "", by actor: Actor)
    throws(StorageError) -> CouncilMeeting
  {
    if Self.blank(agenda) { throw .relatives(.emptyText) }
    let now = db.now
    let id = try change(actor, .changeCouncil) { db -> (Int64, Int64) in
      try db.execute(
        sql: "INSERT INTO councilMeeting (heldOn, agenda, minutes, updatedAt, updatedBy) VALUES (?, ?, ?, ?, ?)",
        arguments: [heldOn.iso, agenda, minutes, now, actor.accountID])
      return (db.lastInsertedRowID, db.lastInsertedRowID)
    }
    return try councilMeetings().first { $0.id == id }!
  }

  /// Saves the agenda and minutes of a meeting (versioned).
  public func updateCouncilMeeting(_ m: CouncilMeeting, by actor: Actor) throws(StorageError) -> CouncilMeeting {
    if Self.blank(m.agenda) { throw .relatives(.emptyText) }
    let now = db.now
    try change(actor, .changeCouncil) { db -> ((), Int64) in
      try VersionCheck.require(db, table: "councilMeeting", id: m.id, expected: m.version)
      try db.execute(
        sql: """
          UPDATE councilMeeting SET heldOn = ?, agenda = ?, minutes = ?, version = version + 1, updatedAt = ?,
            updatedBy = ? WHERE id = ?
          """, arguments: [m.heldOn.iso, m.agenda, m.minutes, now, actor.accountID, m.id])
      return ((), m.id)
    }
    return try councilMeetings().first { $0.id == m.id }!
  }

  /// What the council asked for, open ones first, then newest.
  public func councilRequests() throws(StorageError) -> [CouncilRequest] {
    try db.read { db in
      try Row.fetchAll(
        db, sql: "SELECT * FROM councilRequest ORDER BY status IN ('done', 'declined'), raisedOn DESC, id DESC"
      ).map {
        CouncilRequest(
          id: $0["id"], meetingID: $0["meetingId"], raisedOn: RelativeRows.day($0, "raisedOn")!, text: $0["text"],
          status: CouncilRequestStatus(rawValue: $0["status"]) ?? .open, outcome: $0["outcome"],
          version: $0["version"])
      }
    }
  }

  public func addCouncilRequest(text: String, raisedOn: CalendarDay, meetingID: Int64?, by actor: Actor)
    throws(StorageError) -> CouncilRequest
  {
    if Self.blank(text) { throw .relatives(.emptyText) }
    let now = db.now
    let id = try change(actor, .changeCouncil) { db -> (Int64, Int64) in
      try db.execute(
        sql: "INSERT INTO councilRequest (meetingId, raisedOn, text, updatedAt, updatedBy) VALUES (?, ?, ?, ?, ?)",
        arguments: [meetingID, raisedOn.iso, text, now, actor.accountID])
      return (db.lastInsertedRowID, db.lastInsertedRowID)
    }
    return try councilRequests().first { $0.id == id }!
  }

  /// Records what became of a request (versioned).
  public func updateCouncilRequest(_ r: CouncilRequest, by actor: Actor) throws(StorageError) -> CouncilRequest {
    let now = db.now
    try change(actor, .changeCouncil) { db -> ((), Int64) in
      try VersionCheck.require(db, table: "councilRequest", id: r.id, expected: r.version)
      try db.execute(
        sql: """
          UPDATE councilRequest SET status = ?, outcome = ?, version = version + 1, updatedAt = ?, updatedBy = ?
          WHERE id = ?
          """, arguments: [r.status.rawValue, r.outcome, now, actor.accountID, r.id])
      return ((), r.id)
    }
    return try councilRequests().first { $0.id == r.id }!
  }
}
