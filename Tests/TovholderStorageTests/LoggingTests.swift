import Foundation
import Logging
import Testing
import TovholderCore

@testable import TovholderStorage

@Suite struct LoggingTests {
  @Test func logHoldsNoNamesCPRNumbersOrNoteText() throws {
    let folder = try TempFolder()
    let logURL = folder.file("state/tovholder/tovholder.log")
    let handler = try #require(FileLogHandler(label: "test", url: logURL))
    let logger = Logger(label: "test") { _ in handler }
    let clock = TestClock()
    let db = try AppDatabase.open(
      at: folder.file("db.sqlite"),
      options: .init(passwordHashing: .fastForTesting, logger: logger, clock: clock.clock))
    let admin = try db.setup.initialize(
      homeName: "Rosenly",
      admin: NewAccount(username: "admin", displayName: "Admin Åse", role: .admin, unitIDs: [], password: "demo1234"))
    let unit = try db.units.create(name: "Kastanjehuset", by: admin)
    let leader = try db.accounts.create(
      NewAccount(username: "leder", displayName: "Lone Lærke", role: .leader, unitIDs: [unit.id], password: "demo1234"),
      by: admin
    ).actor
    let r = try db.residents.create(
      NewResident(
        unitID: unit.id, name: "Søren Kierkegaard", cpr: try CPRNumber("050513-1234"),
        movedIn: CalendarDay(year: 2020, month: 1, day: 1)!), by: leader)
    let note = try db.notes.add(NewNote(residentID: r.id, text: "Hemmelig tekst om helbred"), by: leader)
    _ = try db.notes.update(note, by: leader)
    _ = try? db.accounts.signIn(username: "leder", password: "forkert-kodeord")
    _ = try? db.accounts.signIn(username: "ukendt", password: "forkert-kodeord")
    _ = try db.residents.openRecord(id: r.id, actor: leader)

    let log = try String(contentsOf: logURL, encoding: .utf8)
    #expect(log.contains("note.created"))
    #expect(log.contains("signin.failed"))
    for secret in [
      "Søren", "Kierkegaard", "050513", "1234", "Hemmelig", "helbred", "Lone", "Åse", "Rosenly",
      "Kastanjehuset", "forkert", "demo1234", "ukendt",
    ] {
      #expect(!log.contains(secret), "log contains \(secret)")
    }
    #expect(mode(logURL.path) == 0o600)
    #expect(mode(logURL.deletingLastPathComponent().path) == 0o700)
  }

  @Test func scrubberRemovesCPRShapes() {
    #expect(LogScrubber.scrub("id 010190-1234 and 0101901234") == "id [cpr] and [cpr]")
    #expect(LogScrubber.scrub("0101901234567 010190-12 x010190-12345") == "[cpr]567 010190-12 x[cpr]5")
    #expect(LogScrubber.containsCPRShape("note 0101901234"))
    #expect(!LogScrubber.containsCPRShape("account=12 note=345"))
  }
}
