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

  static func make(_ kind: Kind, session: Session, episode e: ViolentEpisode, context: AppContext)
    -> FormScreen<FollowUpField>
  {
    let t = context.texts
    let zone = session.timeZone
    let now = context.clock()
    let today = CalendarDay(now, in: zone)
    let fields: [FieldSpec<FollowUpField>]
    switch kind {
    case .defusing:
      fields = [
        .text(.by, t("episodes.field.defusedBy"), session.actor.displayName, required: true, max: FieldLimit.name),
        .date(.date, t("episodes.field.date"), today, required: true),
        .time(.time, t("episodes.field.time"), TimeOfDay(now, in: zone), required: true),
      ]
    case .planDebriefing:
      fields = [.date(.date, t("episodes.field.debriefingDay"), FollowUpRules.day(e.day, plus: 2), required: true)]
    case .holdDebriefing:
      fields = [
        .date(.date, t("episodes.field.date"), today, required: true),
        .time(.time, t("episodes.field.time"), TimeOfDay(now, in: zone), required: true),
        .area(.note, t("episodes.field.debriefingNote"), height: 4),
      ]
    case .leaderReview:
      fields = [
        .area(.actions, t("episodes.field.reviewActions"), e.followUp.reviewActions ?? "", height: 6, required: true)
      ]
    case .absence:
      fields = [
        .date(.date, t("episodes.field.absenceFirstDay"), FollowUpRules.day(e.day, plus: 1), required: true)
      ]
    case .easyReport:
      fields = [.date(.date, t("episodes.field.easyReportedOn"), today, required: true)]
    }
    let screen = FormScreen<FollowUpField>(
      title: t("episodes.step.\(kind.rawValue)"), context: context, fields: fields,
      draftKey: "episode.step.\(e.id).\(kind.rawValue)"
    ) { s, context in
      let day = s.day(.date) ?? today
      let change: FollowUpChange
      switch kind {
      case .defusing: change = .defused(by: s.text(.by), at: s.instant(.date, .time) ?? context.clock())
      case .planDebriefing: change = .debriefingPlanned(day)
      case .holdDebriefing:
        change = .debriefingHeld(at: s.instant(.date, .time) ?? context.clock(), note: s.text(.note))
      case .leaderReview: change = .reviewed(actions: s.text(.actions))
      case .absence: change = .absence(firstDay: day)
      case .easyReport: change = .easyReported(on: day)
      }
      _ = try session.database.episodes.recordFollowUp(change, episodeID: e.id, version: e.version, by: session.actor)
      return FormSaved(context.texts("episodes.step.saved"), savedID: e.id)
    }
    screen.header = { context in
      [(context.texts("episodes.step.header", e.id, DateWording.dateTime(e.occurredAt)), .header)]
    }
    return screen
  }
}

enum FollowUpField: String, FormFieldID { case by, date, time, note, actions }
