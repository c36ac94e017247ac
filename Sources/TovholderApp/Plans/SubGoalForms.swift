import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// A new or edited sub-goal: what, how it is measured, the target, the follow-up date.
final class SubGoalFormScreen: PlanFormScreen {
  let doc: PlanDocument
  let goal: Goal
  let subGoal: SubGoal?
  let responsible: ResponsibleChoice

  init(session: Session, doc: PlanDocument, goal: Goal, subGoal: SubGoal?, context: AppContext) {
    self.doc = doc
    self.goal = goal
    self.subGoal = subGoal
    let t = context.texts
    let measures = session.catalogues.plans.measures
    responsible = ResponsibleChoice(
      doc: doc, current: subGoal?.fields.responsible, inherit: true, texts: t, catalog: session.catalogues.plans)
    let fields = [
      FormField.text(id: "text", label: t("plans.field.subGoal"), text: subGoal?.text ?? "", isRequired: true),
      FormField(
        id: "measure", label: t("plans.field.measure"), isRequired: true,
        input: .choice(
          options: measures.map { $0.label.text(t.language.rawValue) },
          selected: subGoal.flatMap { s in measures.firstIndex { $0.measure == s.measure } })),
      FormField.text(id: "target", label: t("plans.field.target"), text: subGoal?.target.map(String.init) ?? ""),
      PlanFormScreen.dateField("date", t("plans.field.followUpDate"), subGoal?.followUpDate ?? doc.plan.nextFollowUp),
      FormField(
        id: "responsible", label: t("plans.field.responsible"),
        input: .choice(options: responsible.labels, selected: responsible.index(of: subGoal?.fields.responsible))),
      FormField.text(
        id: "outside", label: t("plans.field.outsideName"),
        text: ResponsibleChoice.outsideName(subGoal?.fields.responsible)),
    ]
    super.init(
      session: session, residentID: doc.resident.id,
      titleKey: subGoal == nil ? "plans.subGoal.new" : "plans.subGoal.edit",
      heading: t("plans.goalHeading", goal.title),
      draftKey: subGoal.map { "plan.subEdit.\(doc.resident.id).\($0.id)" } ?? "plan.sub.\(doc.resident.id).\(goal.id)",
      fields: fields, context: context)
  }

  override func submit(_ context: AppContext) throws -> ScreenAction? {
    guard let date = day("date", context: context), let target = number("target", context: context) else { return nil }
    let measure = choice("measure").map { session.catalogues.plans.measures[$0].measure }
    let party = responsible.party(at: choice("responsible"), outsideName: form.value("outside"))
    if var sub = subGoal {
      guard let measure else { throw StorageError.invalidPlan(.missingMeasure) }
      sub.fields = SubGoalFields(
        text: form.value("text"), measure: measure, target: target, followUpDate: date, responsible: party)
      _ = try session.database.plans.updateSubGoal(sub, by: session.actor)
    } else {
      _ = try session.database.plans.addSubGoal(
        NewSubGoal(
          goalID: goal.id, text: form.value("text"), measure: measure, target: target, followUpDate: date,
          responsible: party), by: session.actor)
    }
    return .pop
  }
}

/// What staff do for a sub-goal and how often.
final class InterventionFormScreen: PlanFormScreen {
  let subGoal: SubGoal
  static let periods: [Frequency.Period] = [.week, .day, .month, .asNeeded]

  init(session: Session, doc: PlanDocument, subGoal: SubGoal, context: AppContext) {
    self.subGoal = subGoal
    let t = context.texts
    let fields = [
      FormField.text(id: "text", label: t("plans.field.intervention"), isRequired: true),
      FormField.text(id: "times", label: t("plans.field.times"), text: "1"),
      FormField(
        id: "period", label: t("plans.field.period"), isRequired: true,
        input: .choice(options: Self.periods.map { t("plans.period.\($0.rawValue)") }, selected: 0)),
    ]
    super.init(
      session: session, residentID: doc.resident.id, titleKey: "plans.intervention.new",
      heading: t("plans.subGoalHeading", subGoal.text), draftKey: "plan.intervention.\(doc.resident.id).\(subGoal.id)",
      fields: fields, context: context)
  }

  override func submit(_ context: AppContext) throws -> ScreenAction? {
    guard let times = number("times", context: context) else { return nil }
    let period = Self.periods[choice("period") ?? 0]
    _ = try session.database.plans.addIntervention(
      NewIntervention(
        subGoalID: subGoal.id, text: form.value("text"), frequency: Frequency(times: times ?? 1, per: period)),
      by: session.actor)
    return .pop
  }
}

/// Recording a value on a sub-goal: the score (Enter saves) and an optional note.
final class ProgressFormScreen: PlanFormScreen {
  let subGoal: SubGoal

  init(session: Session, residentID: ResidentID, subGoal: SubGoal, value: String, context: AppContext) {
    self.subGoal = subGoal
    let t = context.texts
    let range =
      subGoal.measure == .count
      ? t("plans.progress.countHint")
      : t(
        "plans.progress.rangeHint",
        subGoal.measure.range.lowerBound, subGoal.measure.range.upperBound)
    let fields = [
      FormField.text(id: "value", label: t("plans.field.value") + " (" + range + ")", isRequired: true),
      FormField.text(id: "note", label: t("plans.field.note")),
    ]
    super.init(
      session: session, residentID: residentID, titleKey: "plans.progress.title",
      heading: t("plans.subGoalHeading", subGoal.text), draftKey: "plan.progress.\(residentID).\(subGoal.id)",
      fields: fields, context: context)
    // The key that opened the form is the first character of the value.
    if !value.isEmpty {
      restore(["value": value])
      if case .text(var s, let secret) = form.fields[0].input {
        _ = s.handle(.end)
        form.fields[0].input = .text(s, secret: secret)
      }
    }
  }

  /// Enter on the value saves at once (the note is optional).
  override func handle(_ key: Key, context: AppContext) -> ScreenAction {
    if key == .enter, form.focus == 0 { return save(context) }
    return super.handle(key, context: context)
  }

  override func submit(_ context: AppContext) throws -> ScreenAction? {
    let text = form.value("value").trimmingCharacters(in: .whitespaces).lowercased()
    let yes = ["j", "ja", "y", "yes"].contains(text)
    let no = ["n", "nej", "no"].contains(text)
    let value: Int
    if subGoal.measure == .yesNo, yes || no {
      value = yes ? 1 : 0
    } else {
      guard let n = number("value", context: context), let n else { return nil }
      value = n
    }
    _ = try session.database.plans.recordProgress(
      NewProgress(subGoalID: subGoal.id, value: value, note: form.value("note")), by: session.actor,
      timeZone: session.timeZone)
    return .pop
  }
}
