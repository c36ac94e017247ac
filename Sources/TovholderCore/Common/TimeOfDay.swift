import Foundation

/// A time of day without a date or zone (an event's clock time, a form's `start`), beside
/// `CalendarDay`. Shown as `14:05` (`DateWording`), the same in both languages.
public struct TimeOfDay: Hashable, Comparable, Sendable, CustomStringConvertible {
  public let hour: Int
  public let minute: Int

  public init?(hour: Int, minute: Int) {
    guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
    self.hour = hour
    self.minute = minute
  }

  /// For times known to exist (a shift's start hour).
  init(valid hour: Int, _ minute: Int) {
    self.hour = hour
    self.minute = minute
  }

  public init?(minuteOfDay m: Int) { self.init(hour: m / 60, minute: m % 60) }

  /// The clock time `date` shows in `zone`.
  public init(_ date: Date, in zone: TimeZone = .danish) {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = zone
    let c = calendar.dateComponents([.hour, .minute], from: date)
    // The calendar always gives the hour (0...23) and minute (0...59) it is asked for.
    hour = c.hour ?? 0
    minute = c.minute ?? 0
  }

  /// Reads `HH:MM`, `H:MM`, `HH.MM` or `HHMM`.
  public init?(parsing text: String) {
    guard text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ":" || $0 == ".") }) else { return nil }
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
      .flatMap { $0.split(separator: ".", omittingEmptySubsequences: false) }
    switch parts.count {
    case 1:
      guard (3...4).contains(text.count), let v = Int(text) else { return nil }
      self.init(hour: v / 100, minute: v % 100)
    case 2:
      guard (1...2).contains(parts[0].count), parts[1].count == 2, let h = Int(parts[0]), let m = Int(parts[1])
      else { return nil }
      self.init(hour: h, minute: m)
    default: return nil
    }
  }

  public var minuteOfDay: Int { hour * 60 + minute }

  /// `14:05`.
  public var description: String { DateWording.two(hour) + ":" + DateWording.two(minute) }

  public static func < (a: TimeOfDay, b: TimeOfDay) -> Bool { a.minuteOfDay < b.minuteOfDay }
}

extension CalendarDay {
  /// The instant a wall clock in `zone` shows `time` on this day. On the days summer time
  /// begins or ends this is the wall-clock time; a time the clock skipped counts on from midnight.
  public func instant(at time: TimeOfDay, in zone: TimeZone = .danish) -> Date {
    at(hour: time.hour, minute: time.minute, in: zone)
      ?? start(in: zone).addingTimeInterval(Double(time.minuteOfDay) * 60)
  }
}
