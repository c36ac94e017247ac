import Foundation
import GRDB
import Testing
import TovholderCore
import TovholderStorage

@testable import TovholderApp

/// Retention on the demo home (now Thursday 3 December 2026): its three former residents moved
/// out 31 October, 9 November and 22 September 2026, so with one-month periods two are due and
/// one is not yet. UTH events are kept for statistics (15 years); the register entry's end
/// replaces the name and CPR number with a pseudonym.
@Suite(.serialized) struct RetentionDemoTests {
  struct Home {
    let f: AppFixture
    let admin: Actor
    let leader: Actor
    let formers: [Resident]
    var due: [Resident] { formers.filter { $0.movedOut.map { $0.adding(months: 1) < f.today } ?? false } }
    var notYet: [Resident] { formers.filter { !due.contains($0) } }
  }

  func home() throws -> Home {
    let f = try AppFixture(user: "leder")
    let admin = try f.database.accounts.signIn(username: "admin", password: DemoHome.password)
    let leader = f.session.actor
    let formers = try f.database.residents.list(for: leader, which: .former)
    for kind in RetentionKind.allCases where kind != .incidents {
      try f.database.retention.setRule(kind, months: 1, rule: "Testregel for \(kind.rawValue)", by: admin)
    }
    try f.database.retention.setRule(.incidents, months: 180, rule: "UTH: 15 år", by: admin)
    return Home(f: f, admin: admin, leader: leader, formers: formers)
  }

  @Test func aKindWithoutAPeriodIsKeptAndOnlyAnAdminSetsOne() throws {
    let f = try AppFixture(user: "leder")
    let admin = try f.database.accounts.signIn(username: "admin", password: DemoHome.password)
    #expect(try f.database.retention.rules(actor: admin).isEmpty)
    #expect(try f.database.retention.due(actor: admin).isEmpty)
    #expect(throws: StorageError.accessDenied) {
      try f.database.retention.setRule(.notes, months: 12, rule: "x", by: f.session.actor)
    }
    #expect(throws: StorageError.retention(.ruleMissing)) {
      try f.database.retention.setRule(.notes, months: 12, rule: "  ", by: admin)
    }
    try f.database.retention.setRule(.notes, months: 60, rule: "Arkivloven", by: admin)
    f.clock.advance(60)
    try f.database.retention.setRule(.notes, months: 120, rule: "Bevaringsregler § 3", by: admin)
    let history = try f.database.retention.history(of: .notes, actor: f.session.actor)
    #expect(history.map(\.months) == [120, 60])
    #expect(history.allSatisfy { $0.setByName == admin.displayName })
    #expect(try f.database.retention.rules(actor: f.session.actor)[.notes]?.rule == "Bevaringsregler § 3")
    let log = try f.database.audit.recent(actor: admin, limit: 5)
    #expect(log.filter { $0.action == .setRetention }.count == 2)
  }

  @Test func theDryRunCountsPerResidentAndKindAndDeletesNothing() throws {
    let h = try home()
    #expect(h.due.count == 2 && h.notYet.count == 1)
    let due = try h.f.database.retention.due(actor: h.leader)
    #expect(Set(due.map(\.residentID)) == Set(h.due.map(\.id)))
    let reader = try DatabaseQueue(path: h.f.url.path)
    for resident in due {
      let notes = try reader.read { db in
        try Int.fetchOne(db, sql: "SELECT count(*) FROM note WHERE residentId = ?", arguments: [resident.residentID])
      }
      #expect(resident.items.first { $0.kind == .notes }?.rows == notes)
      #expect(resident.items.contains { $0.kind == .register && $0.rows == 1 })
      #expect(!resident.items.contains { $0.kind == .incidents })
    }
    let again = try h.f.database.retention.due(actor: h.leader)
    #expect(again == due)
  }

  @Test func applyingDeletesWhatIsDueLeavesNoTraceAndCheckStillPasses() throws {
    let h = try home()
    let db = h.f.database
    let gone = h.due[0]
    // A note only this resident has, to look for in the file afterwards.
    let secret = "Hemmeligt ord ZQXJVUW om \(gone.name)"
    _ = try db.notes.add(NewNote(residentID: gone.id, text: secret), by: h.leader)
    #expect(try !db.search.search("ZQXJVUW", actor: h.leader).isEmpty)
    let incidentsBefore = try count(h, "SELECT count(*) FROM incident WHERE residentId = ?", gone.id)
    let keptNotes = try count(h, "SELECT count(*) FROM note WHERE residentId = ?", h.notYet[0].id)

    let result = try db.retention.apply(actor: h.admin)
    #expect(result.residents == 2 && result.pseudonymised == 2)
    #expect((result.rowsByKind[.notes] ?? 0) > 0)

    for r in h.due {
      for table in [
        "note", "plan", "screening", "screeningAssignment", "healthConsent", "relative", "contactLog",
        "violentEpisode", "forceReport", "riskCheck", "riskResident", "searchItem",
      ] {
        #expect(try count(h, "SELECT count(*) FROM \(table) WHERE residentId = ?", r.id) == 0, "\(table) of \(r.id)")
      }
      let pseudonym = try pseudonymOf(h, r.id)
      #expect(pseudonym.map(Pseudonym.isPseudonym) == true)
      let stored = try DatabaseQueue(path: h.f.url.path).read { db in
        try Row.fetchOne(db, sql: "SELECT name, cpr FROM resident WHERE id = ?", arguments: [r.id])
      }
      #expect(stored?["name"] == pseudonym && stored?["cpr"] == pseudonym)
    }
    #expect(try count(h, "SELECT count(*) FROM incident WHERE residentId = ?", gone.id) == incidentsBefore)
    #expect(try count(h, "SELECT count(*) FROM note WHERE residentId = ?", h.notYet[0].id) == keptNotes)

    // No trace in search, in exports, or in the file's bytes.
    #expect(try db.search.search("ZQXJVUW", actor: h.leader).isEmpty)
    #expect(try db.search.search(gone.name, actor: h.leader).allSatisfy { $0.residentID != gone.id })
    let exported = try db.incidents.export(
      period: nil, format: .csv, includeRejected: true, wording: h.f.context.texts.wording, by: h.leader)
    for r in h.due { #expect(!exported.contains(r.name) && !exported.contains(r.cpr.formatted)) }
    #expect(throws: StorageError.residentNotAvailable) { try db.rights.copy(residentID: gone.id, actor: h.leader) }
    for suffix in ["", "-wal"] {
      let bytes = FileManager.default.contents(atPath: h.f.url.path + suffix) ?? Data()
      #expect(bytes.range(of: Data("ZQXJVUW".utf8)) == nil, "the deleted word is still in the file\(suffix)")
      #expect(bytes.range(of: Data("zqxjvuw".utf8)) == nil, "the search index still holds the word\(suffix)")
    }

    // The chain and every audited row still check out; the deletions are in the audit log.
    let report = try db.maintenance.integrityCheck()
    #expect(report.sqliteOK && report.audit.isIntact && report.tampering.isClean, "\(report)")
    let log = try db.audit.recent(actor: h.admin, limit: 200)
    #expect(log.contains { $0.action == .retentionDelete && $0.residentID == gone.id })
    #expect(log.contains { $0.action == .pseudonymise && $0.residentID == gone.id })

    // A second run finds nothing, and the pseudonym stays what it was.
    let first = try pseudonymOf(h, gone.id)
    #expect(try db.retention.due(actor: h.admin).isEmpty)
    #expect(try db.retention.apply(actor: h.admin).residents == 0)
    #expect(try pseudonymOf(h, gone.id) == first)
  }

  @Test func aRowChangedAfterTheRunIsStillCaught() throws {
    let h = try home()
    let current = try h.f.database.residents.list(for: h.leader)[0]
    let note = try h.f.database.notes.add(NewNote(residentID: current.id, text: "Skrevet i programmet"), by: h.leader)
    _ = try h.f.database.retention.apply(actor: h.admin)
    let writer = try DatabaseQueue(path: h.f.url.path)
    try writer.write { db in
      try db.execute(sql: "DELETE FROM note WHERE id = ?", arguments: [note.id])
      try db.execute(sql: "DROP TRIGGER retentionDeletion_noUpdate")
      try db.execute(sql: "UPDATE retentionDeletion SET rowCount = rowCount + 1 WHERE id = 1")
    }
    let report = try h.f.database.maintenance.integrityCheck()
    #expect(report.tampering.changedRows.contains { $0.table == "note" && $0.id == note.id })
    #expect(report.tampering.changedRows.contains { $0.table == "retentionDeletion" && $0.id == 1 })
    #expect(report.tampering.missingTriggers == ["retentionDeletion_noUpdate"])
  }

  func pseudonymOf(_ h: Home, _ id: Int64) throws -> String? {
    try DatabaseQueue(path: h.f.url.path).read { db in
      try String.fetchOne(db, sql: "SELECT pseudonym FROM residentPseudonym WHERE residentId = ?", arguments: [id])
    }
  }

  func count(_ h: Home, _ sql: String, _ id: Int64) throws -> Int {
    try DatabaseQueue(path: h.f.url.path).read { db in try Int.fetchOne(db, sql: sql, arguments: [id]) ?? -1 }
  }
}
