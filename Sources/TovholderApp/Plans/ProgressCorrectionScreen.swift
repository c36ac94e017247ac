import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

enum ProgressCorrectionField: String, FormFieldID { case reason, value, note }

/// Marking a recorded value wrong: why (required) and, if known, the right value. The wrong
/// value stays in the history, struck through; nothing is edited away.
enum ProgressCorrectionScreen {
  static func make(
    session: Session, residentID: ResidentID, subGoal: SubGoal, entry: ProgressEntry, context: AppContext
  ) -> FormScreen<ProgressCorrectionField> {
    let t = context.texts
    let w = PlanTexts.wording(t, session.catalogues.plans)
    let m = subGoal.measure
    let range =
      m == .count
      ? t("plans.progress.countHint") : t("plans.progress.rangeHint", m.range.lowerBound, m.range.upperBound)
    let label = t("plans.field.rightValue") + " (" + range + ")"
    let valueField: FieldSpec<ProgressCorrectionField> =
      m == .yesNo
      ? .text(.value, label, max: 4) { [t] v in
        ["", "j", "ja", "y", "yes", "n", "nej", "no", "0", "1"].contains(
          v.trimmingCharacters(in: .whitespaces).lowercased())
          ? nil : t("plans.form.badYesNo")
      }
      : .number(.value, label, range: Double(m.range.lowerBound)...Double(m.range.upperBound))
    let screen = FormScreen<ProgressCorrectionField>(
      title: t("plans.correct.title"), context: context,
      fields: [
        .text(.reason, t("plans.field.correctionReason"), required: true), valueField,
        .text(.note, t("plans.field.note")),
      ], draftKey: "plan.correct.\(residentID).\(entry.id)"
    ) { s, context in
      let text = s.text(.value).lowercased()
      var replacement: NewProgress?
      if !text.isEmpty {
        let value: Int
        if ["j", "ja", "y", "yes"].contains(text) {
          value = 1
        } else if ["n", "nej", "no"].contains(text) {
          value = 0
        } else {
          guard let n = Int(text) else {
            throw FieldProblem(ProgressCorrectionField.value, context.texts("form.error.wholeNumber"))
          }
          value = n
        }
        replacement = NewProgress(subGoalID: subGoal.id, value: value, note: s.raw(.note))
      }
      let saved = try session.database.plans.correctProgress(
        entry.id, reason: s.raw(.reason), replacement: replacement, by: session.actor, timeZone: session.timeZone)
      return FormSaved(
        context.texts(replacement == nil ? "plans.correct.saved" : "plans.correct.savedWithValue"), savedID: saved?.id)
    }
    return PlanForm.finish(
      screen,
      heading: t(
        "plans.correct.heading", w.value(entry.value, m), DateWording.dateTime(entry.recordedAt), entry.authorName),
      about: "")
  }
}

extension ProgressEntry {
  /// The value struck through (a combining long stroke on each character), for the history.
  static func struck(_ text: String) -> String {
    String(text.flatMap { [$0, "\u{0336}"] })
  }
}
