import Foundation
import TerminalUI
import Testing
import TovholderCore
import TovholderStorage

@testable import TovholderApp

@Suite(.serialized) struct IncidentStatisticsScreenTests {
  @Test func aYearAndTheSumFitSixtyColumnsAndTheTotalScrollsIntoView() throws {
    let f = try AppFixture(user: "leder")
    f.openMenu("UTH-statistik")
    let small = f.screen(width: 60, height: 16)
    let lines = small.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.allSatisfy { String($0).displayWidth <= 60 })
    let header = try #require(lines.first { $0.contains("Kategori") })
    #expect(header.hasSuffix("Sum"))
    #expect(header.split(separator: " ").filter { $0.count == 2 && Int($0) != nil }.count == 12)
    #expect(!small.contains("Viser de sidste"))
    // The board wraps rather than losing a unit.
    #expect(small.contains("Granhuset"))
    #expect(!small.contains("I alt"))
    f.keys(.end)
    let scrolled = f.screen(width: 60, height: 16)
    let total = try #require(scrolled.split(separator: "\n").first { $0.contains("I alt") })
    let stats = try f.database.incidents.statistics(
      months: (f.shell.top as! IncidentStatisticsScreen).period, by: f.session.actor)
    #expect(total.hasSuffix(" \(stats.total)"))
    // By unit too.
    f.keys(.tab)
    #expect(f.screen(width: 60, height: 16).contains("Afdeling") && f.screen(width: 60, height: 16).contains("Sum"))
  }
}
