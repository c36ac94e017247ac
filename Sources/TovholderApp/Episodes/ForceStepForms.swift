import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

enum ForceStepField: String, FormFieldID { case text, municipality, supervisor, who, date }

/// The leader's steps on a force report (assessment, sent, guardian or relatives informed),
/// each a form that is a draft from the first key (`force.<step>.<report id>`) and is
/// re-opened by `EpisodesArea.restoreDraft`.
enum ForceStepForms {
  enum Step: String, CaseIterable { case assess, sent, informed }

  static func draftKey(_ step: Step, _ id: ForceReportID) -> String { "force.\(step.rawValue).\(id)" }

  static func make(_ step: Step, session: Session, report r: ForceReport, context: AppContext)
    -> FormScreen<ForceStepField>
  {
    let t = context.texts
    let today = CalendarDay(context.clock(), in: session.timeZone)
    var fields: [FieldSpec<ForceStepField>]
    let title: String
    // Who was informed: picked from the resident's guardians and relatives when there are any.
    let network = ForceFormPicks.network(session, r.residentID, today: today, texts: t)
    let people = network.guardians + network.relatives
    switch step {
    case .assess:
      title = t("episodes.forceReport.assess")
      fields = [.area(.text, t("episodes.field.assessment"), r.assessment ?? "", height: 8, required: true)]
    case .sent:
      title = t("episodes.forceReport.sent")
      fields = [
        .date(.municipality, t("episodes.field.sentMunicipality"), today, required: true),
        .date(.supervisor, t("episodes.field.sentSupervisor"), today, required: true),
      ]
    case .informed:
      title = t("episodes.forceReport.informed")
      fields = [
        .text(.who, t("episodes.field.informedWho"), r.relativesInformedWho ?? "", required: true),
        .date(.date, t("episodes.field.date"), today, required: true),
      ]
      if !people.isEmpty {
        fields[0] = .multi(
          .who, t("episodes.field.informedWho"), people, Set(network.guardians.map(\.key)), required: true)
      }
    }
    let screen = FormScreen<ForceStepField>(
      title: title, context: context, fields: fields, draftKey: draftKey(step, r.id)
    ) { s, context in
      switch step {
      case .assess:
        _ = try session.database.force.assess(
          id: r.id, assessment: s.text(.text), version: r.version, by: session.actor)
      case .sent:
        _ = try session.database.force.markSent(
          id: r.id, municipality: s.day(.municipality) ?? today, supervisor: s.day(.supervisor) ?? today,
          version: r.version, by: session.actor)
      case .informed:
        let chosen = s.choices(.who)
        let who =
          people.isEmpty
          ? s.text(.who)
          : people.filter { chosen.contains($0.key) }.map { network.names[$0.key] ?? $0.label }
            .joined(separator: ", ")
        _ = try session.database.force.markInformed(
          id: r.id, on: s.day(.date) ?? today, who: who, version: r.version, by: session.actor)
      }
      return FormSaved(context.texts("episodes.step.saved"), savedID: r.id)
    }
    screen.header = { context in [(context.texts("episodes.forceReport.title", r.id), .header)] }
    return screen
  }
}
