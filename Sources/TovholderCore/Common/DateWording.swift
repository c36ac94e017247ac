import Foundation

/// Days and times as the user reads them, the one place they are written: `03-12-2026`,
/// `14:05`, `03-12-2026 14:05` in Danish local time (Danish and English screens alike, as the
/// homes write dates). ISO (`2026-12-03`) only where a file format asks for it: `CalendarDay.iso`.
/// Built from calendar fields rather than `DateFormatter`, whose locale data (ICU) costs
/// megabytes of memory and a formatter per call.
public enum DateWording {
  private static let calendar: Calendar = {
    var c = Calendar(identifier: .gregorian)
    c.timeZone = .danish
    return c
  }()

  static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

  static func four(_ n: Int) -> String {
    let s = "\(n)"
    return String(repeating: "0", count: max(0, 4 - s.count)) + s
  }

  /// `03-12-2026`.
  public static func day(_ d: CalendarDay) -> String { "\(two(d.day))-\(two(d.month))-\(four(d.year))" }

  /// The day an instant falls on in `zone`, `03-12-2026`.
  public static func day(_ date: Date, in zone: TimeZone = .danish) -> String { day(CalendarDay(date, in: zone)) }

  /// `14:05`.
  public static func time(_ date: Date, in zone: TimeZone = .danish) -> String {
    let c = fields(date, zone)
    return "\(two(c.hour ?? 0)):\(two(c.minute ?? 0))"
  }

  /// `03-12-2026 14:05`.
  public static func dateTime(_ date: Date, in zone: TimeZone = .danish) -> String {
    day(date, in: zone) + " " + time(date, in: zone)
  }

  /// `2026-12-03 14:05` in Danish local time, for file formats that sort by text (CSV).
  public static func isoDateTime(_ date: Date, in zone: TimeZone = .danish) -> String {
    CalendarDay(date, in: zone).iso + " " + time(date, in: zone)
  }

  private static func fields(_ date: Date, _ zone: TimeZone) -> DateComponents {
    var c = calendar
    if zone != c.timeZone { c.timeZone = zone }
    return c.dateComponents([.year, .month, .day, .hour, .minute], from: date)
  }
}
