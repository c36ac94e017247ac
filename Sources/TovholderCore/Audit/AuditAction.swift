/// What an audit row records. Stored by raw value; never rename a case's raw value.
public enum AuditAction: String, CaseIterable, Sendable {
  // Reads of a resident's record.
  case openRecord = "record.open"
  case readNotes = "notes.read"
  case revealCPR = "cpr.reveal"
  case readHandover = "handover.read"
  case readAccessLog = "accesslog.read"
  // Changes of personal data.
  case createResident = "resident.create"
  case updateResident = "resident.update"
  case createNote = "note.create"
  case updateNote = "note.update"
  // Accounts and the home.
  case initializeHome = "home.initialize"
  case createUnit = "unit.create"
  case renameUnit = "unit.rename"
  case createAccount = "account.create"
  case updateAccount = "account.update"
  case resetPassword = "account.resetPassword"
  case signIn = "signin.ok"
  case signInFailed = "signin.failed"
  case accountLocked = "signin.locked"
  case demoCreated = "demo.create"
  // Violent episodes, force reports and risk checks.
  case readEpisode = "episode.read"
  case createEpisode = "episode.create"
  case completeEpisode = "episode.complete"
  case followUpEpisode = "episode.followup"
  case readForceReport = "force.read"
  case registerForceReport = "force.register"
  case updateForceReport = "force.update"
  case assessForceReport = "force.assess"
  case sendForceReport = "force.sent"
  case informForceReport = "force.informed"
  case exportForceReport = "force.export"
  case readRiskChecks = "risk.read"
  case markAtRisk = "risk.mark"
  case recordRiskCheck = "risk.check"

  /// True for rows that record someone reading a resident's data.
  public var isAccess: Bool {
    switch self {
    case .openRecord, .readNotes, .revealCPR, .readHandover: return true
    case .readEpisode, .readForceReport, .exportForceReport, .readRiskChecks: return true
    default: return false
    }
  }
}
