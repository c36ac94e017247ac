import Foundation

/// Counts per month, category and unit over a period (rejected events not counted).
public struct IncidentStatistics: Hashable, Sendable {
  public struct Cell: Hashable, Sendable {
    public var month: IncidentMonth
    public var categoryCode: String
    public var unitID: UnitID
    public var count: Int

    public init(month: IncidentMonth, categoryCode: String, unitID: UnitID, count: Int) {
      self.month = month
      self.categoryCode = categoryCode
      self.unitID = unitID
      self.count = count
    }
  }

  /// Every month of the period, including months without events.
  public var months: [IncidentMonth]
  public var cells: [Cell]

  public init(months: [IncidentMonth], cells: [Cell]) {
    self.months = months
    self.cells = cells
  }

  /// Events per month (all categories and units), in month order.
  public var perMonth: [Int] {
    var counts: [IncidentMonth: Int] = [:]
    for c in cells { counts[c.month, default: 0] += c.count }
    return months.map { counts[$0] ?? 0 }
  }

  /// Per month for one category (rows of the table).
  public func perMonth(category: String) -> [Int] {
    var counts: [IncidentMonth: Int] = [:]
    for c in cells where c.categoryCode == category { counts[c.month, default: 0] += c.count }
    return months.map { counts[$0] ?? 0 }
  }

  /// Per month for one unit.
  public func perMonth(unit: UnitID) -> [Int] {
    var counts: [IncidentMonth: Int] = [:]
    for c in cells where c.unitID == unit { counts[c.month, default: 0] += c.count }
    return months.map { counts[$0] ?? 0 }
  }

  /// Total per category over the period, largest first (for the bar chart).
  public var totalsByCategory: [(code: String, count: Int)] {
    var totals: [String: Int] = [:]
    for c in cells { totals[c.categoryCode, default: 0] += c.count }
    return totals.map { ($0.key, $0.value) }.sorted { $0.count != $1.count ? $0.count > $1.count : $0.code < $1.code }
  }

  public var total: Int { cells.reduce(0) { $0 + $1.count } }

  /// The run chart: the monthly totals and their median.
  public var runChart: RunChartSeries { RunChartSeries(values: perMonth) }
}

/// A run chart's data: the points in time order and the median line.
public struct RunChartSeries: Hashable, Sendable {
  public var values: [Int]
  public var median: Double

  public init(values: [Int]) {
    self.values = values
    self.median = RunChartSeries.median(values)
  }

  public static func median(_ values: [Int]) -> Double {
    guard !values.isEmpty else { return 0 }
    let s = values.sorted()
    let mid = s.count / 2
    return s.count % 2 == 1 ? Double(s[mid]) : Double(s[mid - 1] + s[mid]) / 2
  }

  /// The longest run of consecutive points on one side of the median (points on the median
  /// neither break nor extend a run). Six or more suggests a real shift.
  public var longestRun: Int {
    var longest = 0
    var current = 0
    var side = 0
    for v in values {
      let d = Double(v)
      let s = d > median ? 1 : (d < median ? -1 : 0)
      if s == 0 { continue }
      if s == side {
        current += 1
      } else {
        side = s
        current = 1
      }
      longest = max(longest, current)
    }
    return longest
  }
}

/// "Dage uden medicineringsfejl" for one unit.
public struct DaysWithoutMedicineError: Hashable, Sendable {
  public var unitID: UnitID
  public var unitName: String
  /// The day of the last medicine event, nil if there has been none.
  public var lastDay: CalendarDay?
  /// Days from that day to today; nil if there has been none.
  public var days: Int?

  public init(unitID: UnitID, unitName: String, lastDay: CalendarDay?, today: CalendarDay) {
    self.unitID = unitID
    self.unitName = unitName
    self.lastDay = lastDay
    self.days = lastDay.map { max(0, IncidentRules.days(from: $0, to: today)) }
  }
}
