import Foundation
import GRDB
import TovholderCore

/// Statistics, the board counter and exports: aggregates in SQL over the indexes, so ten
/// years of events count in milliseconds.
extension IncidentRepository {
  /// Events per month, category and unit in `months` for the leader's units (or `unitIDs`,
  /// a subset of them). Rejected events are not counted. Aggregates only: not audited.
  public func statistics(months: ClosedRange<IncidentMonth>, unitIDs: Set<UnitID>? = nil, by actor: Actor)
    throws(StorageError) -> IncidentStatistics
  {
    let units = try reviewUnits(unitIDs, actor: actor)
    let all = IncidentMonth.range(months.lowerBound, months.upperBound)
    return try db.read { db in
      let request: SQLRequest<CountRow> = """
        SELECT occurredMonth, categoryCode, unitId, COUNT(*) AS n FROM incident
        WHERE occurredMonth BETWEEN \(months.lowerBound.text) AND \(months.upperBound.text) AND status <> 'rejected'
          AND +unitId IN \(units)
        GROUP BY occurredMonth, categoryCode, unitId
        """
      let cells = try request.fetchAll(db).map { row -> IncidentStatistics.Cell in
        guard let month = IncidentMonth(text: row.occurredMonth) else {
          throw StorageError.undecodable(table: IncidentRow.databaseTableName, id: "occurredMonth=\(row.occurredMonth)")
        }
        return IncidentStatistics.Cell(month: month, categoryCode: row.categoryCode, unitID: row.unitId, count: row.n)
      }
      return IncidentStatistics(months: all, cells: cells)
    }
  }

  /// "Dage uden medicineringsfejl" for each of the actor's units (staff see their own units'
  /// boards too): days since the last medicine event that was not rejected.
  public func daysWithoutMedicineError(catalogue: IncidentCatalogue, by actor: Actor)
    throws(StorageError) -> [DaysWithoutMedicineError]
  {
    let units = Array(AccessRules.visibleUnitIDs(for: actor)).sorted()
    let codes = catalogue.medicineCodes
    let today = CalendarDay(db.now, in: .danish)
    guard !codes.isEmpty else { return [] }
    return try db.read { db in
      try units.compactMap { unitID in
        guard let name = try UnitRow.fetchOne(db, key: unitID)?.name else { return nil }
        let newest: SQLRequest<CalendarDay> = """
          SELECT MAX(occurredDay) FROM incident
          WHERE unitId = \(unitID) AND categoryCode IN \(codes) AND status <> 'rejected'
          """
        let last = try newest.fetchOne(db)
        return DaysWithoutMedicineError(unitID: unitID, unitName: name, lastDay: last, today: today)
      }
    }
  }

  /// The events of the leader's units that occurred in `period` (all if nil), oldest first,
  /// as text in `format` — never with the reporter's identity. Audited as one export row.
  public func export(
    period: ClosedRange<CalendarDay>?, format: IncidentExport.Format, includeRejected: Bool = false,
    wording: Wording, by actor: Actor
  ) throws(StorageError) -> String {
    let units = try reviewUnits(nil, actor: actor)
    let now = db.now
    // Each event is turned into text as it is read, so a ten-year export holds the text
    // and one event at a time, not every row and every event besides.
    return try db.write { db -> String in
      let names = Dictionary(
        uniqueKeysWithValues: try UnitRow.fetchAll(db).map { try $0.unit() }.map { ($0.id, $0.name) })
      var request = IncidentRow.filter(units.contains(IncidentRow.Columns.unitId))
      if let period {
        request = request.filter((period.lowerBound...period.upperBound).contains(IncidentRow.Columns.occurredDay))
      }
      if !includeRejected { request = request.filter(Column("status") != IncidentStatus.rejected) }
      let anonymous = Actor(accountID: -1, displayName: "", role: .staff, unitIDs: [])
      var text = format == .csv ? IncidentExport.csvStart(wording) : ""
      let rows = try request.order(IncidentRow.Columns.occurredDay, Column("occurredMinute"), Column("id"))
        .fetchCursor(db)
      var first = true
      while let row = try rows.next() {
        let incident = try row.incident(reporterName: "", actions: [], actor: anonymous)
        switch format {
        case .csv: text += IncidentExport.csvRow(incident, unitNames: names, wording: wording)
        case .dpsd:
          text += (first ? "" : "\n\n") + IncidentExport.dpsdBlock(incident, unitNames: names, wording: wording)
        }
        first = false
      }
      if format == .dpsd && !first { text += "\n" }
      try AuditLog.append(db, at: now, actor: actor, action: .exportIncidents)
      return text
    }
  }

  /// The leader's units, narrowed to `wanted` if given; `.accessDenied` for non-leaders.
  func reviewUnits(_ wanted: Set<UnitID>?, actor: Actor) throws(StorageError) -> [UnitID] {
    var units = IncidentRules.reviewUnits(for: actor)
    if let wanted { units = units.intersection(wanted) }
    guard actor.role == .leader else { throw .accessDenied }
    return units.sorted()
  }
}

extension IncidentRepository {
  /// The names events were saved with, for category codes no longer in the catalogue (so
  /// statistics keep a row for them). Names of categories only: not audited.
  public func savedCategoryNames(_ codes: [String]) throws(StorageError) -> [String: String] {
    guard !codes.isEmpty else { return [:] }
    return try db.read { db in
      let request: SQLRequest<SavedName> = """
        SELECT categoryCode, MAX(categoryName) AS name FROM incident
        WHERE categoryCode IN \(codes) GROUP BY categoryCode
        """
      return Dictionary(try request.fetchAll(db).map { ($0.categoryCode, $0.name) }, uniquingKeysWith: { a, _ in a })
    }
  }
}

/// Events counted per month, category and unit.
private struct CountRow: Decodable, FetchableRecord {
  var occurredMonth: String
  var categoryCode: String
  var unitId: UnitID
  var n: Int
}

/// The name events of a category were saved with.
private struct SavedName: Decodable, FetchableRecord {
  var categoryCode: String
  var name: String
}
