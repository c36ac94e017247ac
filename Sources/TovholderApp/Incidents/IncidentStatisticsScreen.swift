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
  /// Saved names of categories in the statistics that have left the catalogue.
  var retiredNames: [String: String] = [:]
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
      let retired = Set(stats?.totalsByCategory.map(\.code) ?? []).subtracting(
        session.catalogues.incidents.categories.map(\.code))
      retiredNames = try session.database.incidents.savedCategoryNames(retired.sorted())
      boards = try session.database.incidents.daysWithoutMedicineError(
        catalogue: session.catalogues.incidents, by: session.actor)
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
    // On a narrow screen the board wraps (it is the line a board would show) and the period
    // line drops its note.
    let board = boards.map { b in "\(b.unitName) \(b.days.map(String.init) ?? "–")" }.joined(separator: " · ")
    for line in t("incidents.stats.board", board).wrapped(toWidth: max(1, inner.width)).prefix(2) {
      buffer.put(line, x: inner.x, y: y, maxWidth: inner.width, style: .highlight)
      y += 1
    }
    var periodText = t("incidents.stats.period", period.lowerBound.shown, period.upperBound.shown, stats.total)
    if periodText.displayWidth > inner.width {
      periodText = t("incidents.stats.periodShort", period.lowerBound.shown, period.upperBound.shown, stats.total)
    }
    buffer.put(periodText, x: inner.x, y: y, maxWidth: inner.width, style: .muted)
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
          label: IncidentsCatalogue.name(
            code: $0.code, saved: retiredNames[$0.code] ?? $0.code, texts: t, in: session.catalogues.incidents),
          value: Double($0.count),
          valueText: "\($0.count)")
      }
      BarChart(bars: bars).render(into: &buffer, area: body)
    default:
      let run = stats.runChart
      buffer.put(
        t("incidents.stats.runNote", run.longestRun), x: body.x, y: body.y, maxWidth: body.width, style: .muted)
      RunChart(
        values: run.values.map(Double.init), medianLabel: t("incidents.stats.median"),
        startLabel: period.lowerBound.shown, endLabel: period.upperBound.shown
      ).render(into: &buffer, area: Rect(x: body.x, y: body.y + 1, width: body.width, height: max(0, body.height - 1)))
    }
    return nil
  }

  /// Months as columns, narrowed to the widest count so a year fits 60 columns; when fewer
  /// months fit, the latest are shown and a note says the sum is still the whole period's.
  private func drawTable(_ stats: IncidentStatistics, into buffer: inout Buffer, area: Rect, byUnit: Bool, _ t: Texts) {
    var named: [(String, [Int])] = []
    if byUnit {
      for unit in session.actor.unitIDs.sorted() {
        named.append((session.unitNames[unit] ?? "\(unit)", stats.perMonth(unit: unit)))
      }
    } else {
      for c in session.catalogues.incidents.categories {
        named.append(
          (
            IncidentsCatalogue.name(code: c.code, saved: c.name, texts: t, in: session.catalogues.incidents),
            stats.perMonth(category: c.code)
          ))
      }
      // Categories that left the catalogue keep their rows, by the name they were saved with.
      for (code, name) in retiredNames.sorted(by: { $0.value < $1.value }) {
        named.append((name, stats.perMonth(category: code)))
      }
    }
    named.append((t("incidents.stats.total"), stats.perMonth))
    let monthWidth = max(2, "\(named.flatMap(\.1).max() ?? 0)".count)
    let sumTitle = t("incidents.stats.sum")
    let sumWidth = max(sumTitle.displayWidth, "\(stats.total)".count)
    let nameMin = 10
    let fit = max(1, (area.width - nameMin - sumWidth - 1) / (monthWidth + 1))
    let shown = Array(stats.months.suffix(fit))
    var tableArea = area
    if shown.count < stats.months.count, area.height > 3 {
      buffer.put(
        t("incidents.stats.someMonths", shown.count, stats.months.count), x: area.x, y: area.maxY - 1,
        maxWidth: area.width, style: .muted)
      tableArea = Rect(x: area.x, y: area.y, width: area.width, height: area.height - 1)
    }
    let rows = named.map { name, counts in
      [name] + counts.suffix(shown.count).map(String.init) + ["\(counts.reduce(0, +))"]
    }
    let columns =
      [TableColumn(t(byUnit ? "incidents.col.unit" : "incidents.col.category"), width: .flexible(min: nameMin))]
      + shown.map { TableColumn(String(format: "%02d", $0.month), width: .fixed(monthWidth), alignRight: true) }
      + [TableColumn(sumTitle, width: .fixed(sumWidth), alignRight: true)]
    let data = ArrayTableDataSource(rows: rows)
    table.update(data, force: true)
    Table(data: data, columns: columns, isFocused: rows.count > tableArea.height - 1).render(
      into: &buffer, area: tableArea, state: &table)
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
    case .up, .down, .pageUp, .pageDown, .home, .end:
      guard view < 2 else { return .unhandled }
      _ = table.handle(key)
    default: return .unhandled
    }
    return .stay
  }

  func helpKeys(context: AppContext) -> [HelpKey] {
    let t = context.texts
    return [
      HelpKey("Tab", t("incidents.stats.switch"), t("incidents.stats.switch.help")),
      HelpKey("←→", t("incidents.stats.move"), t("incidents.stats.move.help")),
      HelpKey("↑↓", t("incidents.stats.scroll"), t("incidents.stats.scroll.help")),
    ]
  }

  func hints(context: AppContext) -> [(String, String)] {
    [
      ("Tab", context.texts("incidents.stats.switch")), ("←→", context.texts("incidents.stats.move")),
      ("↑↓", context.texts("incidents.stats.scroll")),
    ]
  }
}
