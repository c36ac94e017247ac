import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

enum ForceStepField: String, FormFieldID { case text, municipality, supervisor, who, date }

/// The leader's steps on a force report (assessment, sent, guardian or relatives informed),
/// each a form that is a draft from the first key (`force.<step>.<report id>`) and is
/// re-opened by `EpisodesArea.restoreDraft`. Marking the report sent asks first: it can't be
/// undone.
enum ForceStepForms {
  enum Step: String, CaseIterable { case assess, sent, informed }

  static func draftKey(_ step: Step, _ id: ForceReportID) -> String { "force.\(step.rawValue).\(id)" }

  static func make(_ step: Step, session: Session, report r: ForceReport, context: AppContext)
    -> FormScreen<ForceStepField>
  {
    let t = context.texts
    let today = CalendarDay(context.clock(), in: session.timeZone)
    let fields: [FieldSpec<ForceStepField>]
    let title: String
    // Who to inform: the resident's guardians and relatives are named above the form; the field
    // stays text, as who was told may be someone not yet on record.
    let network = step == .informed ? ForceFormPicks.network(session, r.residentID, today: today, texts: t) : nil
    let people = (network.map { $0.guardians + $0.relatives } ?? []).map(\.label)
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
        _ = try session.database.force.markInformed(
          id: r.id, on: s.day(.date) ?? today, who: s.text(.who), version: r.version, by: session.actor)
      }
      return FormSaved(context.texts("episodes.step.saved"), savedID: r.id)
    }
    screen.header = { context in
      var lines: [(String, Style)] = [(context.texts("episodes.forceReport.title", r.id), .header)]
      if !people.isEmpty {
        lines.append((context.texts("episodes.force.network", people.joined(separator: ", ")), .muted))
      }
      return lines
    }
    if step == .sent {
      // Sent can't be taken back (the report moves on): ask once, naming the report and both days.
      screen.confirmSave = { s, t in
        t(
          "episodes.forceReport.sentQuestion", r.id, DateWording.day(s.day(.municipality) ?? today),
          DateWording.day(s.day(.supervisor) ?? today))
      }
      screen.saveHintKey = "episodes.forceReport.markSent"
    }
    return screen
  }
}
