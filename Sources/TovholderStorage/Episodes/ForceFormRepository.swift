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
    try db.read(Self.loaded)
  }

  static func loaded(_ db: Database) throws -> [LoadedForceForm] {
    guard try db.tableExists(ForceFormDefinitionRow.databaseTableName) else { return [] }
    let request: SQLRequest<ForceFormDefinitionRow.WithName> = """
      SELECT d.*, a.displayName AS loadedByName FROM forceFormDefinition d
      LEFT JOIN account a ON a.id = d.loadedBy ORDER BY d.loadedAt, d.form, d.version
      """
    return try request.fetchAll(db).compactMap { item in
      guard let form = try? ForceForm.parse(Array(item.row.definition.utf8)) else { return nil }
      return LoadedForceForm(form: form, loadedAt: item.row.loadedAt, loadedByName: item.loadedByName)
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
      // A version loaded again becomes the newest; its text is the same (checked above).
      try ForceFormDefinitionRow(
        form: form.form.rawValue, version: form.version, definition: String(decoding: json, as: UTF8.self),
        loadedAt: now, loadedBy: actor.accountID
      ).save(db)
      try AuditLog.append(db, at: now, actor: actor, action: .loadForceForm)
    }
    return (form, .loaded(changes: changes))
  }
}

extension AppDatabase {
  public var forceForms: ForceFormRepository { ForceFormRepository(db: self) }
}

/// A row of `forceFormDefinition`: a form file an admin loaded, as loaded.
struct ForceFormDefinitionRow: StoredRecord, PersistableRecord {
  static let databaseTableName = "forceFormDefinition"
  static var identityColumns: [String] { ["form", "version"] }

  var form: String
  var version: String
  var definition: String
  var loadedAt: Date
  var loadedBy: AccountID?

  struct WithName: Decodable, FetchableRecord {
    var row: ForceFormDefinitionRow
    var loadedByName: String?
  }
}

extension ForceForms {
  /// With the definitions an admin loaded, oldest first: the newest of each kind is the one in
  /// use, and every form it replaced stays at hand so reports made on it still read and export.
  public func adding(_ loaded: [ForceForm]) -> ForceForms {
    var forms = self
    for form in loaded where forms[form.form] != form {
      let old = forms[form.form]
      if !forms.replaced.contains(old) { forms.replaced.append(old) }
      forms.replaced.removeAll { $0 == form }
      switch form.form {
      case .skema1: forms.skema1 = form
      case .skema2: forms.skema2 = form
      case .skema3: forms.skema3 = form
      case .skema4: forms.skema4 = form
      }
    }
    return forms
  }
}
