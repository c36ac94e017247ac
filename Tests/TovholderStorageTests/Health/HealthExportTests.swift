import Foundation
import GRDB
import Testing
import TovholderCore

@testable import TovholderStorage

@Suite struct HealthExportTests {
  static let texts: [String: String] = {
    let url = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Resources/texts/health.da.json")
    return try! JSONDecoder().decode([String: String].self, from: Data(contentsOf: url))
  }()

  let format = HealthFormat(language: "da") { HealthExportTests.texts[$0] ?? $0 }

  @Test func exportNeedsConsentAndSummarisesForTheGP() throws {
    let f = try Fixture()
    f.clock.now = healthNoon(2024, 6, 1)
    try f.db.health.assign(
      residentID: f.residentA.id, templateKey: "weight", startDay: CalendarDay(year: 2024, month: 1, day: 1)!,
      by: f.staffA)
    try f.db.health.assign(
      residentID: f.residentA.id, templateKey: "sight", startDay: CalendarDay(year: 2024, month: 7, day: 1)!,
      by: f.staffA)
    _ = try weight(f, 80, healthNoon(2024, 3, 1), height: 178)
    let flagged = try weight(f, 75.2, healthNoon(2024, 5, 30))
    try f.db.health.setNurse(f.staffA.accountID, true, by: f.leader)
    try f.db.health.markSeen(flagged, note: "Lægetid bestilt", by: f.staffA)
    #expect(throws: StorageError.health(.noHealthConsent)) {
      try f.db.health.exportSummary(residentID: f.residentA.id, actor: f.staffA)
    }
    try f.db.health.recordConsent(
      residentID: f.residentA.id, status: .given, form: .oral, day: CalendarDay(year: 2024, month: 2, day: 1)!,
      by: f.staffA)
    let summary = try f.db.health.exportSummary(residentID: f.residentA.id, actor: f.staffA)
    let text = summary.text(format)
    #expect(text.contains("Borger: Bjørn Ågård, CPR 010190-1234, Hus A"))
    #expect(text.contains("(sundhedsloven §18): givet mundtligt 01-02-2024"))
    #expect(text.contains("Vægt og BMI (hver måned) – næste gang 30-06-2024"))
    #expect(
      text.contains(
        "  30-05-2024  Vægt 75,2 kg · Højde 178 cm · BMI 23,7 kg/m²  (!) Vægt faldet 6,0 % siden 01-03-2024 (80,0 kg)"))
    #expect(text.contains("Set af Anna Ærø 01-06-2024: Lægetid bestilt"))
    #expect(text.contains("Syn (hvert 2. år) – næste gang 01-07-2024"))
    #expect(text.contains("Ingen målinger endnu."))
    let audit = try f.db.pool.read { db in try String.fetchOne(db, sql: "SELECT action FROM auditLog ORDER BY id DESC")
    }
    #expect(audit == "health.export")
    #expect(throws: StorageError.residentNotAvailable) {
      try f.db.health.exportSummary(residentID: f.residentA.id, actor: f.staffB)
    }
  }
}
