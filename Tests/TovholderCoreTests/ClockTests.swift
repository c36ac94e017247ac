import Foundation
import Testing
import TovholderCore

/// The clock seam: what a fixed, a settable and the system clock say, and Danish wall-clock
/// times turned into instants (winter UTC+1, summer UTC+2, and the two nights between).
@Suite struct ClockTests {
  let utc = TimeZone(identifier: "UTC")!
  func day(_ y: Int, _ m: Int, _ d: Int) -> CalendarDay { CalendarDay(year: y, month: m, day: d)! }

  @Test func aFixedClockStandsStill() {
    let instant = Date(timeIntervalSince1970: 1_796_302_800)
    let clock = Clock.fixed(instant)
    #expect(clock() == instant)
    #expect(clock() == instant)
  }

  @Test func aSettableClockIsFollowedByTheClocksMadeFromIt() {
    let settable = SettableClock(day(2026, 12, 3).at(hour: 14, minute: 0)!)
    let clock = settable.clock
    settable.advance(90)
    #expect(clock() == day(2026, 12, 3).at(hour: 14, minute: 1, second: 30))
    settable.now = day(2027, 1, 1).at(hour: 0, minute: 5)!
    #expect(CalendarDay(clock(), in: .danish) == day(2027, 1, 1))
  }

  @Test func theSystemClockReadsTheComputersTime() {
    let before = Date()
    let now = Clock.system()
    let after = Date()
    #expect(before <= now && now <= after)
  }

  @Test func danishWallClockTimes() {
    #expect(day(2026, 12, 3).at(hour: 14, minute: 0) == day(2026, 12, 3).at(hour: 13, minute: 0, in: utc))
    #expect(day(2026, 6, 3).at(hour: 14, minute: 0) == day(2026, 6, 3).at(hour: 12, minute: 0, in: utc))
    #expect(day(2026, 12, 3).at(hour: 24, minute: 0) == nil)
    #expect(day(2026, 12, 3).at(hour: 2, minute: 60) == nil)
  }

  @Test func theHourSkippedAndTheHourShownTwice() {
    // 28 March 2027: 02:00 becomes 03:00, so 02:30 never happens.
    #expect(day(2027, 3, 28).at(hour: 2, minute: 30) == nil)
    #expect(day(2027, 3, 28).at(hour: 3, minute: 0) == day(2027, 3, 28).at(hour: 1, minute: 0, in: utc))
    // 25 October 2026: 03:00 becomes 02:00, so 02:30 happens twice; the first is still summer time.
    #expect(day(2026, 10, 25).at(hour: 2, minute: 30) == day(2026, 10, 25).at(hour: 0, minute: 30, in: utc))
    #expect(day(2026, 10, 25).at(hour: 3, minute: 0) == day(2026, 10, 25).at(hour: 2, minute: 0, in: utc))
  }

  @Test func anEventsInstantIsItsWallClockTimeOnTheDaysTheClocksChange() {
    let spring = IncidentTime(day: day(2027, 3, 28), minuteOfDay: 10 * 60 + 20, certainty: .known)
    #expect(spring.instant == day(2027, 3, 28).at(hour: 8, minute: 20, in: utc))
    let autumn = IncidentTime(day: day(2026, 10, 25), minuteOfDay: 10 * 60 + 20, certainty: .known)
    #expect(autumn.instant == day(2026, 10, 25).at(hour: 9, minute: 20, in: utc))
    #expect(!spring.isInFuture(now: day(2027, 3, 28).at(hour: 10, minute: 30)!))
    let unknown = IncidentTime(day: day(2027, 3, 28), minuteOfDay: nil, certainty: .unknown)
    #expect(unknown.instant == day(2027, 3, 27).at(hour: 23, minute: 0, in: utc))
  }

  /// The one way a day and a clock time become an instant (forms, the quick log, screenings,
  /// shifts): the wall-clock time, also on the nights the clocks change.
  @Test func aDayAtATimeOfDay() throws {
    let t = try #require(TimeOfDay(hour: 10, minute: 20))
    #expect(day(2027, 3, 28).instant(at: t) == day(2027, 3, 28).at(hour: 8, minute: 20, in: utc))
    #expect(day(2026, 10, 25).instant(at: t) == day(2026, 10, 25).at(hour: 9, minute: 20, in: utc))
    // 02:30 the clock skips counts on from midnight: 02:30 after 00:00 winter time is 01:30 UTC.
    let skipped = try #require(TimeOfDay(hour: 2, minute: 30))
    #expect(day(2027, 3, 28).instant(at: skipped) == day(2027, 3, 28).at(hour: 1, minute: 30, in: utc))
    // And back: the clock time an instant shows.
    #expect(TimeOfDay(try #require(day(2026, 10, 25).at(hour: 9, minute: 20, in: utc))) == t)
    #expect(TimeOfDay(try #require(day(2026, 12, 3).at(hour: 23, minute: 59, in: utc))).description == "00:59")
  }

  @Test func shiftsStartOnTheWallClockHour() throws {
    // A night shift across the night summer time ends: 23:00 to 07:00 local, nine hours.
    let night = ShiftPeriod.containing(try #require(day(2026, 10, 25).at(hour: 1, minute: 0)))
    #expect(night.shift == .night)
    #expect(night.start == day(2026, 10, 24).at(hour: 21, minute: 0, in: utc))
    #expect(night.end == day(2026, 10, 25).at(hour: 6, minute: 0, in: utc))
    #expect(night.end.timeIntervalSince(night.start) == 9 * 3_600)
  }
}
