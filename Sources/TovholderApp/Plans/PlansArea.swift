import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// Plans (En Plan): the record's Plan tab, the due list and "my plan tasks" in the menu,
/// and drafts of the plan forms re-opened after a lock or a crash.
enum PlansArea: AreaModule {
  static func menuEntries(_ session: Session) -> [MenuEntry] {
    guard session.actor.role != .admin else { return [] }
    return [
      MenuEntry(titleKey: "plans.menu.due", descriptionKey: "plans.menu.due.description") { _ in
        PlanLists.dueList(session: session)
      },
      MenuEntry(titleKey: "plans.menu.myTasks", descriptionKey: "plans.menu.myTasks.description") { _ in
        PlanLists.myTasks(session: session)
      },
    ]
  }

  static func recordTabs(_ session: Session, resident: Resident) -> [any Screen] {
    [PlanTab(session: session, resident: resident)]
  }

  /// Keys are `plan.<form>.<resident>.<id>`.
  static func restoreDraft(key: String, payload: String, context: AppContext) -> (any Screen)? {
    let parts = key.split(separator: ".").map(String.init)
    guard let session = context.session, parts.count == 4, parts[0] == "plan", let residentID = ResidentID(parts[2]),
      let id = Int64(parts[3])
    else { return nil }
    guard let resident = try? session.database.residents.fetch(id: residentID, actor: session.actor) else { return nil }
    let doc = try? session.database.plans.document(residentID: residentID, actor: session.actor)
    switch (parts[1], doc) {
    case ("wish", let doc):
      return WishFormScreen.make(session: session, resident: resident, plan: doc?.plan, context: context)
    case ("goal", let doc?): return GoalFormScreen.make(session: session, doc: doc, goal: nil, context: context)
    case ("goalEdit", let doc?):
      return doc.goal(id).map { GoalFormScreen.make(session: session, doc: doc, goal: $0.goal, context: context) }
    case ("sub", let doc?):
      return doc.goal(id).map {
        SubGoalFormScreen.make(session: session, doc: doc, goal: $0.goal, subGoal: nil, context: context)
      }
    case ("subEdit", let doc?):
      guard let s = doc.subGoal(id), let g = doc.goal(s.subGoal.goalID) else { return nil }
      return SubGoalFormScreen.make(session: session, doc: doc, goal: g.goal, subGoal: s.subGoal, context: context)
    case ("intervention", let doc?):
      return doc.subGoal(id).map {
        InterventionFormScreen.make(session: session, doc: doc, subGoal: $0.subGoal, context: context)
      }
    case ("progress", let doc?):
      return doc.subGoal(id).map {
        ProgressFormScreen.make(
          session: session, residentID: residentID, subGoal: $0.subGoal, value: "", context: context)
      }
    case ("followUp", let doc?): return FollowUpScreen.make(session: session, doc: doc, context: context)
    case ("correct", let doc?):
      for goal in doc.goals {
        for node in goal.subGoals {
          if let entry = node.history.first(where: { $0.id == id }) {
            return ProgressCorrectionScreen.make(
              session: session, residentID: residentID, subGoal: node.subGoal, entry: entry, context: context)
          }
        }
      }
      return nil
    default: return nil
    }
  }

  static func searchLabel(_ kind: SearchKind, texts: Texts) -> String? {
    kind == .plan ? texts("plans.tab") : nil
  }

  static func searchTab(_ kind: SearchKind, texts: Texts) -> String? {
    kind == .plan ? texts("plans.tab") : nil
  }
}
