/// Day arithmetic on calendar days, without Foundation's calendar: shared by every area
/// that computes due dates (plans, health screenings, episodes' deadlines).
extension CalendarDay {
  /// Days since 1 January of year 1 (proleptic Gregorian), for day arithmetic without Foundation.
  var ordinal: Int {
    let y = year - 1
    var days = y * 365 + y / 4 - y / 100 + y / 400
    for m in 1..<month { days += CalendarDay.daysIn(month: m, year: year) }
    return days + day - 1
  }

  init(ordinal: Int) {
    var y = max(1, ordinal / 366)
    while CalendarDay(valid: y + 1, 1, 1).ordinal <= ordinal { y += 1 }
    var rest = ordinal - CalendarDay(valid: y, 1, 1).ordinal
    var m = 1
    while rest >= CalendarDay.daysIn(month: m, year: y) {
      rest -= CalendarDay.daysIn(month: m, year: y)
      m += 1
    }
    self = CalendarDay(valid: y, m, rest + 1)
  }

  /// This day moved by `days` (negative moves back).
  public func adding(days: Int) -> CalendarDay { CalendarDay(ordinal: ordinal + days) }

  /// This day moved by `months`, clamped to the last day of the target month.
  public func adding(months: Int) -> CalendarDay {
    let total = year * 12 + (month - 1) + months
    let y = total / 12
    let m = total % 12 + 1
    return CalendarDay(valid: y, m, min(day, CalendarDay.daysIn(month: m, year: y)))
  }

  /// Whole days from `self` to `other` (negative when `other` is earlier).
  public func days(to other: CalendarDay) -> Int { other.ordinal - ordinal }

  /// Whole days from `other` to this day (positive when this day is later).
  public func days(since other: CalendarDay) -> Int { other.days(to: self) }
}
