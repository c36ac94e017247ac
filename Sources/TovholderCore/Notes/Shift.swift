import Foundation

/// The three shifts of a day: day 07–15, evening 15–23, night 23–07 (local time).
public enum Shift: String, CaseIterable, Sendable, Codable {
  case day
  case evening
  case night

  /// Local hour at which the shift starts.
  public var startHour: Int {
    switch self {
    case .day: return 7
    case .evening: return 15
    case .night: return 23
    }
  }

  /// The shift before this one.
  public var previous: Shift {
    switch self {
    case .day: return .night
    case .evening: return .day
    case .night: return .evening
    }
  }
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

  /// The shift that contains `date` in `timeZone`.
  public static func containing(_ date: Date, in timeZone: TimeZone = .danish) -> ShiftPeriod {
    let today = CalendarDay(date, in: timeZone)
    let hour = TimeOfDay(date, in: timeZone).hour
    func at(_ dayOffset: Int, _ hour: Int) -> Date {
      today.adding(days: dayOffset).instant(at: TimeOfDay(valid: hour, 0), in: timeZone)
    }
    switch hour {
    case 7..<15: return ShiftPeriod(shift: .day, start: at(0, 7), end: at(0, 15))
    case 15..<23: return ShiftPeriod(shift: .evening, start: at(0, 15), end: at(0, 23))
    case 23...: return ShiftPeriod(shift: .night, start: at(0, 23), end: at(1, 7))
    default: return ShiftPeriod(shift: .night, start: at(-1, 23), end: at(0, 7))
    }
  }

  /// The shift just before this one.
  public func previous(in timeZone: TimeZone = .danish) -> ShiftPeriod {
    ShiftPeriod.containing(start.addingTimeInterval(-1), in: timeZone)
  }
}

/// The handover list shows handover-marked notes since the start of the previous shift.
public enum HandoverRule {
  /// Start of the window for the handover list shown at `now`.
  public static func windowStart(now: Date, in timeZone: TimeZone = .danish) -> Date {
    ShiftPeriod.containing(now, in: timeZone).previous(in: timeZone).start
  }
}
