import Foundation

/// The three shifts of a day: day, evening and night (local time). When each starts is the
/// home's setting (`ShiftTimes`, by default 07, 15 and 23).
public enum Shift: String, CaseIterable, Sendable, Codable {
  case day
  case evening
  case night

  /// The shift before this one.
  public var previous: Shift {
    switch self {
    case .day: return .night
    case .evening: return .day
    case .night: return .evening
    }
  }
}

/// When the home's shifts start, in minutes after local midnight: day before evening before
/// night, the night running over midnight to the next day's start.
public struct ShiftTimes: Hashable, Sendable {
  public var day: Int
  public var evening: Int
  public var night: Int

  public init(day: Int, evening: Int, night: Int) {
    self.day = day
    self.evening = evening
    self.night = night
  }

  /// 07:00, 15:00 and 23:00.
  public static let standard = ShiftTimes(day: 7 * 60, evening: 15 * 60, night: 23 * 60)

  public func start(of shift: Shift) -> Int {
    switch shift {
    case .day: return day
    case .evening: return evening
    case .night: return night
    }
  }

  /// Each time within the day, in the order day, evening, night, at least an hour apart.
  public func validate() throws(ShiftTimesError) {
    for minute in [day, evening, night] where !(0..<24 * 60).contains(minute) { throw .outOfDay }
    guard day + 60 <= evening, evening + 60 <= night, night + 60 <= day + 24 * 60 else { throw .order }
  }
}

public enum ShiftTimesError: Error, Equatable, Sendable {
  /// A time is not between 00:00 and 23:59.
  case outOfDay
  /// Not day < evening < night, at least an hour apart.
  case order
}

/// One concrete shift: which shift, and the instants it starts and ends.
public struct ShiftPeriod: Hashable, Sendable {
  public var shift: Shift
  public var start: Date
  public var end: Date

  public init(shift: Shift, start: Date, end: Date) {
    self.shift = shift
    self.start = start
    self.end = end
  }

  /// The shift that contains `date` in `timeZone`, with the home's `times`.
  public static func containing(_ date: Date, times: ShiftTimes = .standard, in timeZone: TimeZone = .danish)
    -> ShiftPeriod
  {
    let today = CalendarDay(date, in: timeZone)
    let minute = TimeOfDay(date, in: timeZone).minuteOfDay
    func at(_ dayOffset: Int, _ minuteOfDay: Int) -> Date {
      today.adding(days: dayOffset).instant(at: TimeOfDay(valid: minuteOfDay / 60, minuteOfDay % 60), in: timeZone)
    }
    switch minute {
    case times.day..<times.evening:
      return ShiftPeriod(shift: .day, start: at(0, times.day), end: at(0, times.evening))
    case times.evening..<times.night:
      return ShiftPeriod(shift: .evening, start: at(0, times.evening), end: at(0, times.night))
    case times.night...:
      return ShiftPeriod(shift: .night, start: at(0, times.night), end: at(1, times.day))
    default:
      return ShiftPeriod(shift: .night, start: at(-1, times.night), end: at(0, times.day))
    }
  }

  /// The shift just before this one.
  public func previous(times: ShiftTimes = .standard, in timeZone: TimeZone = .danish) -> ShiftPeriod {
    ShiftPeriod.containing(start.addingTimeInterval(-1), times: times, in: timeZone)
  }
}

/// The handover list shows what happened since the start of the previous shift: at 07:05 the
/// whole night and the few minutes of the day shift so far.
public enum HandoverRule {
  /// Start of the window for the handover list shown at `now`.
  public static func windowStart(now: Date, times: ShiftTimes = .standard, in timeZone: TimeZone = .danish) -> Date {
    ShiftPeriod.containing(now, times: times, in: timeZone).previous(times: times, in: timeZone).start
  }

  /// The window's two shifts: the previous one (whole) and the current one (so far).
  public static func window(now: Date, times: ShiftTimes = .standard, in timeZone: TimeZone = .danish)
    -> (previous: ShiftPeriod, current: ShiftPeriod)
  {
    let current = ShiftPeriod.containing(now, times: times, in: timeZone)
    return (current.previous(times: times, in: timeZone), current)
  }
}
