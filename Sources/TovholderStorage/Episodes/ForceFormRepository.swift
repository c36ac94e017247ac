import Foundation
import GRDB
import TovholderCore

/// A force form definition loaded into the database by an admin (`tovholder forms load`).
public struct LoadedForceForm: Sendable {
  public var form: ForceForm
  public var loadedAt: Date
  public var loadedByName: String?
}

/// What loading a form file did.
public enum ForceFormLoad: Sendable, Equatable {
  /// Stored; new reports on this form use it. `changes` against the form used until now.
  case loaded(changes: [ForceFormChange])
  /// The same version with the same content was loaded before: nothing to do.
  case alreadyLoaded
}

/// Force form definitions an admin loaded: the newest of each form is the one new reports
/// use; every version loaded stays, so a report made on it still reads and exports.
public struct ForceFormRepository: Sendable {
  let db: AppDatabase

  /// Every loaded definition, oldest first. A row that no longer parses is left out.
  public func loaded() throws(StorageError) -> [LoadedForceForm] {
    try db.read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT d.*, a.displayName AS loadedByName FROM forceFormDefinition d
          LEFT JOIN account a ON a.id = d.loadedBy ORDER BY d.loadedAt, d.form, d.version
          """
      ).compactMap { row in
        guard let form = try? ForceForm.parse(Array((row["definition"] as String).utf8)) else { return nil }
        return LoadedForceForm(form: form, loadedAt: row["loadedAt"], loadedByName: row["loadedByName"])
      }
    }
  }

  /// Loads `json` (a form file) as an admin. `current` is the form of that kind in use until
  /// now (shipped or loaded), `known` every version at hand: a version number already used
  /// with other content is refused, since reports made on it would change. Audited.
  public func load(json: [UInt8], current: ForceForm?, known: [ForceForm], by actor: Actor) throws(StorageError)
    -> (form: ForceForm, result: ForceFormLoad)
  {
    guard actor.role == .admin else { throw .accessDenied }
    let form: ForceForm
    do { form = try ForceForm.parse(json) } catch { throw .invalidForceForm(error) }
    if let same = known.first(where: { $0.form == form.form && $0.version == form.version }) {
      guard same == form else { throw .invalidForceForm(.versionReused(form.version)) }
      if let current, current == form { return (form, .alreadyLoaded) }
    }
    let changes = current.map { ForceFormChange.between($0, form) } ?? []
    let now = db.now
    try db.write { db in
      try db.execute(
        sql: """
          INSERT INTO forceFormDefinition (form, version, definition, loadedAt, loadedBy) VALUES (?, ?, ?, ?, ?)
          ON CONFLICT (form, version) DO UPDATE SET loadedAt = excluded.loadedAt, loadedBy = excluded.loadedBy
          """,
        arguments: [form.form.rawValue, form.version, String(decoding: json, as: UTF8.self), now, actor.accountID])
      try AuditLog.append(db, at: now, actor: actor, action: .loadForceForm)
    }
    return (form, .loaded(changes: changes))
  }
}

extension AppDatabase {
  public var forceForms: ForceFormRepository { ForceFormRepository(db: self) }
}
