import Foundation
import GRDB
import Testing
import TovholderCore

@testable import TovholderStorage

@Suite struct EpisodesForceStorageTests {
  static var skema1: ForceForm {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Resources/catalogues/episodes/episodes-force-skema1.json")
    return try! ForceForm.parse([UInt8](try! Data(contentsOf: url)))
  }

  static func answers(_ form: ForceForm, day: CalendarDay) -> [String: String] {
    var a: [String: String] = [:]
    for field in form.fields where field.required {
      switch field.kind {
      case .date: a[field.id] = day.iso
      case .time: a[field.id] = "02:40"
      case .choice, .yesNo: a[field.id] = form.options(of: field)[0]
      default: a[field.id] = "svar \(field.id)"
      }
    }
    return a
  }

  @Test func registerAssessSendInformExport() throws {
    let f = try Fixture()
    let form = Self.skema1
    let today = CalendarDay(f.clock.now, in: .danish)
    let e = try f.db.episodes.quickLog(
      QuickLog(residentID: f.residentA.id, occurredAt: f.clock.now, summary: "slog"), by: f.staffA)
    var r = try f.db.force.register(
      residentID: f.residentA.id, episodeID: e.id, form: form, answers: Self.answers(form, day: today), by: f.staffA)
    #expect(r.status == .registered && r.formVersion == form.version)
    #expect(throws: StorageError.forceFlow(.notLeader)) {
      try f.db.force.assess(id: r.id, assessment: "ok", version: r.version, by: f.staffA)
    }
    #expect(throws: StorageError.forceFlow(.notAssessed)) {
      try f.db.force.markSent(id: r.id, municipality: today, supervisor: today, version: r.version, by: f.leader)
    }
    #expect(try f.db.force.openQueue(actor: f.leader).map(\.report.id) == [r.id])
    f.clock.advance(86_400)
    let tomorrow = CalendarDay(f.clock.now, in: .danish)
    r = try f.db.force.assess(id: r.id, assessment: "Nødvendigt og forholdsmæssigt", version: r.version, by: f.leader)
    #expect(r.status == .assessed && r.assessedByName == "Lise Leder")
    #expect(throws: StorageError.invalidForceForm(.missing("foer"))) {
      var a = Self.answers(form, day: today)
      a["foer"] = ""
      _ = try f.db.force.register(residentID: f.residentA.id, episodeID: nil, form: form, answers: a, by: f.staffA)
    }
    r = try f.db.force.markSent(
      id: r.id, municipality: tomorrow, supervisor: tomorrow, version: r.version, by: f.leader)
    #expect(r.status == .sent)
    r = try f.db.force.markInformed(id: r.id, on: tomorrow, who: "Værge", version: r.version, by: f.leader)
    #expect(r.relativesInformedOn == tomorrow)
    #expect(try f.db.force.openQueue(actor: f.leader).isEmpty)
    let text = try f.db.force.exportText(id: r.id, forms: [form], wording: .da, actor: f.leader)
    #expect(text.contains("Skema 1") && text.contains(form.version) && text.contains("Bjørn Ågård (010190-1234)"))
    #expect(
      text.contains("Sendt til socialtilsynet: \(DateWording.day(tomorrow))")
        && text.contains("Værge/pårørende orienteret: \(DateWording.day(tomorrow)) (Værge)"))
    #expect(throws: StorageError.residentNotAvailable) {
      try f.db.force.exportText(id: r.id, forms: [form], wording: .da, actor: f.staffB)
    }
    let actions = try f.raw().read {
      try String.fetchAll($0, sql: "SELECT action FROM auditLog WHERE action LIKE 'force.%' ORDER BY id")
    }
    for step in ["force.register", "force.assess", "force.sent", "force.informed", "force.export"] {
      #expect(actions.contains(step), "\(step)")
    }
    #expect(try f.db.audit.verify().isIntact)
  }

  @Test func staleVersionIsRefused() throws {
    let f = try Fixture()
    let form = Self.skema1
    let r = try f.db.force.register(
      residentID: f.residentA.id, episodeID: nil, form: form,
      answers: Self.answers(form, day: CalendarDay(f.clock.now, in: .danish)),
      by: f.staffA)
    _ = try f.db.force.assess(id: r.id, assessment: "ok", version: r.version, by: f.leader)
    #expect(throws: StorageError.versionConflict(changedBy: "Lise Leder", at: f.clock.now)) {
      try f.db.force.assess(id: r.id, assessment: "andet", version: r.version, by: f.leader)
    }
    #expect(try f.db.force.fetch(id: r.id, actor: f.leader).assessment == "ok")
  }
}
