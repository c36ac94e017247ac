/// How often a screening is due: a count of days, weeks, months or years.
/// Written in catalogues as `14d`, `1w`, `3m`, `2y`.
public struct ScreeningInterval: Hashable, Sendable, Codable, CustomStringConvertible {
  public enum Unit: String, Sendable, Codable, CaseIterable {
    case day = "d"
    case week = "w"
    case month = "m"
    case year = "y"
  }

  public var count: Int
  public var unit: Unit

  /// Nil unless `count` is 1…120 (ten years of months is the longest sensible interval).
  public init?(count: Int, unit: Unit) {
    guard (1...ScreeningInterval.maxCount(unit)).contains(count) else { return nil }
    self.count = count
    self.unit = unit
  }

  /// Parses `3m`, `1y`, `14d`, `2w`, and the Danish `2u` (uger) and `1å` (år); spaces ignored.
  public init?(_ text: String) {
    let t = text.filter { !$0.isWhitespace }.lowercased()
    guard let last = t.last, let n = Int(t.dropLast()) else { return nil }
    let danish: [Character: Unit] = ["u": .week, "å": .year]
    guard let unit = Unit(rawValue: String(last)) ?? danish[last] else { return nil }
    self.init(count: n, unit: unit)
  }

  static func maxCount(_ unit: Unit) -> Int {
    switch unit {
    case .day: return 3_660
    case .week: return 520
    case .month: return 120
    case .year: return 10
    }
  }

  public var description: String { "\(count)\(unit.rawValue)" }

  /// The day one interval after `day`. Months and years keep the day of the month where it
  /// exists and otherwise take the month's last day: 31 Jan + 1m = 28/29 Feb,
  /// 29 Feb 2024 + 1y = 28 Feb 2025.
  public func after(_ day: CalendarDay) -> CalendarDay {
    switch unit {
    case .day: return day.adding(days: count)
    case .week: return day.adding(days: 7 * count)
    case .month: return day.adding(months: count)
    case .year: return day.adding(months: 12 * count)
    }
  }

  /// The day one interval before `day` (the start of a look-back period).
  public func before(_ day: CalendarDay) -> CalendarDay {
    switch unit {
    case .day: return day.adding(days: -count)
    case .week: return day.adding(days: -7 * count)
    case .month: return day.adding(months: -count)
    case .year: return day.adding(months: -12 * count)
    }
  }

  public init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard let value = ScreeningInterval(text) else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: decoder.codingPath, debugDescription: "interval must be like 3m, 1y, 14d"))
    }
    self = value
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.singleValueContainer()
    try c.encode(description)
  }
}

extension CalendarDay {
  /// Monday = 0 … Sunday = 6.
  public var weekdayFromMonday: Int { ordinal % 7 }

  /// The Sunday ending this day's week (Danish weeks run Monday to Sunday).
  public var endOfWeek: CalendarDay { adding(days: 6 - weekdayFromMonday) }

  /// The last day of this day's month.
  public var endOfMonth: CalendarDay {
    CalendarDay(year: year, month: month, day: CalendarDay.daysIn(month: month, year: year))!
  }
}
