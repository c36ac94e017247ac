import Foundation
import GRDB
import Testing
import TovholderCore

@testable import TovholderStorage

/// `check` compares every record of a resident's data with the content hash of its last
/// audited write: edits through the program keep it whole, edits with SQLite outside the
/// program are named by table and id.
@Suite struct ContentHashTests {
  /// How someone with the file changes a record of each covered table outside the program
  /// (`?` is the record's id; consent history refuses updates, so it is deleted).
  static let outsideEdits: [ContentHash.Table: String] = [
    .note: "UPDATE note SET text = 'Spiste ikke' WHERE id = ?",
    .resident: "UPDATE resident SET name = 'Anden Person' WHERE id = ?",
    .incident: "UPDATE incident SET headline = 'Intet skete' WHERE id = ?",
    .plan: "UPDATE plan SET wish = 'Et andet ønske' WHERE id = ?",
    .screening: "UPDATE screening SET note = 'Ændret' WHERE id = ?",
    .screeningAssignment: "UPDATE screeningAssignment SET startDay = '2020-01-01' WHERE id = ?",
    .healthConsent: "DELETE FROM healthConsent WHERE id = ?",
    .relative: "UPDATE relative SET name = 'Ukendt' WHERE id = ?",
    .relativeConsent: "UPDATE relativeConsent SET withdrawnOn = NULL WHERE id = ?",
    .guardianship: "UPDATE guardianship SET economic = 0, personal = 1 WHERE id = ?",
    .contactLog: "UPDATE contactLog SET said = 'Intet' WHERE id = ?",
    .relativesResident: "UPDATE relativesResident SET expectationsMeetingOn = '2020-01-01' WHERE residentId = ?",
    .violentEpisode: "UPDATE violentEpisode SET summary = 'Intet' WHERE id = ?",
    .forceReport: "UPDATE forceReport SET assessment = 'Ændret' WHERE id = ?",
    .riskCheck: "UPDATE riskCheck SET score = score + 1 WHERE id = ?",
    .riskResident: "DELETE FROM riskResident WHERE residentId = ?",
  ]

  @Test func programWritesToEveryCoveredTableKeepCheckWhole() throws {
    let c = try CoveredRecords()
    #expect(c.namedAfterWrites == [])
    let report = try c.db.maintenance.integrityCheck()
    #expect(report.isOK)
    #expect(report.tampering.changedRows == [])
    #expect(report.tampering.uncheckedRows == 0)
    for table in ContentHash.Table.allCases {
      #expect(try c.id(of: table) > 0, "no audited write of \(table.rawValue)")
    }
    // Both residents and at least one record of every other table.
    #expect(report.tampering.checkedRows >= ContentHash.Table.allCases.count + 1)
  }

  @Test(arguments: ContentHash.Table.allCases)
  func checkNamesARecordChangedOutsideTheProgram(_ table: ContentHash.Table) throws {
    let c = try CoveredRecords()
    let sql = try #require(Self.outsideEdits[table], "no outside edit for \(table.rawValue)")
    let id = try c.id(of: table)
    try c.outside(sql, [id])
    let report = try c.db.maintenance.integrityCheck()
    #expect(report.audit.isIntact)  // the chain alone cannot see it
    #expect(report.tampering.changedRows == [.init(table: table.rawValue, id: id)])
    #expect(!report.isOK)
  }

  /// A record's parts (a plan's goals, values and meetings; an incident's actions) are
  /// hashed with it: changing, adding or removing one names the plan or the incident.
  @Test(arguments: [
    "UPDATE incidentAction SET owner = 'Ingen'",
    "UPDATE planGoal SET title = 'Et andet mål'",
    "UPDATE planSubGoal SET target = 2",
    "UPDATE planIntervention SET isActive = 0",
    "UPDATE planProgress SET value = 4",
    """
    INSERT INTO planProgress (subGoalId, value, recordedAt, timeZone, authorId)
      SELECT subGoalId, 0, recordedAt, timeZone, authorId FROM planProgress
    """,
    "UPDATE planFollowUp SET participants = 'Ingen'",
    "UPDATE planDecision SET score = 4",
    "DELETE FROM planHistory",
  ])
  func checkNamesTheRecordWhosePartChanged(_ sql: String) throws {
    let c = try CoveredRecords()
    let table: ContentHash.Table = sql.contains("incidentAction") ? .incident : .plan
    try c.outside(sql)
    let report = try c.db.maintenance.integrityCheck()
    #expect(report.tampering.changedRows == [.init(table: table.rawValue, id: try c.id(of: table))])
  }

  /// A row with no audited hash (written before the content hash, or put in by hand with no
  /// audit row) cannot be compared: it is counted, not reported as changed.
  @Test func rowsWithoutAnAuditedHashAreCountedAsUnchecked() throws {
    let f = try Fixture()
    try f.raw().write { db in
      try db.execute(
        sql: """
          INSERT INTO note (residentId, authorId, kind, text, writtenAt, timeZone, updatedAt)
          VALUES (?, ?, 'daily', 'Uden revisionsspor', '2024-05-29 16:00:00.000', 'Europe/Copenhagen',
            '2024-05-29 16:00:00.000')
          """, arguments: [f.residentA.id, f.staffA.accountID])
    }
    let report = try f.db.maintenance.integrityCheck()
    #expect(report.tampering.uncheckedRows == 1)
    #expect(report.tampering.checkedRows == 2)
    #expect(report.isOK)
  }

  /// The monthly batch report stamps incidents under one audit row naming the batch; the
  /// stamp is bookkeeping, so it changes no incident's content.
  @Test func theBookkeepingColumnsOfAnIncidentAreNotItsContent() throws {
    let c = try CoveredRecords()
    let id = try c.id(of: .incident)
    let before = try c.db.pool.read { try ContentHash.of($0, table: .incident, id: id) }
    try c.outside("UPDATE incident SET version = version + 1, updatedAt = '2030-01-01 00:00:00.000' WHERE id = ?", [id])
    #expect(try c.db.pool.read { try ContentHash.of($0, table: .incident, id: id) } == before)
    try c.outside("UPDATE incident SET severity = 0 WHERE id = ?", [id])
    #expect(try c.db.pool.read { try ContentHash.of($0, table: .incident, id: id) } != before)
  }
}
