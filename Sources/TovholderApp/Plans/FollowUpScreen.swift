import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// A follow-up meeting: who took part, and for every open goal a decision (fortsættes,
/// ændres, afsluttes, revisitation), a progress score, a note and — when changed — the new
/// wording; then the next follow-up date. Saved as one change; kept as a draft meanwhile.
final class FollowUpScreen: PlanFormScreen {
  let doc: PlanDocument
  let goals: [Goal]

  init(session: Session, doc: PlanDocument, context: AppContext) {
    self.doc = doc
    goals = doc.openGoals
    let t = context.texts
    let w = PlanTexts.wording(t, session.catalogues.plans)
    let today = CalendarDay(context.clock(), in: session.timeZone)
    let interval = (try? session.database.plans.followUpInterval()) ?? .standard
    let score = session.catalogues.plans.followUpScore
    var fields = [
      PlanFormScreen.dateField("heldOn", t("plans.field.heldOn"), today),
      FormField.text(id: "participants", label: t("plans.field.participants")),
    ]
    for (i, g) in goals.enumerated() {
      // The goal's wording heads its group; editing it (with "ændres") is the new wording.
      fields += [
        FormField.text(id: "title.\(g.id)", label: t("plans.field.goalNumber", i + 1), text: g.title),
        FormField(
          id: "decision.\(g.id)", label: "  " + t("plans.field.decision"), isRequired: true,
          input: .choice(options: FollowUpDecision.allCases.map(w.decision), selected: 0)),
        FormField.text(id: "score.\(g.id)", label: "  " + t("plans.field.score", score.lowerBound, score.upperBound)),
        FormField.text(id: "note.\(g.id)", label: "  " + t("plans.field.note")),
      ]
    }
    fields.append(PlanFormScreen.dateField("next", t("plans.field.nextFollowUp"), interval.next(after: today)))
    super.init(
      session: session, residentID: doc.resident.id, titleKey: "plans.followUp.title",
      heading: t("plans.for", doc.resident.name), draftKey: "plan.followUp.\(doc.resident.id).\(doc.plan.id)",
      fields: fields, context: context)
  }

  override func submit(_ context: AppContext) throws -> ScreenAction? {
    guard let heldOn = day("heldOn", context: context), let next = day("next", context: context) else { return nil }
    var decisions: [GoalDecision] = []
    for g in goals {
      guard let score = number("score.\(g.id)", context: context) else { return nil }
      let decision = FollowUpDecision.allCases[choice("decision.\(g.id)") ?? 0]
      var revised: GoalFields?
      let title = form.value("title.\(g.id)").trimmingCharacters(in: .whitespacesAndNewlines)
      if decision == .change, !title.isEmpty, title != g.title {
        revised = g.fields
        revised?.title = title
      }
      decisions.append(
        GoalDecision(
          goalID: g.id, goalVersion: g.version, decision: decision, score: score, note: form.value("note.\(g.id)"),
          revised: revised))
    }
    _ = try session.database.plans.holdFollowUp(
      NewFollowUp(
        planID: doc.plan.id, planVersion: doc.plan.version, heldOn: heldOn, participants: form.value("participants"),
        decisions: decisions, nextFollowUp: next), scoreRange: session.catalogues.plans.followUpScore, by: session.actor
    )
    return .pop
  }
}
