import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// One screening's values over time: a run chart per measure (Left/Right switch measure;
/// flagged values drawn as ◆) above the list of screenings, newest first (flagged ones
/// marked !). Ctrl-N records a new one; once saved it is the selected row.
final class HealthHistoryScreen: TableScreen {
  let session: Session
  let resident: Resident
  let template: ScreeningTemplate
  var screenings: [Screening] = []
  var measureIndex = 0

  init(session: Session, resident: Resident, template: ScreeningTemplate) {
    self.session = session
    self.resident = resident
    self.template = template
    super.init(
      titleKey: "health.history.title",
      columns: [
        ColumnSpec("health.col.date", .fixed(10)), ColumnSpec("health.col.value"), ColumnSpec("health.col.why"),
        ColumnSpec("health.col.by", .fixed(14)),
      ], emptyKey: "health.history.empty", load: { _ in [] })
    load = { [unowned self] context in loadRows(context) }
    onCommand[.new] = { [unowned self] _, context in
      open(ScreeningFormScreen.make(session: session, resident: resident, template: template, context: context))
    }
    commandHints = [(.new, "health.tab.record")]
  }

  var measures: [ScreeningMeasure] { template.measures }

  override func title(_ context: AppContext) -> String {
    context.texts("health.history.title", template.name.text(context.texts.language.rawValue), resident.name)
  }

  private func loadRows(_ context: AppContext) -> [[String]] {
    do {
      screenings = try session.database.health.history(
        residentID: resident.id, templateKey: template.key, actor: session.actor)
    } catch {
      context.show(ErrorMessages.describe(error, context.texts), kind: .error)
    }
    rowIDs = screenings.map(\.id)
    let f = context.healthFormat
    return screenings.map { s in
      let mark = s.isFlagged ? (s.seen == nil ? "! " : "(!) ") : ""
      let why = s.isFlagged ? f.flags(s, template: template) : s.note
      return [f.day(s.day), mark + f.summary(s, template: template), why, s.recordedByName]
    }
  }

  /// The chart over the measure's line above the table (when there is room); the table below.
  override func draw(into buffer: inout Buffer, area: Rect, context: AppContext) -> Point? {
    let rest = area.inset(horizontal: 1, vertical: 0)
    guard !measures.isEmpty, rest.height >= 8 else { return super.draw(into: &buffer, area: area, context: context) }
    let (line, below) = rest.splitTop(1)
    let chartHeight = min(10, max(4, (below.height - 3) / 2))
    let (chartArea, tableArea) = below.splitTop(chartHeight)
    // The table first: it reads the screenings the chart draws.
    let cursor = super.draw(
      into: &buffer, area: Rect(x: area.x, y: tableArea.y, width: area.width, height: tableArea.height),
      context: context)
    drawChart(into: &buffer, line: line, chartArea: chartArea, context: context)
    return cursor
  }

  private func drawChart(into buffer: inout Buffer, line: Rect, chartArea: Rect, context: AppContext) {
    let f = context.healthFormat
    let m = measures[min(measureIndex, measures.count - 1)]
    let series = screenings.reversed().compactMap { s in s.values[m.key]?.number.map { (s, $0) } }
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
    if series.isEmpty {
      buffer.put(
        context.texts("health.history.noValues"), x: chartArea.x, y: chartArea.y, maxWidth: chartArea.width,
        style: .muted)
      return
    }
    var chart = RunChart(
      values: series.map(\.1), medianLabel: context.texts("health.history.median"),
      startLabel: series.first.map { f.day($0.0.day) }, endLabel: series.last.map { f.day($0.0.day) },
      decimals: m.decimals, decimalSeparator: f.language == "en" ? "." : ",")
    chart.marked = Set(series.indices.filter { i in series[i].0.flags.contains { $0.field == m.key } })
    chart.render(into: &buffer, area: chartArea)
  }

  override func handle(_ key: Key, context: AppContext) -> ScreenAction {
    if confirm == nil, key == .left || key == .right, measures.count > 1 {
      measureIndex = (measureIndex + (key == .right ? 1 : measures.count - 1)) % measures.count
      return .stay
    }
    return super.handle(key, context: context)
  }

  override func hints(context: AppContext) -> [(String, String)] {
    super.hints(context: context) + (measures.count > 1 ? [("←→", context.texts("health.history.measure"))] : [])
  }
}
