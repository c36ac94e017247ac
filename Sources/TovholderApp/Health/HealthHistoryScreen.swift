import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// One screening's values over time: a run chart per measure (Left/Right switch measure;
/// flagged values drawn as ◆) above the list of screenings, newest first (flagged ones
/// marked !). Ctrl-N records a new one.
final class HealthHistoryScreen: Screen {
  let session: Session
  let resident: Resident
  let template: ScreeningTemplate
  var screenings: [Screening] = []
  var measureIndex = 0
  var state = TableState()
  private var loaded = false

  init(session: Session, resident: Resident, template: ScreeningTemplate) {
    self.session = session
    self.resident = resident
    self.template = template
  }

  var measures: [ScreeningMeasure] { template.measures }

  func title(_ context: AppContext) -> String {
    context.texts("health.history.title", template.name.text(context.texts.language.rawValue), resident.name)
  }
  var scopes: [CommandScope] { [.list] }

  func reload() { loaded = false }
  func reappear(context: AppContext) { reload() }

  private func rows(_ f: HealthFormat) -> [[String]] {
    screenings.map { s in
      let mark = s.isFlagged ? (s.seen == nil ? "! " : "(!) ") : ""
      let why = s.isFlagged ? f.flags(s, template: template) : s.note
      return [f.day(s.day), mark + f.summary(s, template: template), why, s.recordedByName]
    }
  }

  func draw(into buffer: inout Buffer, area: Rect, context: AppContext) -> Point? {
    let f = context.healthFormat
    if !loaded {
      do {
        screenings = try session.database.health.history(
          residentID: resident.id, templateKey: template.key, actor: session.actor)
      } catch {
        context.show(ErrorMessages.describe(error, context.texts), kind: .error)
      }
      loaded = true
      state.update(ArrayTableDataSource(rows: rows(f)), force: true)
    }
    var rest = area.inset(horizontal: 1, vertical: 0)
    if !measures.isEmpty, rest.height >= 8 {
      let m = measures[min(measureIndex, measures.count - 1)]
      let series = screenings.reversed().compactMap { s in s.values[m.key]?.number.map { (s, $0) } }
      let (line, below) = rest.splitTop(1)
      let switchHint = measures.count > 1 ? "  " + context.texts("health.history.switch") : ""
      let normal = m.normal.map { n in
        [
          n.min.map { "≥ " + f.number($0, decimals: m.decimals) },
          n.max.map { "≤ " + f.number($0, decimals: m.decimals) },
        ]
        .compactMap { $0 }.joined(separator: " ")
      }
      let normalText = normal.map { "  " + context.texts("health.history.normal", $0) } ?? ""
      buffer.put(
        "\(m.name.text(f.language)) (\(m.unit))\(normalText)\(switchHint)", x: line.x, y: line.y, maxWidth: line.width,
        style: .header)
      let chartHeight = min(10, max(4, (below.height - 3) / 2))
      let (chartArea, tableArea) = below.splitTop(chartHeight)
      if series.isEmpty {
        buffer.put(
          context.texts("health.history.noValues"), x: chartArea.x, y: chartArea.y, maxWidth: chartArea.width,
          style: .muted)
      } else {
        var chart = RunChart(
          values: series.map(\.1), medianLabel: context.texts("health.history.median"),
          startLabel: series.first.map { f.day($0.0.day) }, endLabel: series.last.map { f.day($0.0.day) },
          decimals: m.decimals, decimalSeparator: f.language == "en" ? "." : ",")
        chart.marked = Set(series.indices.filter { i in series[i].0.flags.contains { $0.field == m.key } })
        chart.render(into: &buffer, area: chartArea)
      }
      rest = tableArea
    }
    Table(
      data: ArrayTableDataSource(rows: rows(f)),
      columns: [
        TableColumn(context.texts("health.col.date"), width: .fixed(10)),
        TableColumn(context.texts("health.col.value"), width: .flexible()),
        TableColumn(context.texts("health.col.why"), width: .flexible()),
        TableColumn(context.texts("health.col.by"), width: .fixed(14)),
      ], emptyMessage: context.texts("health.history.empty"), filterPrompt: context.texts("list.filter")
    ).render(into: &buffer, area: rest, state: &state)
    return state.cursor
  }

  func perform(_ command: CommandID, context: AppContext) -> ScreenAction {
    guard command == .new else { return .unhandled }
    reload()
    return .push(ScreeningFormScreen.make(session: session, resident: resident, template: template, context: context))
  }

  func handle(_ key: Key, context: AppContext) -> ScreenAction {
    if key == .left || key == .right, measures.count > 1 {
      measureIndex = (measureIndex + (key == .right ? 1 : measures.count - 1)) % measures.count
      return .stay
    }
    _ = state.handle(key, data: ArrayTableDataSource(rows: rows(context.healthFormat)))
    return .stay
  }

  func hints(context: AppContext) -> [(String, String)] {
    [(context.keyName(.new), context.texts("health.tab.record"))]
      + (measures.count > 1 ? [("←→", context.texts("health.history.measure"))] : [])
  }
}
