import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// The leader's steps on a force report (assessment, sent, guardian or relatives informed),
/// each a form that is a draft from the first key (`force.<step>.<report id>`) and is
/// re-opened by `EpisodesArea.restoreDraft`.
enum ForceStepForms {
  enum Step: String, CaseIterable { case assess, sent, informed }

  static func draftKey(_ step: Step, _ id: ForceReportID) -> String { "force.\(step.rawValue).\(id)" }

  static func make(_ step: Step, session: Session, report r: ForceReport, context: AppContext) -> EpisodesFormScreen {
    let t = context.texts
    let today = CalendarDay(context.clock(), in: session.timeZone)
    let header = [t("episodes.forceReport.title", r.id)]
    let key = draftKey(step, r.id)
    switch step {
    case .assess:
      return EpisodesFormScreen(
        session: session, title: t("episodes.forceReport.assess"), headerLines: header,
        fields: [
          FormField(
            id: "text", label: t("episodes.field.assessment"), isRequired: true,
            input: .area(TextAreaState(text: r.assessment ?? ""), height: 8))
        ],
        focus: "text", draftKey: key, context: context
      ) { s, context in
        _ = try session.database.force.assess(
          id: r.id, assessment: s.text("text"), version: r.version, by: session.actor)
        context.show(context.texts("episodes.step.saved"))
        return .pop
      }
    case .sent:
      return EpisodesFormScreen(
        session: session, title: t("episodes.forceReport.sent"), headerLines: header,
        fields: [
          FormField(
            id: "municipality", label: t("episodes.field.sentMunicipality"), isRequired: true,
            input: .date(DateFieldState(date: today))),
          FormField(
            id: "supervisor", label: t("episodes.field.sentSupervisor"), isRequired: true,
            input: .date(DateFieldState(date: today))),
        ], draftKey: key, context: context
      ) { s, context in
        let day = CalendarDay(context.clock(), in: session.timeZone)
        _ = try session.database.force.markSent(
          id: r.id, municipality: try s.day("municipality", context: context) ?? day,
          supervisor: try s.day("supervisor", context: context) ?? day, version: r.version, by: session.actor)
        context.show(context.texts("episodes.step.saved"))
        return .pop
      }
    case .informed:
      return EpisodesFormScreen(
        session: session, title: t("episodes.forceReport.informed"), headerLines: header,
        fields: [
          .text(
            id: "who", label: t("episodes.field.informedWho"), text: r.relativesInformedWho ?? "", isRequired: true),
          FormField(
            id: "date", label: t("episodes.field.date"), isRequired: true, input: .date(DateFieldState(date: today))),
        ], focus: "who", draftKey: key, context: context
      ) { s, context in
        let day = CalendarDay(context.clock(), in: session.timeZone)
        _ = try session.database.force.markInformed(
          id: r.id, on: try s.day("date", context: context) ?? day, who: s.text("who"), version: r.version,
          by: session.actor)
        context.show(context.texts("episodes.step.saved"))
        return .pop
      }
    }
  }
}
