import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// The plan area's list screens: the due list, who does what, my plan tasks.
enum PlanLists {
  /// Plans with a follow-up due within 30 days or overdue, and residents without a plan, in
  /// the units the person works in. Enter opens the record.
  static func dueList(session: Session) -> TableScreen {
    var items: [PlanDueItem] = []
    let screen = TableScreen(
      titleKey: "plans.due.title",
      columns: [
        ColumnSpec("plans.col.resident", .flexible(min: 12, weight: 3)), ColumnSpec("plans.col.unit", .fixed(11)),
        ColumnSpec("plans.col.due", .fixed(10)), ColumnSpec("plans.col.status", .flexible(min: 12, weight: 2)),
      ], emptyKey: "plans.due.empty", load: { _ in [] })
    screen.load = { context in
      let t = context.texts
      let w = PlanTexts.wording(t)
      do { items = try session.database.plans.dueList(actor: session.actor) } catch {
        context.show(ErrorMessages.describe(error, t), kind: .error)
      }
      return items.map { i in
        let status: String
        switch (i.reason, i.status) {
        case (.noPlan, _): status = t("plans.due.noPlan")
        case (_, .overdue(let d)): status = t("plans.due.overdue", d)
        case (_, .dueSoon(let d)): status = d == 0 ? t("plans.due.today") : t("plans.due.inDays", d)
        default: status = ""
        }
        let what = i.reason == .subGoalFollowUp ? " · " + t("plans.due.subGoal") : ""
        return [i.residentName, session.unitNames[i.unitID] ?? "", i.dueOn.map(w.day) ?? "–", status + what]
      }
    }
    screen.onOpen = { row, context in RecordScreen.open(items[row].residentID, session: session, context: context) }
    return screen
  }

  /// Who does what in one resident's plan.
  static func whoDoesWhat(session: Session, resident: Resident) -> TableScreen {
    tasks(titleKey: "plans.tasks.title", showResident: false, session: session) {
      try session.database.plans.whoDoesWhat(residentID: resident.id, actor: session.actor)
    }
  }

  /// The signed-in person's tasks across the residents' plans.
  static func myTasks(session: Session) -> TableScreen {
    let screen = tasks(titleKey: "plans.myTasks.title", showResident: true, session: session) {
      try session.database.plans.myTasks(actor: session.actor)
    }
    return screen
  }

  private static func tasks(
    titleKey: String, showResident: Bool, session: Session, fetch: @escaping () throws -> [PlanTask]
  ) -> TableScreen {
    var tasks: [PlanTask] = []
    let first =
      showResident ? ColumnSpec("plans.col.resident", .fixed(16)) : ColumnSpec("plans.col.goalOnly", .fixed(18))
    let screen = TableScreen(
      titleKey: titleKey,
      columns: [
        first, ColumnSpec("plans.col.task", .flexible(min: 14, weight: 4)),
        ColumnSpec("plans.col.responsible", .flexible(min: 8, weight: 2)),
        ColumnSpec("plans.col.next", .fixed(10)),
      ], emptyKey: "plans.tasks.empty", load: { _ in [] })
    screen.load = { context in
      let t = context.texts
      let w = PlanTexts.wording(t)
      do { tasks = try fetch() } catch { context.show(ErrorMessages.describe(error, t), kind: .error) }
      return tasks.map { task in
        var text = task.text
        if case .intervention(_, let f) = task.kind { text = "  → " + text + " (" + w.frequency(f) + ")" }
        return [
          showResident ? task.residentName : task.goalTitle, text,
          task.responsibleName ?? t("plans.responsible.unassigned"), w.day(task.nextDate),
        ]
      }
    }
    screen.onOpen = { row, context in RecordScreen.open(tasks[row].residentID, session: session, context: context) }
    return screen
  }
}
