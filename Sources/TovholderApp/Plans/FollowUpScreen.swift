import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// The follow-up meeting's fields: the date and who took part, four per open goal, the next date.
enum PlanFollowUpField: FormFieldID {
  case heldOn, participants, next
  case title(GoalID), decision(GoalID), score(GoalID), note(GoalID)

  var key: String {
    switch self {
    case .heldOn: return "heldOn"
    case .participants: return "participants"
    case .next: return "next"
    case .title(let g): return "title.\(g)"
    case .decision(let g): return "decision.\(g)"
    case .score(let g): return "score.\(g)"
    case .note(let g): return "note.\(g)"
    }
  }
}

/// A follow-up meeting: who took part, and for every open goal a decision (fortsættes,
/// ændres, afsluttes, revisitation), a progress score, a note and — when changed — the new
/// wording; then the next follow-up date. Saved as one change; kept as a draft meanwhile.
enum FollowUpScreen {
  static func make(session: Session, doc: PlanDocument, context: AppContext) -> FormScreen<PlanFollowUpField> {
    let t = context.texts
    let w = PlanTexts.wording(t, session.catalogues.plans)
    let goals = doc.openGoals
    let today = CalendarDay(context.clock(), in: session.timeZone)
    let interval = (try? session.database.plans.followUpInterval()) ?? .standard
    let score = session.catalogues.plans.followUpScore
    let decisions = FollowUpDecision.allCases.map { ChoiceOption($0.rawValue, w.decision($0)) }
    var fields: [FieldSpec<PlanFollowUpField>] = [
      .date(.heldOn, t("plans.field.heldOn"), today, required: true),
      .text(.participants, t("plans.field.participants")),
    ]
    for (i, g) in goals.enumerated() {
      // The goal's wording heads its group; editing it (with "ændres") is the new wording.
      fields += [
        .text(.title(g.id), t("plans.field.goalNumber", i + 1), g.title),
        .choice(
          .decision(g.id), "  " + t("plans.field.decision"), decisions, FollowUpDecision.allCases.first?.rawValue,
          required: true),
        .number(
          .score(g.id), "  " + t("plans.field.score", score.lowerBound, score.upperBound),
          range: Double(score.lowerBound)...Double(score.upperBound)),
        .text(.note(g.id), "  " + t("plans.field.note")),
      ]
    }
    fields.append(.date(.next, t("plans.field.nextFollowUp"), interval.next(after: today), required: true))
    let screen = FormScreen<PlanFollowUpField>(
      title: t("plans.followUp.title"), context: context, fields: fields,
      draftKey: "plan.followUp.\(doc.resident.id).\(doc.plan.id)"
    ) { s, context in
      guard let heldOn = s.day(.heldOn), let next = s.day(.next) else {
        throw FieldProblem(PlanFollowUpField.heldOn, context.texts("form.required"))
      }
      let decided: [GoalDecision] = goals.map { g in
        let decision = s.choice(.decision(g.id)).flatMap(FollowUpDecision.init(rawValue:)) ?? .continue
        var revised: GoalFields?
        let title = s.text(.title(g.id))
        if decision == .change, !title.isEmpty, title != g.title {
          revised = g.fields
          revised?.title = title
        }
        return GoalDecision(
          goalID: g.id, goalVersion: g.version, decision: decision, score: s.integer(.score(g.id)),
          note: s.raw(.note(g.id)), revised: revised)
      }
      _ = try session.database.plans.holdFollowUp(
        NewFollowUp(
          planID: doc.plan.id, planVersion: doc.plan.version, heldOn: heldOn, participants: s.raw(.participants),
          decisions: decided, nextFollowUp: next), scoreRange: session.catalogues.plans.followUpScore, by: session.actor
      )
      return FormSaved(context.texts("plans.saved"))
    }
    return PlanForm.finish(screen, heading: t("plans.for", doc.resident.name), about: doc.resident.name)
  }
}
