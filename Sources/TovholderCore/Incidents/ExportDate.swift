import Foundation

/// Dates on the command line (`--from`, `--to`): `2026-03-01` or `01-03-2026`.
public enum ExportDate {
  public enum ParseError: Error, Equatable, Sendable {
    /// Neither `YYYY-MM-DD` nor `DD-MM-YYYY`.
    case unreadable(String)
    /// Shaped right but no such day (e.g. 31-02-2026).
    case impossible(String)
    /// `--from` is after `--to`.
    case reversed
  }

  public static func parse(_ text: String) throws(ParseError) -> CalendarDay {
    let t = text.trimmingCharacters(in: .whitespaces)
    let parts = t.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
    guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } })
    else { throw .unreadable(t) }
    let (y, m, d): (String, String, String)
    if parts[0].count == 4 && parts[1].count == 2 && parts[2].count == 2 {
      (y, m, d) = (parts[0], parts[1], parts[2])
    } else if parts[2].count == 4 && parts[0].count == 2 && parts[1].count == 2 {
      (y, m, d) = (parts[2], parts[1], parts[0])
    } else {
      throw .unreadable(t)
    }
    guard let year = Int(y), let month = Int(m), let dayOfMonth = Int(d),
      let day = CalendarDay(year: year, month: month, day: dayOfMonth)
    else { throw .impossible(t) }
    return day
  }

  /// A period from the two options (either may be missing); `from` after `to` is refused.
  public static func period(from: String?, to: String?) throws(ParseError) -> ClosedRange<CalendarDay>? {
    try period(
      from: try from.map { (s: String) throws(ParseError) in try parse(s) },
      to: try to.map { (s: String) throws(ParseError) in try parse(s) })
  }

  /// A period from two days (either may be missing); `from` after `to` is refused.
  public static func period(from a: CalendarDay?, to b: CalendarDay?) throws(ParseError) -> ClosedRange<CalendarDay>? {
    switch (a, b) {
    case (nil, nil): return nil
    case (let a?, nil): return a...CalendarDay.last
    case (nil, let b?): return CalendarDay.first...b
    case (let a?, let b?):
      guard a <= b else { throw .reversed }
      return a...b
    }
  }
}
