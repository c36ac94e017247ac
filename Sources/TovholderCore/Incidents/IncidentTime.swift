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
    guard let m = minuteOfDay else { return day.start(in: timeZone) }
    return day.at(hour: m / 60, minute: m % 60, in: timeZone)
      ?? day.start(in: timeZone).addingTimeInterval(Double(m) * 60)
  }

  /// `HH:MM`, or nil when unknown.
  public var clockText: String? {
    guard let m = minuteOfDay else { return nil }
    let h = m / 60
    let mm = m % 60
    return (h < 10 ? "0" : "") + "\(h):" + (mm < 10 ? "0" : "") + "\(mm)"
  }

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
  public static func parseClock(_ text: String) -> Int? {
    guard text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ":" || $0 == ".") }) else { return nil }
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
      .flatMap { $0.split(separator: ".", omittingEmptySubsequences: false) }
    let h: Int
    let m: Int
    switch parts.count {
    case 1:
      guard (3...4).contains(text.count), let v = Int(text) else { return nil }
      (h, m) = (v / 100, v % 100)
    case 2:
      guard (1...2).contains(parts[0].count), parts[1].count == 2, let hv = Int(parts[0]), let mv = Int(parts[1])
      else { return nil }
      (h, m) = (hv, mv)
    default: return nil
    }
    guard (0...23).contains(h), (0...59).contains(m) else { return nil }
    return h * 60 + m
  }

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
