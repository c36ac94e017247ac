import Foundation

/// How sure the reporter is of the time of day. An unknown time is a valid answer.
public enum TimeCertainty: String, CaseIterable, Sendable, Codable {
  case known
  case estimated
  case unknown
}

/// When the event happened: a day, and a time of day unless it is unknown. Stored as the
/// local day and minute with the zone they were entered in, plus the UTC instant.
public struct IncidentTime: Hashable, Sendable {
  public var day: CalendarDay
  /// Minutes after local midnight; nil exactly when `certainty` is `.unknown`.
  public var minuteOfDay: Int?
  public var certainty: TimeCertainty
  public var timeZoneID: String

  public init(day: CalendarDay, minuteOfDay: Int?, certainty: TimeCertainty, timeZone: TimeZone = .danish) {
    self.day = day
    self.minuteOfDay = certainty == .unknown ? nil : minuteOfDay
    self.certainty = certainty
    self.timeZoneID = timeZone.identifier
  }

  public var timeZone: TimeZone { TimeZone(identifier: timeZoneID) ?? .danish }

  /// The UTC instant: the time if known or estimated, else the start of the day. On the days
  /// summer time begins or ends this is the wall-clock time, not minutes counted from midnight;
  /// a time the clock skipped counts on from midnight.
  public var instant: Date {
    guard let time = minuteOfDay.flatMap(TimeOfDay.init(minuteOfDay:)) else { return day.start(in: timeZone) }
    return day.instant(at: time, in: timeZone)
  }

  /// `HH:MM`, or nil when unknown.
  public var clockText: String? { minuteOfDay.flatMap(TimeOfDay.init(minuteOfDay:))?.description }

  /// Builds the time from what was typed: a day (may be missing), a time (`HH:MM`, may be
  /// missing) and the certainty. Refuses a time without a day, a missing time when the
  /// time is said to be known or estimated, and a time that is not a time.
  public static func from(
    day: CalendarDay?, clock: String, certainty: TimeCertainty, timeZone: TimeZone = .danish
  ) throws(IncidentValidationError) -> IncidentTime {
    let clock = clock.trimmingCharacters(in: .whitespaces)
    guard let day else {
      throw clock.isEmpty ? .missingDate : .timeWithoutDate
    }
    if certainty == .unknown {
      return IncidentTime(day: day, minuteOfDay: nil, certainty: .unknown, timeZone: timeZone)
    }
    guard !clock.isEmpty else { throw .missingTime }
    guard let minute = parseClock(clock) else { throw .invalidTime }
    return IncidentTime(day: day, minuteOfDay: minute, certainty: certainty, timeZone: timeZone)
  }

  /// `HH:MM`, `H:MM`, `HH.MM` or `HHMM` → minutes after midnight.
  public static func parseClock(_ text: String) -> Int? { TimeOfDay(parsing: text)?.minuteOfDay }

  /// True if the event lies after `now` (a day after today, or today at a later time; a
  /// few minutes of clock drift are allowed).
  public func isInFuture(now: Date) -> Bool {
    let today = CalendarDay(now, in: timeZone)
    if day > today { return true }
    if day < today { return false }
    guard minuteOfDay != nil else { return false }
    return instant > now.addingTimeInterval(5 * 60)
  }
}
