import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// One sub-goal: its measure, target and interventions, a run chart of its values with the
/// target line, and every value newest first (one marked wrong struck through, with why).
/// A digit records a value; Enter on a value marks it wrong; F4 edits the sub-goal.
final class SubGoalScreen: TableScreen {
  let session: Session
  var doc: PlanDocument
  let goal: Goal
  var node: PlanDocument.SubGoalNode
  private var stale = false

  init(session: Session, doc: PlanDocument, goal: Goal, node: PlanDocument.SubGoalNode) {
    self.session = session
    self.doc = doc
    self.goal = goal
    self.node = node
    super.init(
      titleKey: "plans.subGoal.title",
      columns: [
        ColumnSpec("plans.col.recorded", .fixed(16)), ColumnSpec("plans.col.value", .fixed(6), alignRight: true),
        ColumnSpec("plans.col.author", .fixed(16)), ColumnSpec("plans.col.note"),
      ], emptyKey: "plans.noValues", load: { _ in [] })
    load = { [unowned self] context in
      if stale { refresh(context) }
      let t = context.texts
      let w = PlanTexts.wording(t, session.catalogues.plans)
      rowIDs = history.map(\.id)
      return history.map { e in
        let value = w.value(e.value, node.subGoal.measure)
        guard let c = e.correction else {
          return [DateWording.dateTime(e.recordedAt), value, e.authorName, e.note ?? ""]
        }
        return [
          DateWording.dateTime(e.recordedAt), ProgressEntry.struck(value), e.authorName,
          t("plans.correct.marked", c.reason, c.byName, DateWording.day(c.at)),
        ]
      }
    }
    rowStyle = { [unowned self] row in
      history.indices.contains(row) && history[row].correction != nil ? .muted : nil
    }
    onOpen = { [unowned self] row, context in
      guard history.indices.contains(row) else { return .stay }
      let entry = history[row]
      guard entry.correction == nil else {
        context.show(context.texts("plans.error.alreadyCorrected"), kind: .warning)
        return .stay
      }
      markStale()
      return .push(
        ProgressCorrectionScreen.make(
          session: session, residentID: doc.resident.id, subGoal: node.subGoal, entry: entry, context: context))
    }
    onCommand[.new] = { [unowned self] _, context in record("", context) }
    onCommand[.edit] = { [unowned self] _, context in
      markStale()
      return open(
        SubGoalFormScreen.make(session: session, doc: doc, goal: goal, subGoal: node.subGoal, context: context))
    }
    commandHints = [(.new, "plans.hint.record"), (.edit, "plans.hint.editSubGoal")]
  }

  override func title(_ context: AppContext) -> String { node.subGoal.text }

  /// Every value, newest first.
  private var history: [ProgressEntry] { node.history.reversed() }

  override func reappear(context: AppContext) {
    stale = true
    super.reappear(context: context)
  }

  private func markStale() {
    stale = true
    reload()
  }

  private func refresh(_ context: AppContext) {
    stale = false
    do {
      if let d = try session.database.plans.document(residentID: doc.resident.id, actor: session.actor),
        let n = d.subGoal(node.subGoal.id)
      {
        doc = d
        node = n
      }
    } catch { context.show(ErrorMessages.describe(error, context.texts), kind: .error) }
  }

  private func record(_ value: String, _ context: AppContext) -> ScreenAction {
    guard !node.subGoal.isClosed else {
      context.show(context.texts("plans.error.subGoalClosed"), kind: .warning)
      return .stay
    }
    let form = ProgressFormScreen.make(
      session: session, residentID: doc.resident.id, subGoal: node.subGoal, value: value, context: context)
    form.onSaved = { [unowned self] _ in stale = true }
    return open(form)
  }

  override func handle(_ key: Key, context: AppContext) -> ScreenAction {
    if case .char(let c) = key, c.isNumber || (node.subGoal.measure == .yesNo && "jnJN".contains(c)) {
      return record(String(c), context)
    }
    return super.handle(key, context: context)
  }

  override func draw(into buffer: inout Buffer, area: Rect, context: AppContext) -> Point? {
    if stale { refresh(context) }
    let t = context.texts
    let w = PlanTexts.wording(t, session.catalogues.plans)
    let s = node.subGoal
    let inner = area.inset(horizontal: 1, vertical: 0)
    var facts = [t("plans.report.measure", w.measure(s.measure))]
    if let target = s.target { facts.append(t("plans.report.target", w.value(target, s.measure))) }
    facts.append(t("plans.report.followUpDate", w.day(s.followUpDate)))
    buffer.put(t("plans.goalHeading", goal.title), x: inner.x, y: inner.y, maxWidth: inner.width, style: .muted)
    buffer.put(facts.joined(separator: " · "), x: inner.x, y: inner.y + 1, maxWidth: inner.width)
    let active = node.interventions.filter(\.isActive)
    let interventions = active.map { "• " + $0.text + " (" + w.frequency($0.frequency) + ")" }
    var y = inner.y + 2
    for line in interventions.prefix(max(0, (inner.height - 10) / 3)) {
      buffer.put(line, x: inner.x, y: y, maxWidth: inner.width, style: .muted)
      y += 1
    }
    let values = node.progress.suffix(max(2, inner.width - 12))
    let chartHeight = values.isEmpty ? 0 : min(9, max(4, (inner.maxY - y) / 2))
    if chartHeight > 0 {
      RunChart(
        values: values.map { Double($0.value) }, target: s.target.map(Double.init),
        medianLabel: t("plans.chart.median"),
        targetLabel: t("plans.report.targetLine"), startLabel: w.day(values.first!.recordedAt),
        endLabel: w.day(values.last!.recordedAt), decimals: 0
      ).render(into: &buffer, area: Rect(x: inner.x, y: y + 1, width: inner.width, height: chartHeight))
    }
    let top = y + 1 + chartHeight + (chartHeight > 0 ? 1 : 0)
    return super.draw(
      into: &buffer, area: Rect(x: area.x, y: top, width: area.width, height: max(0, area.maxY - top)), context: context
    )
  }

  override func helpKeys(context: AppContext) -> [HelpKey] {
    let t = context.texts
    return super.helpKeys(context: context) + [
      HelpKey(t("help.keys.digits"), t("plans.progress.title"), t("plans.progress.help"))
    ]
  }

  override func hints(context: AppContext) -> [(String, String)] {
    var hints = [("0–9", context.texts("plans.hint.record"))] + super.hints(context: context)
    if let i = hints.firstIndex(where: { $0.0 == context.keyName(.open) }) {
      hints[i].1 = context.texts("plans.hint.correct")
    }
    return hints
  }
}
