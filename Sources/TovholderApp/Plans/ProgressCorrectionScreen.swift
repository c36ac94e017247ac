import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// Marking a recorded value wrong: why (required) and, if known, the right value. The wrong
/// value stays in the history, struck through; nothing is edited away.
final class ProgressCorrectionScreen: PlanFormScreen {
  let subGoal: SubGoal
  let entry: ProgressEntry

  init(session: Session, residentID: ResidentID, subGoal: SubGoal, entry: ProgressEntry, context: AppContext) {
    self.subGoal = subGoal
    self.entry = entry
    let t = context.texts
    let w = PlanTexts.wording(t, session.catalogues.plans)
    let range =
      subGoal.measure == .count
      ? t("plans.progress.countHint")
      : t("plans.progress.rangeHint", subGoal.measure.range.lowerBound, subGoal.measure.range.upperBound)
    super.init(
      session: session, residentID: residentID, titleKey: "plans.correct.title",
      heading: t(
        "plans.correct.heading", w.value(entry.value, subGoal.measure), DateWording.dateTime(entry.recordedAt),
        entry.authorName),
      draftKey: "plan.correct.\(residentID).\(entry.id)",
      fields: [
        FormField.text(id: "reason", label: t("plans.field.correctionReason"), isRequired: true),
        FormField.text(id: "value", label: t("plans.field.rightValue") + " (" + range + ")"),
        FormField.text(id: "note", label: t("plans.field.note")),
      ], context: context)
  }

  override func submit(_ context: AppContext) throws -> ScreenAction? {
    if form.value("reason").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
      form.setMessage(context.texts("plans.error.emptyCorrectionReason"), for: "reason")
      form.setFocus(id: "reason")
      return nil
    }
    var replacement: NewProgress?
    let text = form.value("value").trimmingCharacters(in: .whitespaces).lowercased()
    if !text.isEmpty {
      let value: Int
      if subGoal.measure == .yesNo, ["j", "ja", "n", "nej", "y", "yes", "no"].contains(text) {
        value = ["j", "ja", "y", "yes"].contains(text) ? 1 : 0
      } else {
        guard let n = number("value", context: context), let n else { return nil }
        value = n
      }
      replacement = NewProgress(subGoalID: subGoal.id, value: value, note: form.value("note"))
    }
    _ = try session.database.plans.correctProgress(
      entry.id, reason: form.value("reason"), replacement: replacement, by: session.actor, timeZone: session.timeZone)
    context.show(context.texts(replacement == nil ? "plans.correct.saved" : "plans.correct.savedWithValue"))
    return .pop
  }
}

extension ProgressEntry {
  /// The value struck through (a combining long stroke on each character), for the history.
  static func struck(_ text: String) -> String {
    String(text.flatMap { [$0, "\u{0336}"] })
  }
}
