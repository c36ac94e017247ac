import Testing
import TovholderApp
import TovholderCore

@testable import TerminalUI

@Suite struct DateInputTests {
  func date(_ y: Int, _ m: Int, _ d: Int) -> CalendarDay { CalendarDay(year: y, month: m, day: d) ?? .first }
  let today = CalendarDay(year: 2026, month: 3, day: 1) ?? .first

  func parse(_ text: String, today: CalendarDay? = nil) -> Result<CalendarDay, DateInputError> {
    DateInput.parse(text, today: today ?? self.today)
  }

  @Test func danishForms() {
    for text in [
      "24-12-2026", "24.12.2026", "24/12/2026", "2026-12-24", " 24 12 2026 ", "24122026", "241226", "24-12-26",
      "24. 12. 2026",
    ] {
      #expect(parse(text) == .success(date(2026, 12, 24)), "\(text)")
    }
    #expect(parse("1-2-2026") == .success(date(2026, 2, 1)))
    #expect(parse("24.12.") == .success(date(2026, 12, 24)))
    #expect(parse("24/12") == .success(date(2026, 12, 24)))
  }

  @Test func twoDigitYearsUseASlidingWindow() {
    #expect(parse("01-01-46") == .success(date(2046, 1, 1)))
    #expect(parse("01-01-47") == .success(date(1947, 1, 1)))
    #expect(parse("01-01-00") == .success(date(2000, 1, 1)))
    #expect(parse("01-01-99") == .success(date(1999, 1, 1)))
  }

  @Test func relativeWords() {
    #expect(parse("i dag") == .success(today))
    #expect(parse("I DAG") == .success(today))
    #expect(parse("idag") == .success(today))
    #expect(parse("I morgen") == .success(date(2026, 3, 2)))
    // Across a month boundary, in a non-leap year.
    #expect(parse("i går") == .success(date(2026, 2, 28)))
    #expect(parse("i GÅR") == .success(date(2026, 2, 28)))
    // Across a leap day and a year boundary.
    #expect(parse("i går", today: date(2024, 3, 1)) == .success(date(2024, 2, 29)))
    #expect(parse("i går", today: date(2027, 1, 1)) == .success(date(2026, 12, 31)))
    #expect(parse("i morgen", today: date(2026, 12, 31)) == .success(date(2027, 1, 1)))
    #expect(parse("i morgen", today: date(9999, 12, 31)) == .failure(.outOfRange))
  }

  @Test func impossibleDatesAreRejected() {
    #expect(parse("31-02-2026") == .failure(.invalidDay))
    #expect(parse("29-02-2025") == .failure(.invalidDay))
    #expect(parse("29-02-2024") == .success(date(2024, 2, 29)))
    #expect(parse("29-02-2000") == .success(date(2000, 2, 29)))
    #expect(parse("29-02-1900") == .failure(.invalidDay))
    #expect(parse("31-04-2026") == .failure(.invalidDay))
    #expect(parse("31-12-2026") == .success(date(2026, 12, 31)))
    #expect(parse("00-01-2026") == .failure(.invalidDay))
    #expect(parse("12-13-2026") == .failure(.invalidMonth))
    #expect(parse("12-00-2026") == .failure(.invalidMonth))
  }

  @Test func garbageIsUnrecognised() {
    #expect(parse("") == .failure(.empty))
    #expect(parse("   ") == .failure(.empty))
    for text in ["i overmorgen", "24-12-2026-1", "24-12-202", "abc", "24--12-2026", "1234567", "24x12x2026", "2026-1"] {
      #expect(parse(text) == .failure(.unrecognized), "\(text)")
    }
  }

  /// The fields write days and times as every screen does (`DateWording`).
  @Test func fieldsWriteTheProgramsDayAndTime() {
    #expect(date(2026, 1, 5).fieldText == "05-01-2026")
    #expect(date(2026, 1, 5).fieldText == DateWording.day(date(2026, 1, 5)))
    #expect(DateFieldState(date: date(2026, 12, 24)).text == "24-12-2026")
    #expect(DateFieldState(date: nil as CalendarDay?).text == "")
    #expect(clock(7, 5).fieldText == "07:05")
    #expect(TimeFieldState(time: clock(7, 5)).text == "07:05")
  }

  func clock(_ h: Int, _ m: Int) -> TimeOfDay { TimeOfDay(hour: h, minute: m)! }

  @Test func times() {
    let now = clock(9, 30)
    for text in ["14:05", "14.05", "1405", "14,05", "kl. 14.05", "Kl 14:05", " 14 : 05 "] {
      #expect(TimeInput.parse(text, now: now) == .success(clock(14, 5)), "\(text)")
    }
    #expect(TimeInput.parse("905", now: now) == .success(clock(9, 5)))
    #expect(TimeInput.parse("7", now: now) == .success(clock(7, 0)))
    #expect(TimeInput.parse("00:00", now: now) == .success(clock(0, 0)))
    #expect(TimeInput.parse("23:59", now: now) == .success(clock(23, 59)))
    #expect(TimeInput.parse("NU", now: now) == .success(now))
    #expect(TimeInput.parse("24:00", now: now) == .failure(.invalidHour))
    #expect(TimeInput.parse("25:61", now: now) == .failure(.invalidHour))
    #expect(TimeInput.parse("12:60", now: now) == .failure(.invalidMinute))
    #expect(TimeInput.parse("", now: now) == .failure(.empty))
    for text in ["12:5", "12:", "ab", "12345", "1:2:3", "-1:00"] {
      #expect(TimeInput.parse(text, now: now) == .failure(.unrecognized), "\(text)")
    }
  }

  @Test func dateFieldNormalises() {
    var field = DateFieldState()
    for c in "i går" { _ = field.handle(.char(c)) }
    #expect(field.value(today: today) == .success(date(2026, 2, 28)))
    do { let result = field.normalize(today: today); #expect(result) }
    #expect(field.text == "28-02-2026")
    field.text = "31-02-2026"
    do { let result = field.normalize(today: today); #expect(!result) }
    #expect(field.text == "31-02-2026")
    var time = TimeFieldState()
    _ = time.handle(.paste("1405"))
    do { let result = time.normalize(now: clock(1, 1)); #expect(result) }
    #expect(time.text == "14:05")
  }
}
