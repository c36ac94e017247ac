import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// Statistics for learning: events per month by category or unit (table), totals by
/// category (bar chart), the monthly run chart with its median, and the "days without a
/// medicine error" board. Tab switches view; Left/Right move the 12-month period.
final class IncidentStatisticsScreen: Screen {
  let session: Session
  var view = 0
  var endMonth: IncidentMonth
  var months = 12
  var stats: IncidentStatistics?
  var boards: [DaysWithoutMedicineError] = []
  var table = TableState()

  init(session: Session, now: Date) {
    self.session = session
    endMonth = IncidentMonth(CalendarDay(now, in: session.timeZone))
  }

  var period: ClosedRange<IncidentMonth> {
    var start = endMonth
    for _ in 1..<months { start = start.previous }
    return start...endMonth
  }

  func title(_ context: AppContext) -> String { context.texts("incidents.stats.title") }

  func reload(_ context: AppContext) {
    do {
      stats = try session.database.incidents.statistics(months: period, by: session.actor)
      boards = try session.database.incidents.daysWithoutMedicineError(
        catalogue: IncidentsCatalogue.current, by: session.actor)
    } catch {
      context.show(ErrorMessages.describe(error, context.texts), kind: .error)
    }
  }

  func draw(into buffer: inout Buffer, area: Rect, context: AppContext) -> Point? {
    let t = context.texts
    if stats == nil { reload(context) }
    guard let stats else { return nil }
    let inner = area.inset(horizontal: 1, vertical: 0)
    var y = inner.y
    let board = boards.map { b in "\(b.unitName) \(b.days.map(String.init) ?? "–")" }.joined(separator: " · ")
    buffer.put(t("incidents.stats.board", board), x: inner.x, y: y, maxWidth: inner.width, style: .highlight)
    y += 1
    buffer.put(
      t("incidents.stats.period", period.lowerBound.text, period.upperBound.text, stats.total), x: inner.x, y: y,
      maxWidth: inner.width, style: .muted)
    y += 1
    let titles = ["byCategory", "byUnit", "bars", "run"].map { t("incidents.stats.view.\($0)") }
    Tabs(titles: titles, selected: view).render(
      into: &buffer, area: Rect(x: inner.x - 1, y: y, width: inner.width + 1, height: 1))
    y += 2
    let body = Rect(x: inner.x, y: y, width: inner.width, height: max(0, inner.maxY - y))
    switch view {
    case 0, 1: drawTable(stats, into: &buffer, area: body, byUnit: view == 1, t)
    case 2:
      let bars = stats.totalsByCategory.map {
        BarChart.Bar(
          label: IncidentsCatalogue.name(code: $0.code, saved: $0.code, texts: t), value: Double($0.count),
          valueText: "\($0.count)")
      }
      BarChart(bars: bars).render(into: &buffer, area: body)
    default:
      let run = stats.runChart
      buffer.put(
        t("incidents.stats.runNote", run.longestRun), x: body.x, y: body.y, maxWidth: body.width, style: .muted)
      RunChart(
        values: run.values.map(Double.init), medianLabel: t("incidents.stats.median"),
        startLabel: period.lowerBound.text, endLabel: period.upperBound.text
      ).render(into: &buffer, area: Rect(x: body.x, y: body.y + 1, width: body.width, height: max(0, body.height - 1)))
    }
    return nil
  }

  private func drawTable(_ stats: IncidentStatistics, into buffer: inout Buffer, area: Rect, byUnit: Bool, _ t: Texts) {
    let shown = Array(stats.months.suffix(max(1, (area.width - 24) / 4)))
    let offset = stats.months.count - shown.count
    var rows: [[String]] = []
    if byUnit {
      for unit in session.actor.unitIDs.sorted() {
        let counts = stats.perMonth(unit: unit)
        rows.append(
          [session.unitNames[unit] ?? "\(unit)"] + counts.suffix(shown.count).map(String.init) + [
            "\(counts.reduce(0, +))"
          ])
      }
    } else {
      for c in IncidentsCatalogue.current.categories {
        let counts = stats.perMonth(category: c.code)
        rows.append(
          [IncidentsCatalogue.name(code: c.code, saved: c.name, texts: t)] + counts.suffix(shown.count).map(String.init)
            + ["\(counts.reduce(0, +))"])
      }
    }
    rows.append([t("incidents.stats.total")] + stats.perMonth.suffix(shown.count).map(String.init) + ["\(stats.total)"])
    _ = offset
    let columns =
      [TableColumn(t(byUnit ? "incidents.col.unit" : "incidents.col.category"), width: .flexible(min: 10))]
      + shown.map { TableColumn(String(format: "%02d", $0.month), width: .fixed(3), alignRight: true) }
      + [TableColumn(t("incidents.stats.sum"), width: .fixed(5), alignRight: true)]
    let data = ArrayTableDataSource(rows: rows)
    table.update(data, force: true)
    Table(data: data, columns: columns, isFocused: false).render(into: &buffer, area: area, state: &table)
  }

  func handle(_ key: Key, context: AppContext) -> ScreenAction {
    switch key {
    case .tab: view = (view + 1) % 4
    case .backTab: view = (view + 3) % 4
    case .left:
      endMonth = endMonth.previous
      reload(context)
    case .right:
      endMonth = endMonth.next
      reload(context)
    default: return .unhandled
    }
    return .stay
  }

  func hints(context: AppContext) -> [(String, String)] {
    [("Tab", context.texts("incidents.stats.switch")), ("←→", context.texts("incidents.stats.move"))]
  }
}
