/// What an audit row records. Stored by raw value; never rename a case's raw value.
public enum AuditAction: String, CaseIterable, Sendable {
  // Reads of a resident's record.
  case openRecord = "record.open"
  case readNotes = "notes.read"
  case revealCPR = "cpr.reveal"
  case readHandover = "handover.read"
  case readAccessLog = "accesslog.read"
  /// Someone asked for a resident they may not see, or one that does not exist.
  case accessRefused = "access.refused"
  // Changes of personal data.
  case createResident = "resident.create"
  case updateResident = "resident.update"
  case createNote = "note.create"
  case updateNote = "note.update"
  // Accounts and the home.
  case initializeHome = "home.initialize"
  case updateHome = "home.update"
  case createUnit = "unit.create"
  case renameUnit = "unit.rename"
  case createAccount = "account.create"
  case updateAccount = "account.update"
  case resetPassword = "account.resetPassword"
  case signIn = "signin.ok"
  case signInFailed = "signin.failed"
  case accountLocked = "signin.locked"
  case demoCreated = "demo.create"
  /// `tovholder restore`: the database was put back from a backup (the first row after it).
  case restoreDatabase = "database.restore"
  // Unintended events (UTH).
  case createIncident = "incident.create"
  case updateIncident = "incident.update"
  case readIncident = "incident.read"
  case listIncidents = "incidents.list"
  case startIncidentReview = "incident.review"
  case saveIncidentReview = "incident.review.save"
  case closeIncident = "incident.close"
  case rejectIncident = "incident.reject"
  case batchReportIncidents = "incidents.batch"
  case exportIncidents = "incidents.export"
  // Plans (reads first, then changes).
  case readPlan = "plan.read"
  case readPlanDueList = "plan.due.read"
  case exportPlan = "plan.export"
  case createPlan = "plan.create"
  case updatePlan = "plan.update"
  case createGoal = "plan.goal.create"
  case updateGoal = "plan.goal.update"
  case createSubGoal = "plan.subgoal.create"
  case updateSubGoal = "plan.subgoal.update"
  case createIntervention = "plan.intervention.create"
  case updateIntervention = "plan.intervention.update"
  case recordProgress = "plan.progress.record"
  case correctProgress = "plan.progress.correct"
  case holdFollowUp = "plan.followup.hold"
  case updatePlanSettings = "plan.settings.update"
  // Health screenings.
  case readHealth = "health.read"
  case readDueList = "health.duelist.read"
  case readFlagList = "health.flags.read"
  case exportScreenings = "health.export"
  case createScreening = "screening.create"
  case updateScreening = "screening.update"
  case markScreeningSeen = "screening.seen"
  case assignScreening = "screening.assign"
  case updateScreeningAssignment = "screening.assignment.update"
  case recordHealthConsent = "health.consent"
  case saveScreeningTemplate = "screening.template.save"
  case setHealthNurse = "health.nurse"
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
  case loadForceForm = "force.form.load"
  case readRiskChecks = "risk.read"
  case markAtRisk = "risk.mark"
  case recordRiskCheck = "risk.check"
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
  /// A contact log entry records sharing no consent covered (saved as it happened, marked).
  case sharingUncovered = "sharing.uncovered"
  case readUncoveredSharing = "sharing.uncovered.read"
  case seeUncoveredSharing = "sharing.uncovered.seen"
  case adoptRelativesPolicy = "relativespolicy.adopt"
  case changeCouncil = "council.change"
  case changeVolunteer = "volunteer.change"
  // Search: a resident's hits were shown in the search results.
  case searchResults = "search.results"
  // The resident's rights: a full copy, retention, what a relative is given.
  case exportResident = "resident.export"
  case setRetention = "retention.set"
  case readRetention = "retention.read"
  case retentionDelete = "retention.delete"
  case pseudonymise = "resident.pseudonymise"
  case giveRelativeDigest = "relative.digest"

  /// True for rows that record someone reading a resident's data.
  public var isAccess: Bool {
    switch self {
    case .openRecord, .readNotes, .revealCPR, .readHandover, .readIncident, .listIncidents, .exportIncidents:
      return true
    case .readPlan, .readPlanDueList, .exportPlan: return true
    case .readHealth, .readDueList, .readFlagList, .exportScreenings: return true
    case .readEpisode, .readForceReport, .exportForceReport, .readRiskChecks: return true
    case .readRelatives, .readFollowUps, .sharingAllowed, .sharingRefused, .readUncoveredSharing: return true
    case .searchResults: return true
    case .exportResident, .giveRelativeDigest: return true
    default: return false
    }
  }
}
