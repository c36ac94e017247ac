import Foundation
import GRDB
import TovholderCore

/// The home's units. Admin creates and renames; everyone may list them.
public struct UnitRepository: Sendable {
  let db: AppDatabase

  public func list() throws(StorageError) -> [TovholderCore.Unit] {
    try db.read { db in
      try UnitRow.order(UnitRow.Columns.name.collating(AppDatabase.danishCollation)).fetchAll(db)
        .map { try $0.unit() }
    }
  }

  public func create(name: String, by actor: Actor) throws(StorageError) -> TovholderCore.Unit {
    guard AccessRules.canManageUnits(actor: actor) else { throw .accessDenied }
    let name = name.trimmingCharacters(in: .whitespaces)
    guard !name.isEmpty else { throw .emptyUnitName }
    let now = db.now
    return try db.write { db in
      let row: UnitRow
      do {
        row = try UnitRow(name: name, updatedAt: now, updatedBy: actor.accountID).insertAndFetch(db)
      } catch let error as DatabaseError where error.isUniqueViolation {
        throw StorageError.unitNameTaken
      }
      let unit = try row.unit()
      try AuditLog.append(db, at: now, actor: actor, action: .createUnit, subjectID: unit.id)
      return unit
    }
  }

  public func rename(_ unitID: UnitID, to name: String, by actor: Actor) throws(StorageError) {
    guard AccessRules.canManageUnits(actor: actor) else { throw .accessDenied }
    let now = db.now
    try db.write { db in
      guard var row = try UnitRow.fetchOne(db, key: unitID) else { throw StorageError.notFound }
      row.name = name.trimmingCharacters(in: .whitespaces)
      row.version += 1
      row.updatedAt = now
      row.updatedBy = actor.accountID
      do {
        try row.update(db)
      } catch let error as DatabaseError where error.isUniqueViolation {
        throw StorageError.unitNameTaken
      }
      try AuditLog.append(db, at: now, actor: actor, action: .renameUnit, subjectID: unitID)
    }
  }
}
