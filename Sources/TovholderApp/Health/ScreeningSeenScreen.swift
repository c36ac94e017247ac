import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

enum SeenField: String, FormFieldID { case note }

/// A flagged screening, why it was flagged and the values before it; a nurse or leader
/// writes what was done and saves (Enter or Ctrl-S) to mark it seen.
enum ScreeningSeenScreen {
  static func make(session: Session, flagged: FlaggedScreening, template: ScreeningTemplate?, context: AppContext)
    -> FormScreen<SeenField>
  {
    let s = flagged.screening
    let earlier =
      ((try? session.database.health.history(
        residentID: s.residentID, templateKey: s.templateKey, actor: session.actor, limit: 6)) ?? [])
      .filter { $0.id != s.id }
    let mayMark = (try? session.database.health.canMarkSeen(in: flagged.unitID, actor: session.actor)) ?? false
    let screen = FormScreen<SeenField>(
      title: context.texts("health.seen.title"), context: context,
      fields: [
        .text(.note, context.texts("health.seen.note"), required: true, max: ScreeningRules.maxNoteLength)
          .whenEmpty(context.texts("health.error.emptySeenNote"))
      ],
      draftKey: mayMark ? "health.seen.\(s.id)" : nil
    ) { form, context in
      try session.database.health.markSeen(flagged.screening, note: form.raw(.note), by: session.actor)
      return FormSaved(context.texts("health.seen.done"), savedID: s.id)
    }
    screen.isFormHidden = !mayMark
    screen.saveHintKey = "health.seen.save"
    screen.header = { context in
      let f = context.healthFormat
      let t = context.texts
      var lines: [(String, Style)] = [
        ("\(flagged.residentName) · \(flagged.templateName.text(f.language))", .header),
        (t("health.seen.taken", f.time(s.takenAt), s.recordedByName), .muted),
        (template.map { f.values(s, template: $0) } ?? "", .normal),
      ]
      lines += s.flags.map { ("! " + f.flag($0, template: template), .error) }
      if !s.note.isEmpty { lines.append((s.note, .muted)) }
      if flagged.olderUnseen > 0 { lines.append((t("health.seen.older", flagged.olderUnseen), .muted)) }
      if !earlier.isEmpty {
        lines.append((t("health.seen.earlier"), .header))
        for e in earlier {
          let values: String = template.map { f.values(e, template: $0) } ?? ""
          lines.append((f.day(e.day) + "  " + values + (e.isFlagged ? "  !" : ""), .normal))
        }
      }
      if !mayMark { lines.append((t("health.seen.notAllowed"), .warning)) }
      return lines
    }
    screen.labelWidth = 18
    screen.draftAbout = { _ in flagged.residentName }
    return screen
  }
}
