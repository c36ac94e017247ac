import Foundation
import Testing
import TovholderCore

@Suite struct ShiftTests {
  func local(_ y: Int, _ m: Int, _ d: Int, _ h: Int, _ min: Int = 0) -> Date {
    var c = Calendar(identifier: .gregorian)
    c.timeZone = .danish
    return c.date(from: DateComponents(year: y, month: m, day: d, hour: h, minute: min))!
  }

  @Test func windows() {
    #expect(ShiftPeriod.containing(local(2024, 3, 5, 7, 0)).shift == .day)
    #expect(ShiftPeriod.containing(local(2024, 3, 5, 14, 59)).shift == .day)
    #expect(ShiftPeriod.containing(local(2024, 3, 5, 15, 0)).shift == .evening)
    let night = ShiftPeriod.containing(local(2024, 3, 5, 23, 30))
    #expect(night.shift == .night)
    #expect(night.start == local(2024, 3, 5, 23))
    #expect(night.end == local(2024, 3, 6, 7))
    let early = ShiftPeriod.containing(local(2024, 3, 6, 2, 40))
    #expect(early == night)
  }

  @Test func handoverWindowStartsAtPreviousShift() {
    // 07:05: day shift just began; the list covers the night since 23:00 yesterday.
    #expect(HandoverRule.windowStart(now: local(2024, 3, 6, 7, 5)) == local(2024, 3, 5, 23))
    // 02:40 during the night: since the evening shift began at 15:00.
    #expect(HandoverRule.windowStart(now: local(2024, 3, 6, 2, 40)) == local(2024, 3, 5, 15))
    // 16:00: since the day shift began at 07:00.
    #expect(HandoverRule.windowStart(now: local(2024, 3, 6, 16)) == local(2024, 3, 6, 7))
  }

  @Test func daylightSavingNight() {
    // Night of the spring change (31 March 2024): the shift still ends at 07:00 local.
    let p = ShiftPeriod.containing(local(2024, 3, 31, 3, 30))
    #expect(p.start == local(2024, 3, 30, 23))
    #expect(p.end == local(2024, 3, 31, 7))
    #expect(p.end.timeIntervalSince(p.start) == 7 * 3600)
  }

  @Test func residentIsCurrent() throws {
    let r = Resident(
      id: 1, unitID: 1, name: "Å", cpr: try CPRNumber("010190-1234"),
      movedIn: CalendarDay(year: 2020, month: 1, day: 1)!, movedOut: CalendarDay(year: 2024, month: 1, day: 1)!)
    #expect(r.isCurrent(on: CalendarDay(year: 2023, month: 12, day: 31)!))
    #expect(!r.isCurrent(on: CalendarDay(year: 2024, month: 1, day: 1)!))
    #expect(!r.isCurrent(on: CalendarDay(year: 2019, month: 12, day: 31)!))
    var bad = r
    bad.movedOut = CalendarDay(year: 2019, month: 1, day: 1)
    #expect(throws: ResidentValidationError.moveOutBeforeMoveIn) { try bad.validate() }
  }
}
