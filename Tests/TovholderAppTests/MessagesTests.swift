import Foundation
import Testing
import TovholderCore
import TovholderStorage

@testable import TovholderApp

/// Every error that reaches a person has a text of its own in both languages: no key shown
/// raw, no placeholder left unfilled, never the catch-all "something went wrong".
@Suite struct MessagesTests {
  static let day = CalendarDay(year: 2026, month: 12, day: 3)!
  static let at = Date(timeIntervalSince1970: 1_796_299_200)

  static let incidents0: [IncidentValidationError] = [
    IncidentValidationError.missingPlace, .missingDate, .timeWithoutDate, .missingTime, .invalidTime, .invalidDate,
    .dateInFuture, .missingCategory, .unknownCategory, .missingHeadline, .missingDescription, .missingMedicine,
    .possibleBelowActual, .textTooLong(field: "headline", limit: 200), .residentNotInUnit,
  ]

  static let incidents1: [IncidentTransitionError] = [
    IncidentTransitionError.notAllowed(from: .registered, to: .closed), .notLeaderOfUnit, .missingAnalysis,
    .missingFeedback, .incompleteAction(index: 0), .actionDueInPast(index: 1), .textTooLong(limit: 4000),
    .missingRejectionComment, .duplicateNotFound,
  ]

  static let incidents2: [IncidentBatchError] = [
    IncidentBatchError.monthNotOver, .alreadyReported, .nothingToReport,
  ]

  static let incidents3: [ExportDate.ParseError] = [
    ExportDate.ParseError.unreadable("i morgen"), .impossible("31-02-2026"), .reversed,
  ]

  static let incidents: [any UserMessage] =
    incidents0 as [any UserMessage] + incidents1 as [any UserMessage] + incidents2 as [any UserMessage] + incidents3
    as [any UserMessage]

  static let plans0: [PlanValidationError] = [
    PlanValidationError.emptyWish, .emptyGoalTitle, .emptySubGoalText, .emptyInterventionText, .emptyOutsideName,
    .missingMeasure, .followUpBeforePlanStart(day), .scoreOutOfRange(0...4), .scoreOutOfRange(0...Int.max),
    .targetOutOfRange(0...10), .followUpScoreOutOfRange(0...4), .frequencyOutOfRange,
    .intervalOutOfRange(allowed: 2...4), .unknownCatalogEntry("x"), .planExists, .subGoalClosed, .goalEnded,
    .missingDecision(1), .invalidDecision(1), .decisionNeedsNote(1), .followUpInFuture, .nextFollowUpNotAfterMeeting,
    .emptyCorrectionReason, .alreadyCorrected,
  ]

  static let plans: [any UserMessage] = plans0 as [any UserMessage]

  static let episodes0: [EpisodeValidationError] = [
    EpisodeValidationError.emptySummary, .inFuture, .emptyPlace, .emptyDuring, .forceUsedUnanswered,
    .injuriesNotDescribed, .debriefingOutsideWindow(earliest: day, latest: day), .absenceBeforeEpisode, .emptyReview,
    .stepOutOfOrder,
  ]

  static let episodes1: [ForceFlowError] = [
    ForceFlowError.emptyAssessment, .notAssessed, .alreadySent, .dateInFuture, .dateBeforeRegistration,
    .emptyInformedWho, .notLeader,
  ]

  static let episodes2: [ForceFormError] = [
    ForceFormError.unreadable, .noFields, .duplicateField("a"), .choiceWithoutOptions("a"), .missing("a"),
    .notAnOption("a"), .badDate("a"), .badTime("a"), .unknownForm("skema9"),
    .versionMismatch(report: "2024", catalogue: "2025"), .versionReused("2025-02"),
  ]

  static let episodes3: [RiskChecklistError] = [
    RiskChecklistError.unreadable, .noItems, .duplicateItem, .badScale, .badBands, .unanswered("a"),
    .outOfScale("a"),
  ]

  static let episodes: [any UserMessage] =
    episodes0 as [any UserMessage] + episodes1 as [any UserMessage] + episodes2 as [any UserMessage] + episodes3
    as [any UserMessage]

  static let relatives0: [RelativesError] = [
    RelativesError.emptyName, .invalidPhone, .invalidEmail, .preferredContactMissing, .unknownInformationKind("x"),
    .consentEndsBeforeStart, .invalidWithdrawal, .consentGiverNotGuardian, .guardianMissing,
    .guardianshipWithoutArea, .section6WithoutEconomy, .guardianshipEndsBeforeDecision, .emptyContactSummary,
    .followUpIncomplete, .emptyText, .meetingWithoutDate, .sharingRefused(.noConsent),
  ]

  static let relatives: [any UserMessage] = relatives0 as [any UserMessage]

  static let health0: [HealthError] = [
    HealthError.unknownTemplate("x"), .unknownField("x"), .missingValue(field: "weight"),
    .outOfValidRange(field: "weight", min: 1, max: 400), .wrongKind(field: "weight"),
    .textTooLong(field: "note", max: 500), .noteTooLong(max: 500), .takenInFuture, .emptySeenNote, .notFlagged,
    .noHealthConsent, .invalidInterval, .invalidCatalogue("x"), .responsibleNotInUnit,
    .invalidTemplate(.invalidKey), .invalidTemplate(.keyTaken), .invalidTemplate(.emptyName),
    .invalidTemplate(.noFields), .invalidTemplate(.duplicateField("a")), .invalidTemplate(.emptyFieldName("a")),
    .invalidTemplate(.normalOutsideValid("a")), .invalidTemplate(.ruleNamesUnknownField("a")),
    .invalidTemplate(.fieldInUse("weight")),
  ]

  static let health: [any UserMessage] = health0 as [any UserMessage]

  static let rights0: [RetentionError] = [
    RetentionError.periodMissing, .periodUnreadable("snart"), .periodOutOfRange, .ruleMissing, .ruleTooLong,
  ]

  static let rights: [any UserMessage] = rights0 as [any UserMessage]

  static let core0: [StorageError] = [
    StorageError.notATovholderDatabase(path: "/x"), .newerSchema(unknownMigrations: ["v9"]), .readOnly(path: "/x"),
    .locked, .cannotCreateFolder(path: "/x"), .missingDatabase(path: "/x"), .emptyDatabase(path: "/x"),
    .residentNotAvailable, .versionConflict(changedBy: "Lene Holm", at: at), .notFound,
    .accessDenied, .alreadyInitialized, .notInitialized, .databaseNotEmpty, .invalidAccount(.noUnits),
    .invalidResident(.emptyName), .invalidHome(.emptyName), .invalidNote(.emptyText), .invalidIncident(.missingPlace),
    .incidentTransition(.missingAnalysis), .incidentBatch(.nothingToReport), .invalidPlan(.emptyWish),
    .relatives(.emptyName), .usernameTaken, .unitNameTaken, .emptyUnitName, .duplicateCPR,
    .signInRefused(.disabled), .health(.takenInFuture), .invalidEpisode(.emptySummary),
    .invalidForceForm(.noFields), .forceFlow(.notLeader), .invalidRiskCheck(.badBands), .retention(.ruleMissing),
    .undecodable(table: "resident", id: "7"), .database(code: 13), .database(code: 1), .database(code: 11),
    .io(errno: 28), .io(errno: 2),
    .io(errno: 13), .networkFileSystem(path: "/mnt/delt/tovholder.sqlite", kind: "nfs4"),
  ]

  static let core1: [SignInError] = [
    SignInError.wrongCredentials, .locked(until: at), .expired(at: at), .disabled,
  ]

  static let core2: [CPRError] = [
    CPRError.empty, .invalidFormat, .invalidDate(day: 31, month: 2, year: 1990),
  ]

  static let core3: [AccountValidationError] = [
    AccountValidationError.emptyUsername, .usernameContainsSpace, .emptyDisplayName, .passwordTooShort(minimum: 8),
    .noUnits, .expiryInPast,
  ]

  static let core4: [ResidentValidationError] = [
    ResidentValidationError.emptyName, .moveOutBeforeMoveIn, .moveInBeforeBirth(day), .moveInTooFarAhead(latest: day),
  ]

  static let core5: [NoteValidationError] = [
    NoteValidationError.emptyText, .tooLong(limit: 20_000),
  ]

  static let core6: [HomeValidationError] = [
    HomeValidationError.emptyName, .shiftTimes(.order), .shiftTimes(.outOfDay),
  ]

  static let core: [any UserMessage] =
    core0 as [any UserMessage] + core1 as [any UserMessage] + core2 as [any UserMessage] + core3 as [any UserMessage]
    + core4 as [any UserMessage] + core5 as [any UserMessage] + core6 as [any UserMessage]

  @Test(arguments: [Language.da, .en]) func everyCaseHasItsOwnText(_ language: Language) {
    let t = Texts(language: language)
    let unknown = t("error.unknown")
    for message in Self.core + Self.incidents + Self.plans + Self.episodes + Self.relatives + Self.health + Self.rights
    {
      let text = message.message(t)
      #expect(!text.isEmpty, "\(message)")
      #expect(text != unknown, "\(message) in \(language)")
      #expect(!text.contains("{"), "placeholder left in \(text)")
      #expect(text.contains(" "), "a raw key instead of a sentence: \(text) for \(message)")
      #expect(ErrorMessages.describe(message, t) == text)
    }
  }

  @Test func anErrorOfNoAreaIsTheCatchAll() {
    struct Other: Error {}
    #expect(ErrorMessages.describe(Other(), Texts(language: .en)) == Texts(language: .en)("error.unknown"))
  }

  /// Fails to compile when a case is added to `StorageError`: add a sample above and a text.
  @Test func storageErrorSamplesNameEveryCase() {
    var seen = Set<String>()
    for case let e as StorageError in Self.core {
      switch e {
      case .notATovholderDatabase: seen.insert("notATovholderDatabase")
      case .newerSchema: seen.insert("newerSchema")
      case .readOnly: seen.insert("readOnly")
      case .locked: seen.insert("locked")
      case .cannotCreateFolder: seen.insert("cannotCreateFolder")
      case .missingDatabase: seen.insert("missingDatabase")
      case .emptyDatabase: seen.insert("emptyDatabase")
      case .networkFileSystem: seen.insert("networkFileSystem")
      case .residentNotAvailable: seen.insert("residentNotAvailable")
      case .versionConflict: seen.insert("versionConflict")
      case .notFound: seen.insert("notFound")
      case .accessDenied: seen.insert("accessDenied")
      case .alreadyInitialized: seen.insert("alreadyInitialized")
      case .notInitialized: seen.insert("notInitialized")
      case .databaseNotEmpty: seen.insert("databaseNotEmpty")
      case .invalidAccount: seen.insert("invalidAccount")
      case .invalidResident: seen.insert("invalidResident")
      case .invalidHome: seen.insert("invalidHome")
      case .invalidNote: seen.insert("invalidNote")
      case .invalidIncident: seen.insert("invalidIncident")
      case .incidentTransition: seen.insert("incidentTransition")
      case .incidentBatch: seen.insert("incidentBatch")
      case .invalidPlan: seen.insert("invalidPlan")
      case .relatives: seen.insert("relatives")
      case .usernameTaken: seen.insert("usernameTaken")
      case .unitNameTaken: seen.insert("unitNameTaken")
      case .emptyUnitName: seen.insert("emptyUnitName")
      case .duplicateCPR: seen.insert("duplicateCPR")
      case .signInRefused: seen.insert("signInRefused")
      case .health: seen.insert("health")
      case .invalidEpisode: seen.insert("invalidEpisode")
      case .invalidForceForm: seen.insert("invalidForceForm")
      case .forceFlow: seen.insert("forceFlow")
      case .invalidRiskCheck: seen.insert("invalidRiskCheck")
      case .retention: seen.insert("retention")
      case .undecodable: seen.insert("undecodable")
      case .database: seen.insert("database")
      case .io: seen.insert("io")
      }
    }
    #expect(seen.count == 38)
  }
}
