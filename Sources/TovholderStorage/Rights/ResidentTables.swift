import TovholderCore

/// Every table that holds rows about one resident, how to find that resident's rows, and the
/// kind of record each belongs to for retention. The full copy (`ResidentCopyBuilder`) and the
/// retention run (`RetentionSweep`) both read this one list, so what is copied is what is
/// deleted. A new table about residents must be added here (or, if it is about the home, to
/// `notAboutOneResident`): a test fails until it is.
struct ResidentTable: Sendable {
  var name: String
  var kind: RetentionKind
  /// A condition on the table's rows with one `?` for the resident's id.
  var scope: String
  /// Columns never given out: the reporter of an unintended event is confidential.
  var leftOut: Set<String> = []
  /// Staff columns blanked when they name the same person as this column (the reporter is
  /// also the first `updatedBy`).
  var confidentialPerson: String?
}

enum ResidentTables {
  private static let plans = "planId IN (SELECT id FROM plan WHERE residentId = ?)"
  private static let goals =
    "goalId IN (SELECT g.id FROM planGoal g JOIN plan p ON p.id = g.planId WHERE p.residentId = ?)"
  private static let subGoals = """
    subGoalId IN (SELECT s.id FROM planSubGoal s JOIN planGoal g ON g.id = s.goalId JOIN plan p ON p.id = g.planId
      WHERE p.residentId = ?)
    """
  private static let followUps =
    "followUpId IN (SELECT f.id FROM planFollowUp f JOIN plan p ON p.id = f.planId WHERE p.residentId = ?)"

  /// Children before their parents, so deleting in this order never breaks a reference.
  static let all: [ResidentTable] = [
    ResidentTable(name: "resident", kind: .register, scope: "id = ?"),
    ResidentTable(name: "residentPseudonym", kind: .register, scope: "residentId = ?"),
    ResidentTable(name: "retentionDeletion", kind: .register, scope: "residentId = ?"),
    ResidentTable(name: "note", kind: .notes, scope: "residentId = ?"),
    ResidentTable(name: "planDecision", kind: .plans, scope: followUps),
    ResidentTable(name: "planProgress", kind: .plans, scope: subGoals),
    ResidentTable(name: "planIntervention", kind: .plans, scope: subGoals),
    ResidentTable(name: "planSubGoal", kind: .plans, scope: goals),
    ResidentTable(name: "planHistory", kind: .plans, scope: plans),
    ResidentTable(name: "planFollowUp", kind: .plans, scope: plans),
    ResidentTable(name: "planGoal", kind: .plans, scope: plans),
    ResidentTable(name: "plan", kind: .plans, scope: "residentId = ?"),
    ResidentTable(name: "contactLog", kind: .relatives, scope: "residentId = ?"),
    ResidentTable(name: "relativeConsent", kind: .relatives, scope: "residentId = ?"),
    ResidentTable(name: "guardianship", kind: .relatives, scope: "residentId = ?"),
    ResidentTable(name: "relative", kind: .relatives, scope: "residentId = ?"),
    ResidentTable(name: "relativesResident", kind: .relatives, scope: "residentId = ?"),
    ResidentTable(name: "screening", kind: .health, scope: "residentId = ?"),
    ResidentTable(name: "screeningAssignment", kind: .health, scope: "residentId = ?"),
    ResidentTable(name: "healthConsent", kind: .health, scope: "residentId = ?"),
    ResidentTable(
      name: "incidentAction", kind: .incidents, scope: "incidentId IN (SELECT id FROM incident WHERE residentId = ?)"),
    ResidentTable(
      name: "incident", kind: .incidents, scope: "residentId = ?", leftOut: ["reporterId"],
      confidentialPerson: "reporterId"),
    ResidentTable(name: "forceReport", kind: .force, scope: "residentId = ?"),
    ResidentTable(name: "violentEpisode", kind: .episodes, scope: "residentId = ?"),
    ResidentTable(name: "riskCheck", kind: .risk, scope: "residentId = ?"),
    ResidentTable(name: "riskResident", kind: .risk, scope: "residentId = ?"),
  ]

  /// Tables that hold nothing about one resident, each with the reason (a test checks that
  /// every table of the schema is in one list or the other).
  static let notAboutOneResident: [String: String] = [
    "home": "the home's name",
    "unit": "the home's units",
    "account": "staff accounts",
    "accountUnit": "which units staff work in",
    "auditLog": "given as the access log (who read or changed what), not as rows",
    "auditHead": "the head of the audit chain",
    "searchItem": "the search index, rebuilt from the rows above",
    "searchFts": "the search index", "searchFts_data": "the search index", "searchFts_idx": "the search index",
    "searchFts_docsize": "the search index", "searchFts_config": "the search index",
    "draft": "staff members' unsaved forms, not yet part of any record",
    "signInSession": "who signed in on which terminal, given in the access log",
    "incidentBatch": "a unit's monthly batch report of minor events",
    "planSetting": "the home's plan settings",
    "screeningTemplate": "the home's screening templates",
    "healthNurse": "which staff are nurses",
    "relativesPolicy": "the home's relatives policy",
    "councilMember": "the home's relatives council", "councilMeeting": "the home's relatives council",
    "councilRequest": "the home's relatives council",
    "volunteer": "the home's volunteers",
    "retentionRule": "the home's retention periods",
    "forceFormDefinition": "the home's versions of the official force forms",
    "grdb_migrations": "the schema's version",
  ]

  static func tables(of kind: RetentionKind) -> [ResidentTable] { all.filter { $0.kind == kind } }
}
