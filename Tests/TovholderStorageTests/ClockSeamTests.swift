import Foundation
import Testing
import TovholderCore

@testable import TovholderStorage

/// Every time the database writes comes from its clock, never from the computer's.
@Suite struct ClockSeamTests {
  @Test func aNoteAndItsAuditRowAreStampedWithTheDatabasesClock() throws {
    let f = try Fixture()
    let night = try #require(CalendarDay(year: 2026, month: 12, day: 3)?.at(hour: 2, minute: 40))
    f.clock.now = night
    let note = try f.db.notes.add(NewNote(residentID: f.residentA.id, text: "Urolig nat"), by: f.staffA)
    #expect(note.writtenAt == night)
    let last = try #require(try f.db.audit.recent(actor: f.admin, limit: 1).first)
    #expect(last.at == night)
    // Another program on the same file with the same clock sees the note at that time.
    f.clock.advance(3_600)
    let other = try f.reopen()
    let later = try other.notes.add(NewNote(residentID: f.residentA.id, text: "Sov igen"), by: f.staffA)
    #expect(later.writtenAt == night.addingTimeInterval(3_600))
  }
}
