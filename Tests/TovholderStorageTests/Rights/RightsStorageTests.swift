import Foundation
import GRDB
import Testing
import TovholderCore

@testable import TovholderStorage

@Suite struct RightsStorageTests {
  @Test func everyTableIsCopiedOrSaidToBeAboutTheHome() throws {
    let f = try Fixture()
    let tables = try f.db.read { db in
      try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    }
    let copied = Set(ResidentTables.all.map(\.name))
    for table in tables {
      #expect(
        copied.contains(table) != (ResidentTables.notAboutOneResident[table] != nil),
        "\(table) must be in exactly one of ResidentTables.all and notAboutOneResident")
    }
    #expect(copied.isSubset(of: Set(tables)))
  }

  @Test func copiedTablesAreListedChildrenFirst() throws {
    let f = try Fixture()
    let order = ResidentTables.all.map(\.name)
    try f.db.read { db in
      for (i, table) in order.enumerated() {
        for fk in try db.foreignKeys(on: table) where order.contains(fk.destinationTable) && fk.destinationTable != table {
          // A parent comes after its children, except the register entry, which is never deleted.
          guard fk.destinationTable != "resident" else { continue }
          #expect(order.firstIndex(of: fk.destinationTable).map { $0 > i } == true, "\(table) → \(fk.destinationTable)")
        }
      }
    }
  }

  @Test func theFirstNameIsReplacedOnlyAsAWholeWord() {
    #expect(Pseudonymising.wholeWord("Bo", in: "Bo slog. Bodil og Bo-Erik så det.", with: "P-X") == "P-X slog. Bodil og P-X-Erik så det.")
    #expect(Pseudonymising.wholeWord("Åse", in: "Åses bror, Åse", with: "P-X") == "Åses bror, P-X")
  }

  @Test func aRetentionRunOnTheSmallHome() throws {
    let f = try Fixture()
    let movedOut = CalendarDay(year: 2020, month: 6, day: 30)!
    var a = f.residentA!
    a.movedOut = movedOut
    a = try f.db.residents.update(a, by: f.leader)
    _ = try f.db.notes.add(NewNote(residentID: a.id, text: "Bjørn Ågård gik en tur, CPR 010190-1234."), by: f.staffA)
    _ = try f.db.notes.add(NewNote(residentID: f.residentB.id, text: "Birgit så Bjørn Ågård."), by: f.staffB)
    #expect(try f.db.retention.due(actor: f.admin).isEmpty)
    try f.db.retention.setRule(.notes, months: 24, rule: "2 år", by: f.admin)
    try f.db.retention.setRule(.register, months: 48, rule: "4 år", by: f.admin)
    // 29 May 2024: the notes' two years have passed (from 1 July 2022), the register's four not yet.
    let due = try f.db.retention.due(actor: f.admin)
    #expect(due.map(\.residentID) == [a.id] && due[0].items.map(\.kind) == [.notes])
    #expect(throws: StorageError.accessDenied) { try f.db.retention.apply(actor: f.leader) }
    let result = try f.db.retention.apply(actor: f.admin)
    #expect(result == RetentionRunResult(residents: 1, rowsByKind: [.notes: 1], pseudonymised: 0))
    #expect(try f.db.notes.list(residentID: a.id, actor: f.leader).isEmpty)
    #expect(try f.db.notes.list(residentID: f.residentB.id, actor: f.leader).count == 1)
    #expect(try f.db.maintenance.integrityCheck().isOK)
    // Two years on, the register entry becomes a pseudonym; the other resident's note is kept as written.
    f.clock.now = f.clock.now.addingTimeInterval(2 * 366 * 86_400)
    #expect(try f.db.retention.apply(actor: f.admin).pseudonymised == 1)
    let row = try f.db.read { db in try Row.fetchOne(db, sql: "SELECT name, cpr FROM resident WHERE id = ?", arguments: [a.id]) }
    let name: String = row?["name"] ?? ""
    #expect(Pseudonym.isPseudonym(name) && row?["cpr"] == name)
    #expect(try f.db.notes.list(residentID: f.residentB.id, actor: f.leader).first?.text == "Birgit så Bjørn Ågård.")
    #expect(throws: StorageError.residentNotAvailable) { try f.db.residents.fetch(id: a.id, actor: f.leader) }
    #expect(try f.db.search.search("Bjørn", actor: f.leader).allSatisfy { $0.residentID != a.id })
    #expect(try f.db.maintenance.integrityCheck().isOK)
  }

  @Test func pseudonymsAreStableInShape() {
    var g = SystemRandomNumberGenerator()
    let drawn = (0..<50).map { _ in Pseudonym.draw(using: &g) }
    #expect(drawn.allSatisfy(Pseudonym.isPseudonym))
    #expect(Set(drawn).count > 45)
    #expect(!Pseudonym.isPseudonym("P-0O1I23"))
  }
}
