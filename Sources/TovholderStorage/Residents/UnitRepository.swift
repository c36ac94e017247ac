import Foundation
import GRDB
import TovholderCore

/// The home's units. Admin creates and renames; everyone may list them.
public struct UnitRepository: Sendable {
  let db: AppDatabase

  public func list() throws(StorageError) -> [TovholderCore.Unit] {
    try db.read { db in
      try Row.fetchAll(db, sql: "SELECT id, name FROM unit ORDER BY name COLLATE danish")
        .map { TovholderCore.Unit(id: $0["id"], name: $0["name"]) }
    }
  }

  public func create(name: String, by actor: Actor) throws(StorageError) -> TovholderCore.Unit {
    guard AccessRules.canManageUnits(actor: actor) else { throw .accessDenied }
    let name = name.trimmingCharacters(in: .whitespaces)
    guard !name.isEmpty else { throw .emptyUnitName }
    let now = db.now
    return try db.write { db in
      do {
        try db.execute(
          sql: "INSERT INTO unit (name, updatedAt, updatedBy) VALUES (?, ?, ?)",
          arguments: [name, now, actor.accountID])
      } catch let error as DatabaseError where error.isUniqueViolation {
        throw StorageError.unitNameTaken
      }
      let id = db.lastInsertedRowID
      try AuditLog.append(db, at: now, actor: actor, action: .createUnit, subjectID: id)
      return TovholderCore.Unit(id: id, name: name)
    }
  }

  public func rename(_ unitID: UnitID, to name: String, by actor: Actor) throws(StorageError) {
    guard AccessRules.canManageUnits(actor: actor) else { throw .accessDenied }
    let now = db.now
    try db.write { db in
      do {
        try db.execute(
          sql: "UPDATE unit SET name = ?, version = version + 1, updatedAt = ?, updatedBy = ? WHERE id = ?",
          arguments: [name.trimmingCharacters(in: .whitespaces), now, actor.accountID, unitID])
      } catch let error as DatabaseError where error.isUniqueViolation {
        throw StorageError.unitNameTaken
      }
      guard db.changesCount == 1 else { throw StorageError.notFound }
      try AuditLog.append(db, at: now, actor: actor, action: .renameUnit, subjectID: unitID)
    }
  }
}
