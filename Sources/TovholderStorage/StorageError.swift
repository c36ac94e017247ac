import Foundation
import TovholderCore

/// Everything Storage can refuse or fail with. Carries data for the app's message, never
/// personal data (no names of residents, no CPR numbers, no note text).
public enum StorageError: Error, Equatable, Sendable {
  // Opening the file.
  /// The file is not an SQLite database, or one without Tovholder's marker.
  case notATovholderDatabase(path: String)
  /// The file was written by a newer Tovholder; `unknownMigrations` are its extra steps.
  case newerSchema(unknownMigrations: [String])
  /// The file (or its folder) cannot be written.
  case readOnly(path: String)
  /// Another program holds the database locked beyond the busy timeout.
  case locked
  case cannotCreateFolder(path: String)
  /// A check was asked of a file that does not exist (it is never created for a check).
  case missingDatabase(path: String)
  /// A check was asked of a zero-byte file.
  case emptyDatabase(path: String)
  /// The file lies on a network (or FUSE) file system, where SQLite's locks don't hold
  /// between machines; `kind` names it (NFS, SMB/CIFS, FUSE …).
  case networkFileSystem(path: String, kind: String)

  // Editing.
  /// Someone saved the record after the caller read it. Nothing was changed.
  case versionConflict(changedBy: String, at: Date)
  case notFound
  /// The actor's role or units do not allow this.
  case accessDenied
  /// No resident the actor may see has that number or CPR: the same answer whether the
  /// resident lives in another unit or not at all. The attempt is audited.
  case residentNotAvailable

  // Setup.
  case alreadyInitialized
  case notInitialized
  /// The demo refuses a database that already holds data.
  case databaseNotEmpty

  // Validation and uniqueness.
  case invalidAccount(AccountValidationError)
  case invalidResident(ResidentValidationError)
  case invalidHome(HomeValidationError)
  case invalidNote(NoteValidationError)
  case invalidIncident(IncidentValidationError)
  /// A step in an incident's case flow that the rules refuse.
  case incidentTransition(IncidentTransitionError)
  case incidentBatch(IncidentBatchError)
  case invalidPlan(PlanValidationError)
  /// The relatives area refused (bad phone or e-mail, dates, or sharing without consent).
  case relatives(RelativesError)
  case usernameTaken
  case unitNameTaken
  case emptyUnitName
  case duplicateCPR
  case signInRefused(SignInError)
  /// A screening, template or consent refused by the health rules.
  case health(HealthError)
  case invalidEpisode(EpisodeValidationError)
  case invalidForceForm(ForceFormError)
  case forceFlow(ForceFlowError)
  case invalidRiskCheck(RiskChecklistError)
  /// A retention period or rule the rules refuse.
  case retention(RetentionError)

  /// A stored row that can't be read as what its table holds (changed outside the program, or
  /// by a fault): which table and which row, never its contents.
  case undecodable(table: String, id: String)
  /// Any other SQLite failure, by result code.
  case database(code: Int32)
  /// A file operation failed (backup destination, permissions), by errno when known.
  case io(errno: Int32)
}

/// Thrown inside a transaction when a resident is not visible to the actor; turned into an
/// audit row and `.residentNotAvailable` by `AppDatabase.read`/`write`.
struct ResidentRefusal: Error {
  let actor: Actor
  /// The resident asked for, when there is one (another unit's); nil for no such resident.
  let residentID: ResidentID?
}
