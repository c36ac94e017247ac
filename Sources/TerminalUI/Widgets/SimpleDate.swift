/// A calendar date without time or zone, always valid (the initialiser checks).
public struct SimpleDate: Hashable, Comparable, Sendable, CustomStringConvertible {
  public let year: Int
  public let month: Int
  public let day: Int

  /// nil for impossible dates (31-02, 29-02 outside leap years, month 13 …). Years 1...9999.
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      day >= 1, day <= SimpleDate.daysIn(month: month, year: year)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  public static func isLeapYear(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return isLeapYear(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    case 1...12: return 31
    default: return 0
    }
  }

  /// "24-12-2026", as Danish users write it.
  public var danishText: String { pad(day) + "-" + pad(month) + "-" + String(year) }
  /// "2026-12-24" (ISO 8601), for storage and sorting.
  public var isoText: String { padYear(year) + "-" + pad(month) + "-" + pad(day) }
  public var description: String { isoText }

  /// Parses "2026-12-24" (as `isoText` writes it).
  public init?(isoText: String) {
    let parts = isoText.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
    else { return nil }
    self.init(year: y, month: m, day: d)
  }

  /// Days since 1970-01-01 (negative before).
  public var dayNumber: Int {
    // Howard Hinnant's days_from_civil.
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }

  public init?(dayNumber: Int) {
    let z = dayNumber + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
  }

  /// The date `days` later (earlier when negative); nil outside years 1...9999.
  public func adding(days: Int) -> SimpleDate? { SimpleDate(dayNumber: dayNumber + days) }

  /// ISO weekday: 1 = Monday … 7 = Sunday.
  public var weekday: Int {
    let w = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday
    return (w < 0 ? w + 7 : w) + 1
  }

  public static func < (a: SimpleDate, b: SimpleDate) -> Bool {
    (a.year, a.month, a.day) < (b.year, b.month, b.day)
  }
}

/// A time of day to the minute.
public struct SimpleTime: Hashable, Comparable, Sendable, CustomStringConvertible {
  public let hour: Int
  public let minute: Int

  /// nil unless 0...23 and 0...59.
  public init?(hour: Int, minute: Int) {
    guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
    self.hour = hour
    self.minute = minute
  }

  /// "14:05".
  public var text: String { pad(hour) + ":" + pad(minute) }
  public var description: String { text }
  public var minutesSinceMidnight: Int { hour * 60 + minute }

  public static func < (a: SimpleTime, b: SimpleTime) -> Bool { a.minutesSinceMidnight < b.minutesSinceMidnight }
}

private func pad(_ n: Int) -> String { n < 10 ? "0" + String(n) : String(n) }
private func padYear(_ n: Int) -> String { String(repeating: "0", count: max(0, 4 - String(n).count)) + String(n) }
