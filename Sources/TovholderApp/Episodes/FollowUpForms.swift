import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// The small forms of the follow-up steps, one per kind, each saved as one audited step.
enum FollowUpForms {
  enum Kind: String, CaseIterable {
    case defusing, planDebriefing, holdDebriefing, leaderReview, absence, easyReport

    var needsLeader: Bool { self == .leaderReview || self == .easyReport }
  }

  /// The step's status on the episode's screen.
  static func status(_ kind: Kind, _ e: ViolentEpisode, _ t: Texts) -> String {
    let f = e.followUp
    switch kind {
    case .defusing:
      return f.defusedAt.map { t("episodes.status.byAt", f.defusedBy ?? "", DateWording.dateTime($0)) }
        ?? t("episodes.status.missing")
    case .planDebriefing:
      return f.debriefingPlanned.map { t("episodes.status.planned", DateWording.day($0)) }
        ?? t("episodes.status.missing")
    case .holdDebriefing:
      return f.debriefingHeldAt.map { t("episodes.status.doneAt", DateWording.day($0)) }
        ?? t("episodes.status.missing")
    case .leaderReview:
      return f.reviewedAt.map { t("episodes.status.byAt", f.reviewerName ?? "", DateWording.day($0)) }
        ?? t("episodes.status.missing")
    case .absence:
      return f.absenceFirstDay.map { DateWording.day($0) } ?? t("episodes.status.none")
    case .easyReport:
      guard let absence = f.absenceFirstDay else { return t("episodes.status.none") }
      if let on = f.easyReportedOn { return t("episodes.status.reported", DateWording.day(on)) }
      return t("episodes.status.deadline", DateWording.day(FollowUpRules.easyDeadline(absenceFirstDay: absence)))
    }
  }

  static func make(_ kind: Kind, session: Session, episode e: ViolentEpisode, context: AppContext) -> EpisodesFormScreen
  {
    let t = context.texts
    let now = context.clock()
    let today = CalendarDay(now, in: session.timeZone)
    let fields: [FormField]
    switch kind {
    case .defusing:
      fields = [
        .text(id: "by", label: t("episodes.field.defusedBy"), text: session.actor.displayName, isRequired: true),
        FormField(
          id: "date", label: t("episodes.field.date"), isRequired: true,
          input: .date(DateFieldState(date: today))),
        FormField(
          id: "time", label: t("episodes.field.time"), isRequired: true,
          input: .time(TimeFieldState(time: TimeOfDay(now, in: session.timeZone)))),
      ]
    case .planDebriefing:
      let suggested = FollowUpRules.day(e.day, plus: 2)
      fields = [
        FormField(
          id: "date", label: t("episodes.field.debriefingDay"), isRequired: true,
          input: .date(DateFieldState(date: suggested)))
      ]
    case .holdDebriefing:
      fields = [
        FormField(
          id: "date", label: t("episodes.field.date"), isRequired: true,
          input: .date(DateFieldState(date: today))),
        FormField(
          id: "time", label: t("episodes.field.time"), isRequired: true,
          input: .time(TimeFieldState(time: TimeOfDay(now, in: session.timeZone)))),
        FormField(id: "note", label: t("episodes.field.debriefingNote"), input: .area(TextAreaState(), height: 4)),
      ]
    case .leaderReview:
      fields = [
        FormField(
          id: "actions", label: t("episodes.field.reviewActions"), isRequired: true,
          input: .area(TextAreaState(text: e.followUp.reviewActions ?? ""), height: 6))
      ]
    case .absence:
      fields = [
        FormField(
          id: "date", label: t("episodes.field.absenceFirstDay"), isRequired: true,
          input: .date(DateFieldState(date: FollowUpRules.day(e.day, plus: 1))))
      ]
    case .easyReport:
      fields = [
        FormField(
          id: "date", label: t("episodes.field.easyReportedOn"), isRequired: true,
          input: .date(DateFieldState(date: today)))
      ]
    }
    return EpisodesFormScreen(
      session: session, title: t("episodes.step.\(kind.rawValue)"),
      headerLines: [t("episodes.step.header", e.id, DateWording.dateTime(e.occurredAt))], fields: fields,
      draftKey: "episode.step.\(e.id).\(kind.rawValue)", context: context
    ) { s, context in
      let change: FollowUpChange
      switch kind {
      case .defusing:
        let day = try s.day("date", context: context) ?? today
        let time = try s.time("time", context: context) ?? TimeOfDay(now, in: session.timeZone)
        change = .defused(by: s.text("by"), at: day.instant(at: time, in: session.timeZone))
      case .planDebriefing: change = .debriefingPlanned(try s.day("date", context: context) ?? today)
      case .holdDebriefing:
        let day = try s.day("date", context: context) ?? today
        let time = try s.time("time", context: context) ?? TimeOfDay(now, in: session.timeZone)
        change = .debriefingHeld(at: day.instant(at: time, in: session.timeZone), note: s.text("note"))
      case .leaderReview: change = .reviewed(actions: s.text("actions"))
      case .absence: change = .absence(firstDay: try s.day("date", context: context) ?? today)
      case .easyReport: change = .easyReported(on: try s.day("date", context: context) ?? today)
      }
      _ = try session.database.episodes.recordFollowUp(change, episodeID: e.id, version: e.version, by: session.actor)
      context.show(context.texts("episodes.step.saved"))
      return .pop
    }
  }
}
