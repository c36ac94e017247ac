import Foundation
import GRDB
import TovholderCore

extension HealthRepository {
  /// The summary for the GP: every active assignment with its `perTemplate` newest
  /// screenings. Refused with `.health(.noHealthConsent)` unless the resident's current
  /// health consent is given. Audited as an export of the record.
  public func exportSummary(residentID: ResidentID, actor: Actor, perTemplate: Int = 6) throws(StorageError)
    -> ScreeningSummary
  {
    let now = db.now
    let builtIn = builtIn
    return try db.write { db in
      let r = try ResidentRow.visible(db, id: residentID, actor: actor)
      guard
        let summary = try HealthExport.summary(
          db, resident: r, now: now, by: actor, perTemplate: perTemplate, builtIn: builtIn)
      else { throw StorageError.health(.noHealthConsent) }
      try AuditLog.append(db, at: now, actor: actor, action: .exportScreenings, residentID: r.id)
      return summary
    }
  }
}

enum HealthExport {
  /// The summary inside the caller's transaction, or nil when the resident's current health
  /// consent does not allow sharing. Not audited: the caller records what it gives out.
  static func summary(
    _ db: Database, resident r: Resident, now: Date, by actor: Actor, perTemplate: Int, builtIn: HealthCatalogue
  ) throws -> ScreeningSummary? {
    let consents = try HealthRows.consents(db, residentID: r.id)
    guard let consent = consents.first, consent.allowsSharing else { return nil }
    let catalogue = try HealthRows.catalogue(db, builtIn: builtIn)
    let assignments =
      try ScreeningAssignmentRow
      .filter(ScreeningAssignmentRow.Columns.residentId == r.id && ScreeningAssignmentRow.Columns.isActive)
      .fetchAll(db).map { try $0.assignment() }
    var sections: [ScreeningSummary.Section] = []
    for t in catalogue.templates {
      guard let a = assignments.first(where: { $0.templateKey == t.key }) else { continue }
      let list = try HealthRows.screenings(db, residentID: r.id, templateKey: t.key, limit: perTemplate)
      let interval = a.effectiveInterval(t)
      sections.append(
        ScreeningSummary.Section(
          template: t, interval: interval,
          due: DueRule.nextDue(lastTaken: list.first?.day, startDay: a.startDay, interval: interval),
          screenings: list))
    }
    let unitName = try UnitRow.fetchOne(db, key: r.unitID)?.name ?? ""
    return ScreeningSummary(
      residentName: r.name, cpr: r.cpr, unitName: unitName, generatedAt: now, generatedBy: actor.displayName,
      consent: consent, sections: sections)
  }
}
