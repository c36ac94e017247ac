import Foundation
import TerminalUI
import Testing
import TovholderCore
import TovholderStorage

@testable import TovholderApp

/// Screens at the hours that matter, set on the fixture's clock: the night shift, midnight,
/// and the nights summer time begins and ends (Danish time throughout).
@Suite(.serialized) struct TimeOfDayTests {
  static func danish(_ y: Int, _ m: Int, _ d: Int, _ h: Int, _ min: Int) -> Date {
    CalendarDay(year: y, month: m, day: d)!.at(hour: h, minute: min)!
  }

  static func utc(_ y: Int, _ m: Int, _ d: Int, _ h: Int, _ min: Int) -> Date {
    CalendarDay(year: y, month: m, day: d)!.at(hour: h, minute: min, in: TimeZone(identifier: "UTC")!)!
  }

  /// F6, the first resident whose name starts with "Fat", `summary`, and optionally a typed time; saves.
  static func quickLog(_ f: AppFixture, _ summary: String, time: String? = nil) throws -> ViolentEpisode {
    f.keys(.function(6))
    let screen = try #require(f.shell.top as? FormScreen<QuickLogField>)
    if let time { screen.setValue(.time, time) }
    f.type("Fat")
    f.keys(.enter)
    f.type(summary)
    f.keys(.ctrl("s"))
    #expect(f.screen().contains("er gemt"), "\(f.screen())")
    let queue = try f.database.episodes.followUpQueue(actor: f.session.actor)
    return try #require(queue.first { $0.episode.summary == summary }?.episode)
  }

  /// Registers an event at `time` on `date` (both as typed) and returns it, or nil when refused.
  static func register(_ f: AppFixture, _ headline: String, date: String, time: String) throws -> Incident? {
    _ = try IncidentBadInputTests.filledForm(f, ["headline": headline, "date": date, "time": time])
    f.keys(.ctrl("s"))
    guard let summary = try f.database.incidents.own(by: f.session.actor).first(where: { $0.headline == headline })
    else { return nil }
    return try f.database.incidents.get(summary.id, by: f.session.actor)
  }

  @Test func theNightShiftAt0240() throws {
    let f = try AppFixture(user: "nattevagt")
    f.clock.now = Self.danish(2026, 12, 3, 2, 40)
    let episode = try Self.quickLog(f, "slog ud efter nattevagten")
    #expect(episode.occurredAt == Self.danish(2026, 12, 3, 2, 40), "the quick log's time is now")

    let fall = try #require(try Self.register(f, "Fald ved sengen", date: "03-12-2026", time: "02:30"))
    #expect(fall.report.time.day == CalendarDay(year: 2026, month: 12, day: 3))
    #expect(fall.report.time.instant == Self.danish(2026, 12, 3, 2, 30))
    #expect(try Self.register(f, "Fald om lidt", date: "03-12-2026", time: "02:50") == nil)
    #expect(f.screen().contains("Hændelsen kan ikke ligge i fremtiden."))
  }

  @Test func aFormOpenedBeforeMidnightKeepsItsDayAndANewOneTakesTheNext() throws {
    let f = try AppFixture(user: "nattevagt")
    f.clock.now = Self.danish(2026, 12, 3, 23, 58)
    f.keys(.function(5))
    let form = try #require(f.shell.top as? FormScreen<IncidentField>)
    #expect(form.value(.date) == "03-12-2026")
    let values: [IncidentField: String] = [
      .headline: "Faldt på vej til toilettet", .category: Catalogues.shipped.incidents.categories[3].code,
      .time: "23:55",
      .certainty: "known", .place: "Stuen", .actual: "1", .possible: "2", .course: "Gled.",
    ]
    for (id, value) in values { #expect(form.setValue(id, value)) }
    f.clock.now = Self.danish(2026, 12, 4, 0, 3)
    f.keys(.ctrl("s"))
    let saved = try #require(
      try f.database.incidents.own(by: f.session.actor).first { $0.headline == "Faldt på vej til toilettet" })
    #expect(saved.occurredDay == CalendarDay(year: 2026, month: 12, day: 3))
    #expect(CalendarDay(saved.registeredAt, in: .danish) == CalendarDay(year: 2026, month: 12, day: 4))

    f.keys(.function(5))
    #expect((f.shell.top as? FormScreen<IncidentField>)?.value(.date) == "04-12-2026")
    f.keys(.escape)
    // Logged at 00:03, a time of 23:50 was yesterday evening.
    let episode = try Self.quickLog(f, "råbte på gangen", time: "23:50")
    #expect(episode.occurredAt == Self.danish(2026, 12, 3, 23, 50))
  }

  /// Sunday 28 March 2027: at 02:00 the clocks go to 03:00 (UTC+1 → UTC+2).
  @Test func theNightSummerTimeBegins() throws {
    let f = try AppFixture(user: "nattevagt")
    f.clock.now = Self.utc(2027, 3, 28, 1, 30)  // 03:30 summer time
    let episode = try Self.quickLog(f, "vågnede og slog", time: "23:50")
    #expect(episode.occurredAt == Self.utc(2027, 3, 27, 22, 50), "23:50 winter time the evening before")

    f.clock.now = Self.danish(2027, 3, 28, 10, 30)
    let fall = try #require(try Self.register(f, "Fald i badet", date: "28-03-2027", time: "10:20"))
    #expect(fall.report.time.instant == Self.utc(2027, 3, 28, 8, 20))
  }

  /// Sunday 25 October 2026: at 03:00 the clocks go back to 02:00 (UTC+2 → UTC+1).
  @Test func theNightSummerTimeEnds() throws {
    let f = try AppFixture(user: "nattevagt")
    f.clock.now = Self.utc(2026, 10, 25, 1, 30)  // 02:30 for the second time, winter time
    let episode = try Self.quickLog(f, "kastede med koppen", time: "23:50")
    #expect(episode.occurredAt == Self.utc(2026, 10, 24, 21, 50), "23:50 summer time the evening before")

    f.clock.now = Self.danish(2026, 10, 25, 10, 30)
    let fall = try #require(try Self.register(f, "Fald i haven", date: "25-10-2026", time: "10:20"))
    #expect(fall.report.time.instant == Self.utc(2026, 10, 25, 9, 20))
  }
}
