import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// The leader's review queue: open events of the leader's units, oldest first, with days
/// since registration. The filter line above the list (status, unit, category, severity)
/// gets the keys with F9; Esc clears the filter. Ctrl-O makes the monthly batch report.
final class IncidentQueueScreen: TableScreen {
  let session: Session
  var bar: IncidentQueueFilterBar
  private(set) var items: [IncidentSummary] = []

  init(session: Session) {
    self.session = session
    bar = IncidentQueueFilterBar(
      units: IncidentRules.reviewUnits(for: session.actor).sorted().map { ($0, session.unitNames[$0] ?? "\($0)") },
      categories: session.catalogues.incidents.categories)
    super.init(
      titleKey: "incidents.queue.title",
      columns: [
        ColumnSpec("incidents.col.days", .fixed(4), alignRight: true), ColumnSpec("incidents.col.severity", .fixed(11)),
        ColumnSpec("incidents.col.category", .fixed(14)), ColumnSpec("incidents.col.unit", .fixed(10)),
        ColumnSpec("incidents.col.headline"),
      ], emptyKey: "incidents.queue.empty", load: { _ in [] })
    load = { [unowned self] context in loadRows(context) }
    onOpen = { [unowned self] row, context in open(row, context) }
    onCommand[.incidentFilter] = { [unowned self] _, _ in
      bar.focus = bar.focus == nil ? .status : nil
      return .stay
    }
    onCommand[.incidentBatch] = { _, context in
      .push(IncidentBatchScreen(session: session, context: context))
    }
  }

  /// While the filter line has the keys, arrows and Enter are its own, not the list's.
  override var scopes: [CommandScope] { bar.focus == nil ? [.list, .incidentQueue] : [.incidentQueue] }

  private func loadRows(_ context: AppContext) -> [[String]] {
    let t = context.texts
    do {
      items = try session.database.incidents.queue(bar.value, by: session.actor)
    } catch {
      context.show(ErrorMessages.describe(error, t), kind: .error)
      items = []
    }
    emptyKey = bar.isActive ? "incidents.queue.emptyFiltered" : "incidents.queue.empty"
    return items.map {
      [
        "\($0.daysSinceRegistration)", t("incidents.severityShort.\($0.severity.key)"),
        IncidentsCatalogue.name(
          code: $0.categoryCode, saved: $0.categoryName, texts: t, in: session.catalogues.incidents), $0.unitName,
        $0.headline,
      ]
    }
  }

  private func open(_ row: Int, _ context: AppContext) -> ScreenAction {
    guard items.indices.contains(row) else { return .stay }
    return IncidentReviewScreen.open(items[row].id, session: session, context: context) { [weak self] in
      self?.reload()
    }
  }

  override func draw(into buffer: inout Buffer, area: Rect, context: AppContext) -> Point? {
    bar.draw(into: &buffer, line: area.inset(horizontal: 1, vertical: 0).row(0), context.texts)
    let list = Rect(x: area.x, y: area.y + 1, width: area.width, height: max(0, area.height - 1))
    let cursor = super.draw(into: &buffer, area: list, context: context)
    return bar.focus == nil ? cursor : nil
  }

  override func perform(_ command: CommandID, context: AppContext) -> ScreenAction {
    if command == .back {
      if bar.focus != nil || (state.filter.isEmpty && bar.isActive) {
        bar.focus = nil
        clearFilter(context)
        return .stay
      }
    }
    return super.perform(command, context: context)
  }

  override func handle(_ key: Key, context: AppContext) -> ScreenAction {
    guard bar.focus != nil else { return super.handle(key, context: context) }
    if key == .enter {
      bar.focus = nil
    } else if bar.handle(key) {
      reload()
    }
    return .stay
  }

  private func clearFilter(_ context: AppContext) {
    guard bar.isActive else { return }
    bar.clear()
    reload()
    context.show(context.texts("incidents.queue.cleared"))
  }

  override func hints(context: AppContext) -> [(String, String)] {
    let t = context.texts
    if bar.focus != nil {
      return [
        ("←→", t("incidents.queue.hint.part")), ("↑↓", t("incidents.queue.hint.value")),
        ("Enter", t("incidents.queue.hint.done")), (context.keyName(.back), t("incidents.queue.hint.clear")),
      ]
    }
    var hints = super.hints(context: context)
    hints.append((context.keyName(.incidentFilter), t("cmd.incidentFilter")))
    if bar.isActive { hints.append((context.keyName(.back), t("incidents.queue.hint.clear"))) }
    hints.append((context.keyName(.incidentBatch), t("cmd.incidentBatch")))
    return hints
  }
}
