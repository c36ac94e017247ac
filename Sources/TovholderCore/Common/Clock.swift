import Foundation

/// The one source of "now". The program reads the computer's time through `Clock.system`;
/// tests give a fixed or settable clock at a stated Danish date and time. Nothing else in
/// Core or App reads the wall clock: screens ask `context.clock()`, storage `database.now`.
public struct Clock: Sendable {
  private let read: @Sendable () -> Date

  public init(_ read: @escaping @Sendable () -> Date) { self.read = read }

  /// The computer's time.
  public static let system = Clock { Date() }

  /// A clock that always says `instant`.
  public static func fixed(_ instant: Date) -> Clock { Clock { instant } }

  /// Now.
  public func callAsFunction() -> Date { read() }
}

/// A clock that stands still until it is set or moved (tests that step through a lockout,
/// a night shift or midnight). Safe to share between threads.
public final class SettableClock: @unchecked Sendable {
  private let lock = NSLock()
  private var value: Date

  public init(_ start: Date) { value = start }

  public var now: Date {
    get { lock.withLock { value } }
    set { lock.withLock { value = newValue } }
  }

  public func advance(_ seconds: TimeInterval) { lock.withLock { value = value.addingTimeInterval(seconds) } }

  /// This clock as the `Clock` a context or database takes; it follows later changes.
  public var clock: Clock { Clock { [self] in self.now } }
}

extension CalendarDay {
  /// The instant a wall clock in `timeZone` shows this day at `hour:minute:second`. A time the
  /// clock skips (02:30 on the last Sunday of March in Denmark) is nil; a time it shows twice
  /// (02:30 on the last Sunday of October) is the first of the two, still summer time.
  public func at(hour: Int, minute: Int, second: Int = 0, in timeZone: TimeZone = .danish) -> Date? {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    func shows(_ date: Date) -> Bool {
      let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
      return (c.year, c.month, c.day, c.hour, c.minute, c.second) == (year, month, day, hour, minute, second)
    }
    let wanted = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
    guard let date = calendar.date(from: wanted), shows(date) else { return nil }
    // Foundation may pick the later of two equal wall times; the earlier one shows the same.
    let hourBefore = date.addingTimeInterval(-3_600)
    return shows(hourBefore) ? hourBefore : date
  }
}
