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
      let w = PlanTexts.wording(t, session.catalogues.plans)
      do { items = try session.database.plans.dueList(actor: session.actor) } catch {
        context.show(ErrorMessages.describe(error, t), kind: .error)
      }
      return items.map { i in
        let status: String
        switch (i.reason, i.status) {
        case (.noPlan, _): status = t("plans.due.noPlan")
        case (_, .overdue(let d)): status = t("plans.due.overdue", t.dayCount(d))
        case (_, .dueSoon(let d)): status = t.daysAhead(d)
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
    PlanTaskListScreen(titleKey: titleKey, showResident: showResident, session: session, fetch: fetch)
  }
}

/// A list of plan tasks. Enter opens the resident's record; a digit on a sub-goal records a
/// value on it at once (digit, Enter), so progress is recorded from the list of the day.
final class PlanTaskListScreen: TableScreen {
  let session: Session
  var tasks: [PlanTask] = []

  init(titleKey: String, showResident: Bool, session: Session, fetch: @escaping () throws -> [PlanTask]) {
    self.session = session
    let first = ColumnSpec(showResident ? "plans.col.resident" : "plans.col.goalOnly", .flexible(min: 10, weight: 2))
    super.init(
      titleKey: titleKey,
      columns: [
        first, ColumnSpec("plans.col.task", .flexible(min: 14, weight: 4)),
        ColumnSpec("plans.col.responsible", .flexible(min: 8, weight: 2)), ColumnSpec("plans.col.next", .fixed(10)),
      ], emptyKey: "plans.tasks.empty", load: { _ in [] })
    load = { [unowned self] context in
      let t = context.texts
      let w = PlanTexts.wording(t, session.catalogues.plans)
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
    onOpen = { [unowned self] row, context in
      RecordScreen.open(tasks[row].residentID, session: session, context: context)
    }
  }

  override func helpKeys(context: AppContext) -> [HelpKey] {
    let t = context.texts
    return super.helpKeys(context: context) + [
      HelpKey(t("help.keys.digits"), t("plans.progress.title"), t("plans.progress.help"))
    ]
  }

  override func handle(_ key: Key, context: AppContext) -> ScreenAction {
    guard case .char(let c) = key, c.isNumber, state.filter.isEmpty, let row = state.selectedRow,
      tasks.indices.contains(row), tasks[row].kind == .subGoal
    else { return super.handle(key, context: context) }
    let task = tasks[row]
    do {
      guard let doc = try session.database.plans.document(residentID: task.residentID, actor: session.actor),
        let node = doc.subGoal(task.subGoalID)
      else { return .stay }
      reload()
      return .push(
        ProgressFormScreen.make(
          session: session, residentID: task.residentID, subGoal: node.subGoal, value: String(c), context: context))
    } catch {
      context.show(ErrorMessages.describe(error, context.texts), kind: .error)
      return .stay
    }
  }

  override func hints(context: AppContext) -> [(String, String)] {
    super.hints(context: context) + [("0–9", context.texts("plans.hint.record"))]
  }
}
