import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// The record's Plan tab: the resident's wish, then each goal with its sub-goals, who is
/// responsible, the latest value with a sparkline toward the target, and the next date.
/// A digit on a sub-goal records a value (digit, Enter: two keys); Enter opens it.
final class PlanTab: TableScreen {
  enum Item {
    case wish
    case goal(Goal)
    case subGoal(Goal, PlanDocument.SubGoalNode)
  }

  let session: Session
  let resident: Resident
  var doc: PlanDocument?
  var items: [Item] = []

  init(session: Session, resident: Resident) {
    self.session = session
    self.resident = resident
    super.init(
      titleKey: "plans.tab",
      columns: [
        ColumnSpec("plans.col.goal", .flexible(min: 14, weight: 3)),
        ColumnSpec("plans.col.responsible", .flexible(min: 8, weight: 1)),
        ColumnSpec("plans.col.latest", .fixed(11)), ColumnSpec("plans.col.next", .fixed(10)),
      ], emptyKey: "plans.empty", load: { _ in [] })
    load = { [unowned self] context in rowsForDocument(context) }
    onOpen = { [unowned self] row, context in open(row, context) }
    onCommand[.new] = { [unowned self] row, context in new(row, context) }
    onCommand[.edit] = { [unowned self] row, context in edit(row, context) }
    onCommand[.planFollowUp] = { [unowned self] _, context in
      guard let doc else { return .stay }
      return push(FollowUpScreen.make(session: session, doc: doc, context: context))
    }
    onCommand[.planTasks] = { _, _ in .push(PlanLists.whoDoesWhat(session: session, resident: resident))
    }
    // Ended goals and closed sub-goals look ended: dimmed, an open box instead of a filled one.
    rowStyle = { [unowned self] row in
      switch item(row) {
      case .goal(let g) where g.status == .ended: return .muted
      case .subGoal(let g, let s) where g.status == .ended || s.subGoal.isClosed: return .muted
      default: return nil
      }
    }
  }

  override var scopes: [CommandScope] { [.list] }

  private func rowsForDocument(_ context: AppContext) -> [[String]] {
    let t = context.texts
    let w = PlanTexts.wording(t, session.catalogues.plans)
    do { doc = try session.database.plans.document(residentID: resident.id, actor: session.actor) } catch {
      context.show(ErrorMessages.describe(error, t), kind: .error)
      doc = nil
    }
    guard let doc else {
      items = []
      introLines = [(t("plans.noPlan", context.keyName(.new)), .muted)]
      return []
    }
    introLines = [
      (t("plans.nextFollowUpLine", w.day(doc.plan.nextFollowUp), w.day(doc.plan.startDate)), .muted)
    ]
    items = [.wish]
    var rows = [[t("plans.wishRow", doc.plan.wish.replacingOccurrences(of: "\n", with: " ")), "", "", ""]]
    for node in doc.goals {
      let g = node.goal
      items.append(.goal(g))
      let status = g.status == .active ? "" : " (" + w.status(g.status) + ")"
      rows.append([(g.status == .ended ? "□ " : "■ ") + g.title + status, shortName(g.responsible, doc, t), "", ""])
      for s in node.subGoals {
        items.append(.subGoal(g, s))
        let sub = s.subGoal
        let party = sub.fields.responsible ?? g.responsible
        rows.append([
          "  · " + sub.text + (sub.isClosed ? " (" + t("plans.closedShort") + ")" : ""), shortName(party, doc, t),
          latest(s, w), w.day(sub.followUpDate),
        ])
      }
    }
    return rows
  }

  /// "3 ▂▄▆" — the latest value and a sparkline of the last few.
  private func latest(_ s: PlanDocument.SubGoalNode, _ w: PlanWording) -> String {
    guard let last = s.latest else { return "–" }
    let values = s.progress.suffix(6).map(\.value)
    let m = s.subGoal.measure
    let range = m.range.lowerBound...m.chartMaximum(values: values, target: s.subGoal.target)
    return w.value(last.value, m) + " " + TextChart.sparkline(values, range: range)
  }

  private func shortName(_ p: ResponsibleParty, _ doc: PlanDocument, _ t: Texts) -> String {
    switch p {
    case .outside(let n): return n
    case .staff(let id): return doc.staffNames[id] ?? ""
    case .coordinator, .contactPerson: return doc.name(of: p) ?? t("plans.responsible.\(p.kind)")
    }
  }

  private func push(_ screen: any Screen) -> ScreenAction {
    reload()
    return .push(screen)
  }

  private func push<ID>(_ form: FormScreen<ID>) -> ScreenAction { open(form) }

  private func item(_ row: Int?) -> Item? { row.flatMap { items.indices.contains($0) ? items[$0] : nil } }

  private func open(_ row: Int, _ context: AppContext) -> ScreenAction {
    guard let doc else { return .stay }
    switch item(row) {
    case .wish: return push(WishFormScreen.make(session: session, resident: resident, plan: doc.plan, context: context))
    case .goal(let g): return push(GoalFormScreen.make(session: session, doc: doc, goal: g, context: context))
    case .subGoal(let g, let s): return push(SubGoalScreen(session: session, doc: doc, goal: g, node: s))
    case nil: return .stay
    }
  }

  private func new(_ row: Int?, _ context: AppContext) -> ScreenAction {
    guard let doc else {
      return push(WishFormScreen.make(session: session, resident: resident, plan: nil, context: context))
    }
    switch item(row) {
    case .goal(let g):
      return push(SubGoalFormScreen.make(session: session, doc: doc, goal: g, subGoal: nil, context: context))
    case .subGoal(_, let s):
      return push(InterventionFormScreen.make(session: session, doc: doc, subGoal: s.subGoal, context: context))
    default: return push(GoalFormScreen.make(session: session, doc: doc, goal: nil, context: context))
    }
  }

  private func edit(_ row: Int?, _ context: AppContext) -> ScreenAction {
    guard let doc else { return .stay }
    if case .subGoal(let g, let s) = item(row) {
      return push(SubGoalFormScreen.make(session: session, doc: doc, goal: g, subGoal: s.subGoal, context: context))
    }
    return row.map { open($0, context) } ?? .stay
  }

  override func handle(_ key: Key, context: AppContext) -> ScreenAction {
    if case .char(let c) = key, c.isNumber, state.filter.isEmpty, case .subGoal(_, let s) = item(state.selectedRow),
      !s.subGoal.isClosed
    {
      return push(
        ProgressFormScreen.make(
          session: session, residentID: resident.id, subGoal: s.subGoal, value: String(c), context: context))
    }
    return super.handle(key, context: context)
  }

  override func helpKeys(context: AppContext) -> [HelpKey] {
    let t = context.texts
    return super.helpKeys(context: context) + [
      HelpKey(t("help.keys.digits"), t("plans.progress.title"), t("plans.progress.help"))
    ]
  }

  override func hints(context: AppContext) -> [(String, String)] {
    let t = context.texts
    var hints: [(String, String)] = []
    let newKey: String
    switch item(state.selectedRow) {
    case _ where doc == nil: newKey = "plans.hint.newPlan"
    case .goal: newKey = "plans.hint.newSubGoal"
    case .subGoal:
      newKey = "plans.hint.newIntervention"
      hints.append(("0–9", t("plans.hint.record")))
    default: newKey = "plans.hint.newGoal"
    }
    if !items.isEmpty { hints.append((context.keyName(.open), t("cmd.open"))) }
    hints.append((context.keyName(.new), t(newKey)))
    if doc != nil {
      hints.append((context.keyName(.planFollowUp), t("cmd.planFollowUp")))
      hints.append((context.keyName(.planTasks), t("cmd.planTasks")))
    }
    return hints
  }
}
