import Foundation

/// A use of force (magtanvendelse) reported on one of the official forms. The answers are
/// kept by the form's field ids, with the form's version, so an old report still reads on
/// the form it was made on.
public struct ForceReport: Hashable, Sendable, Identifiable {
  public var id: ForceReportID
  public var residentID: ResidentID
  public var episodeID: EpisodeID?
  public var form: ForceForm.Kind
  public var formVersion: String
  public var answers: [String: String]
  public var registeredBy: AccountID
  public var registeredByName: String
  public var registeredAt: Date
  public var assessment: String?
  public var assessedByName: String?
  public var assessedAt: Date?
  public var sentToMunicipalityOn: CalendarDay?
  public var sentToSupervisorOn: CalendarDay?
  public var relativesInformedOn: CalendarDay?
  /// Who was informed (guardian, relative), as written.
  public var relativesInformedWho: String?
  /// Who recorded the sending and the informing, and when (the § 135 a checklist).
  public var sentByName: String?
  public var sentRecordedAt: Date?
  public var informedByName: String?
  public var informedRecordedAt: Date?
  public var version: Int

  public init(
    id: ForceReportID, residentID: ResidentID, episodeID: EpisodeID?, form: ForceForm.Kind, formVersion: String,
    answers: [String: String], registeredBy: AccountID, registeredByName: String, registeredAt: Date,
    assessment: String? = nil, assessedByName: String? = nil, assessedAt: Date? = nil,
    sentToMunicipalityOn: CalendarDay? = nil, sentToSupervisorOn: CalendarDay? = nil,
    relativesInformedOn: CalendarDay? = nil, relativesInformedWho: String? = nil, sentByName: String? = nil,
    sentRecordedAt: Date? = nil, informedByName: String? = nil, informedRecordedAt: Date? = nil, version: Int = 1
  ) {
    self.sentByName = sentByName
    self.sentRecordedAt = sentRecordedAt
    self.informedByName = informedByName
    self.informedRecordedAt = informedRecordedAt
    self.id = id
    self.residentID = residentID
    self.episodeID = episodeID
    self.form = form
    self.formVersion = formVersion
    self.answers = answers
    self.registeredBy = registeredBy
    self.registeredByName = registeredByName
    self.registeredAt = registeredAt
    self.assessment = assessment
    self.assessedByName = assessedByName
    self.assessedAt = assessedAt
    self.sentToMunicipalityOn = sentToMunicipalityOn
    self.sentToSupervisorOn = sentToSupervisorOn
    self.relativesInformedOn = relativesInformedOn
    self.relativesInformedWho = relativesInformedWho
    self.version = version
  }

  public var status: ForceFlow.Status { ForceFlow.status(of: self) }
}

/// The flow of a force report: registered by staff → the leader's assessment → sent to the
/// acting municipality and the social supervisor; the guardian or relatives informed.
public enum ForceFlow {
  public enum Status: String, CaseIterable, Sendable {
    case registered, assessed, sent
  }

  public static func status(of r: ForceReport) -> Status {
    if r.assessedAt == nil { return .registered }
    if r.sentToMunicipalityOn == nil || r.sentToSupervisorOn == nil { return .assessed }
    return .sent
  }

  /// Anyone who may write the resident's record registers; only a leader assesses and sends.
  public static func canAssess(_ actor: Actor, unitID: UnitID) -> Bool {
    AccessRules.canManageResidents(in: unitID, actor: actor)
  }

  /// The assessment needs text, a leader, and a report not yet sent.
  public static func checkAssessment(_ text: String, report: ForceReport) throws(ForceFlowError) {
    if report.status == .sent { throw .alreadySent }
    if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw .emptyAssessment }
  }

  /// Sending needs the assessment first; dates lie between registration and today.
  public static func checkSent(
    municipality: CalendarDay, supervisor: CalendarDay, report: ForceReport, today: CalendarDay,
    timeZone: TimeZone = .danish
  ) throws(ForceFlowError) {
    if report.assessedAt == nil { throw .notAssessed }
    try checkDay(municipality, report: report, today: today, timeZone: timeZone)
    try checkDay(supervisor, report: report, today: today, timeZone: timeZone)
  }

  /// The guardian or relatives may be informed any day from registration to today.
  public static func checkInformed(
    on day: CalendarDay, who: String, report: ForceReport, today: CalendarDay, timeZone: TimeZone = .danish
  ) throws(ForceFlowError) {
    if who.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw .emptyInformedWho }
    try checkDay(day, report: report, today: today, timeZone: timeZone)
  }

  static func checkDay(_ day: CalendarDay, report: ForceReport, today: CalendarDay, timeZone: TimeZone)
    throws(ForceFlowError)
  {
    if day > today { throw .dateInFuture }
    if day < CalendarDay(report.registeredAt, in: timeZone) { throw .dateBeforeRegistration }
  }
}

public enum ForceFlowError: Error, Equatable, Sendable {
  case emptyAssessment
  case notAssessed
  case alreadySent
  case dateInFuture
  case dateBeforeRegistration
  case emptyInformedWho
  case notLeader
}
