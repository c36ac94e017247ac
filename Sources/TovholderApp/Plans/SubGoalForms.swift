import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

enum SubGoalField: String, FormFieldID { case text, measure, target, date, responsible, outside }
enum InterventionField: String, FormFieldID { case text, times, period }
enum ProgressField: String, FormFieldID { case value, note }

/// A new or edited sub-goal: what, how it is measured, the target, the follow-up date.
enum SubGoalFormScreen {
  static func make(session: Session, doc: PlanDocument, goal: Goal, subGoal: SubGoal?, context: AppContext)
    -> FormScreen<SubGoalField>
  {
    let t = context.texts
    let measures = session.catalogues.plans.measures
    let responsible = ResponsibleChoice(
      doc: doc, current: subGoal?.fields.responsible, inherit: true, texts: t, catalog: session.catalogues.plans)
    let current = subGoal.flatMap { s in measures.first { $0.measure == s.measure }?.id }
    let screen = FormScreen<SubGoalField>(
      title: t(subGoal == nil ? "plans.subGoal.new" : "plans.subGoal.edit"), context: context,
      fields: [
        .text(.text, t("plans.field.subGoal"), subGoal?.text ?? "", required: true),
        .choice(
          .measure, t("plans.field.measure"), measures.map { ChoiceOption($0.id, $0.label.text(t.language.rawValue)) },
          current, required: true),
        .number(.target, t("plans.field.target"), subGoal?.target.map(String.init) ?? ""),
        .date(
          .date, t("plans.field.followUpDate"), subGoal?.followUpDate ?? doc.plan.nextFollowUp, required: true),
        .choice(
          .responsible, t("plans.field.responsible"), responsible.options,
          ResponsibleChoice.key(subGoal?.fields.responsible)),
        .text(.outside, t("plans.field.outsideName"), ResponsibleChoice.outsideName(subGoal?.fields.responsible)),
      ],
      draftKey: subGoal.map { "plan.subEdit.\(doc.resident.id).\($0.id)" } ?? "plan.sub.\(doc.resident.id).\(goal.id)"
    ) { s, context in
      guard let date = s.day(.date) else { throw FieldProblem(SubGoalField.date, context.texts("form.required")) }
      let measure = s.choice(.measure).flatMap { id in measures.first { $0.id == id }?.measure }
      let party = ResponsibleChoice.party(s.choice(.responsible), outsideName: s.raw(.outside))
      if var sub = subGoal {
        guard let measure else { throw StorageError.invalidPlan(.missingMeasure) }
        sub.fields = SubGoalFields(
          text: s.raw(.text), measure: measure, target: s.integer(.target), followUpDate: date, responsible: party)
        _ = try session.database.plans.updateSubGoal(sub, by: session.actor)
      } else {
        _ = try session.database.plans.addSubGoal(
          NewSubGoal(
            goalID: goal.id, text: s.raw(.text), measure: measure, target: s.integer(.target), followUpDate: date,
            responsible: party), by: session.actor)
      }
      return FormSaved(context.texts("plans.saved"))
    }
    return PlanForm.finish(screen, heading: t("plans.goalHeading", goal.title), about: doc.resident.name)
  }
}

/// What staff do for a sub-goal and how often.
enum InterventionFormScreen {
  static let periods: [Frequency.Period] = [.week, .day, .month, .asNeeded]

  static func make(session: Session, doc: PlanDocument, subGoal: SubGoal, context: AppContext)
    -> FormScreen<InterventionField>
  {
    let t = context.texts
    let screen = FormScreen<InterventionField>(
      title: t("plans.intervention.new"), context: context,
      fields: [
        .text(.text, t("plans.field.intervention"), required: true),
        .number(.times, t("plans.field.times"), "1", range: 0...1000),
        .choice(
          .period, t("plans.field.period"), periods.map { ChoiceOption($0.rawValue, t("plans.period.\($0.rawValue)")) },
          Frequency.Period.week.rawValue, required: true),
      ], draftKey: "plan.intervention.\(doc.resident.id).\(subGoal.id)"
    ) { s, context in
      let period = s.choice(.period).flatMap(Frequency.Period.init(rawValue:)) ?? .week
      _ = try session.database.plans.addIntervention(
        NewIntervention(
          subGoalID: subGoal.id, text: s.raw(.text), frequency: Frequency(times: s.integer(.times) ?? 1, per: period)),
        by: session.actor)
      return FormSaved(context.texts("plans.saved"))
    }
    return PlanForm.finish(screen, heading: t("plans.subGoalHeading", subGoal.text), about: doc.resident.name)
  }
}

/// Recording a value on a sub-goal: the score and an optional note. The digit that opened the
/// form is the value's first character; Enter moves to the note, Enter again (or Ctrl-S) saves.
enum ProgressFormScreen {
  static func make(session: Session, residentID: ResidentID, subGoal: SubGoal, value: String, context: AppContext)
    -> FormScreen<ProgressField>
  {
    let t = context.texts
    let m = subGoal.measure
    let range =
      m == .count
      ? t("plans.progress.countHint") : t("plans.progress.rangeHint", m.range.lowerBound, m.range.upperBound)
    let label = t("plans.field.value") + " (" + range + ")"
    let valueField: FieldSpec<ProgressField> =
      m == .yesNo
      ? .text(.value, label, required: true, max: 4) { [t] v in
        ["j", "ja", "y", "yes", "n", "nej", "no", "0", "1"].contains(
          v.trimmingCharacters(in: .whitespaces).lowercased())
          ? nil : t("plans.form.badYesNo")
      }
      : .number(.value, label, required: true, range: Double(m.range.lowerBound)...Double(m.range.upperBound))
    let screen = FormScreen<ProgressField>(
      title: t("plans.progress.title"), context: context,
      fields: [valueField, .text(.note, t("plans.field.note"))], draftKey: "plan.progress.\(residentID).\(subGoal.id)"
    ) { s, context in
      let text = s.text(.value).lowercased()
      let number: Int
      if ["j", "ja", "y", "yes"].contains(text) {
        number = 1
      } else if ["n", "nej", "no"].contains(text) {
        number = 0
      } else {
        guard let n = Int(text) else {
          throw FieldProblem(ProgressField.value, context.texts("form.error.wholeNumber"))
        }
        number = n
      }
      let saved = try session.database.plans.recordProgress(
        NewProgress(subGoalID: subGoal.id, value: number, note: s.raw(.note)), by: session.actor,
        timeZone: session.timeZone)
      return FormSaved(context.texts("plans.saved"), savedID: saved.id)
    }
    // The key that opened the form is the first character of the value.
    if !value.isEmpty { screen.setValue(.value, value) }
    return PlanForm.finish(screen, heading: t("plans.subGoalHeading", subGoal.text), about: "")
  }
}
