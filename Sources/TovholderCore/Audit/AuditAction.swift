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
  // Relatives (network, consent, guardianship, contact log; the home's policy and council).
  case readRelatives = "relatives.read"
  case createRelative = "relative.create"
  case updateRelative = "relative.update"
  case setExpectationsMeeting = "relatives.expectations"
  case createConsent = "consent.create"
  case withdrawConsent = "consent.withdraw"
  case createGuardianship = "guardianship.create"
  case updateGuardianship = "guardianship.update"
  case createContactLog = "contactlog.create"
  case completeFollowUp = "contactlog.followup.done"
  case readFollowUps = "followups.read"
  case sharingAllowed = "sharing.allowed"
  case sharingRefused = "sharing.refused"
  case adoptRelativesPolicy = "relativespolicy.adopt"
  case changeCouncil = "council.change"
  case changeVolunteer = "volunteer.change"

  /// True for rows that record someone reading a resident's data.
  public var isAccess: Bool {
    switch self {
    case .openRecord, .readNotes, .revealCPR, .readHandover: return true
    case .readRelatives, .readFollowUps, .sharingAllowed, .sharingRefused: return true
    default: return false
    }
  }
}
