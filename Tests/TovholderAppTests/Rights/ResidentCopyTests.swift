import Foundation
import GRDB
import Testing
import TovholderCore
import TovholderResources
import TovholderStorage

@testable import TovholderApp

/// The full copy (GDPR art. 15) of the demo home's residents: it validates against the JSON
/// Schema in the repository, and holds every row each resident has in every table, counted
/// here independently of the program: a row is the resident's when it names them, or names a
/// row that is theirs, through the schema's foreign keys.
@Suite(.serialized) struct ResidentCopyTests {
  static let schema: JSONSchemaValidator = {
    let root = (try? JSONValue.parse(Data(TovholderResources.residentCopySchema))) ?? .null
    return JSONSchemaValidator(root: root)
  }()

  @Test func everyResidentsCopyValidatesAndHoldsEveryRowOfEveryTable() throws {
    let f = try AppFixture(user: "leder")
    let leader = f.session.actor
    let residents = try f.database.residents.list(for: leader, which: .all)
    #expect(residents.count >= 20)
    let reader = try DatabaseQueue(path: f.url.path, configuration: Self.readOnly)
    let counted = try reader.read { db in try Self.tablesAboutResidents(db) }
    var tablesWithRows = Set<String>()
    for r in residents {
      let copy = try f.database.rights.copy(residentID: r.id, actor: leader)
      let json = try copy.json { RightsWords.what($0, f.context.texts) }
      let document = try JSONValue.parse(Data(json.utf8))
      let problems = Self.schema.errors(document)
      #expect(problems.isEmpty, "resident \(r.id): \(problems.prefix(5))")
      guard case .object(let tables)? = document["tables"] else {
        Issue.record("no tables in the copy of \(r.id)")
        continue
      }
      #expect(Set(tables.keys) == Set(counted.keys), "tables in the copy differ from those about a resident")
      for (table, sql) in counted {
        let expected = try reader.read { db in try Int.fetchOne(db, sql: sql, arguments: [r.id]) ?? -1 }
        guard case .array(let rows)? = tables[table] else {
          Issue.record("\(table) missing from the copy of \(r.id)")
          continue
        }
        #expect(rows.count == expected, "resident \(r.id), \(table): \(rows.count) in the copy, \(expected) stored")
        if expected > 0 { tablesWithRows.insert(table) }
      }
      #expect(document["resident"]?["name"] == .string(r.name))
    }
    // The demo home exercises every area, so the check above counted real rows everywhere.
    for table in [
      "note", "plan", "planGoal", "planProgress", "relative", "relativeConsent", "contactLog", "screening",
      "incident", "violentEpisode", "forceReport", "riskCheck", "guardianship",
    ] {
      #expect(tablesWithRows.contains(table), "no demo resident has rows in \(table)")
    }
  }

  @Test func theValidatorRejectsWhatTheSchemaForbids() throws {
    let f = try AppFixture(user: "leder")
    let resident = try f.database.residents.list(for: f.session.actor)[0]
    let json = try f.database.rights.copy(residentID: resident.id, actor: f.session.actor).json { _ in "x" }
    let good = try JSONValue.parse(Data(json.utf8))
    #expect(Self.schema.errors(good).isEmpty)
    guard case .object(var top) = good, case .object(var tables)? = top["tables"],
      case .array(var notes)? = tables["note"], case .object(var note)? = notes.first
    else {
      Issue.record("the copy has no note to spoil")
      return
    }
    note["text"] = .integer(5)
    note["smuggled"] = .string("x")
    note.removeValue(forKey: "writtenAt")
    notes[0] = .object(note)
    tables["note"] = .array(notes)
    tables.removeValue(forKey: "plan")
    top["tables"] = .object(tables)
    top["formatVersion"] = .integer(2)
    let errors = Self.schema.errors(.object(top)).joined(separator: "\n")
    #expect(errors.contains("$.tables.note[0].text: expected string"))
    #expect(errors.contains("unexpected property smuggled"))
    #expect(errors.contains("missing writtenAt"))
    #expect(errors.contains("$.tables: missing plan"))
    #expect(errors.contains("$.formatVersion: expected the constant"))
  }

  @Test func theCopyIsForLeadersOfTheUnitAndIsAudited() throws {
    let f = try AppFixture(user: "personale")
    let resident = try f.database.residents.list(for: f.session.actor)[0]
    #expect(throws: StorageError.accessDenied) {
      try f.database.rights.copy(residentID: resident.id, actor: f.session.actor)
    }
    let leader = try f.database.accounts.signIn(username: "leder", password: DemoHome.password)
    let copy = try f.database.rights.copy(residentID: resident.id, actor: leader)
    let log = try f.database.rights.accessLog(residentID: resident.id, actor: leader)
    #expect(log.contains { $0.action == .exportResident && $0.actorName == leader.displayName })
    #expect(copy.generatedAt == f.now)
  }

  @Test func theReporterOfAnUnintendedEventIsNeverInTheCopy() throws {
    let f = try AppFixture(user: "leder")
    let leader = f.session.actor
    let reader = try DatabaseQueue(path: f.url.path, configuration: Self.readOnly)
    let rows = try reader.read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT i.residentId, i.reporterId, a.displayName FROM incident i JOIN account a ON a.id = i.reporterId
          WHERE i.residentId IS NOT NULL AND a.displayName <> ? LIMIT 3
          """, arguments: [leader.displayName])
    }
    #expect(!rows.isEmpty)
    for row in rows {
      let residentID: Int64 = row["residentId"]
      let reporter: String = row["displayName"]
      let copy = try f.database.rights.copy(residentID: residentID, actor: leader)
      guard let incidents = copy.table("incident") else {
        Issue.record("no incident table")
        continue
      }
      #expect(!incidents.columns.contains { $0.name == "reporterId" })
      for values in incidents.rows {
        for (column, value) in zip(incidents.columns, values) where column.isStaff {
          if case .integer(let id) = value { #expect(id != row["reporterId"] as Int64) }
        }
      }
      #expect(copy.accessLog.filter { $0.action == .createIncident }.allSatisfy { $0.actorName.isEmpty })
      let text = ResidentCopyText.render(copy, f.context.texts)
      let created = copy.accessLog.filter { $0.action == .createIncident }
      #expect(!created.isEmpty)
      #expect(text.contains("anmelder (fortrolig)"))
      let incidentSection = text.components(separatedBy: "Utilsigtede hændelser (UTH)").dropFirst().first ?? ""
      let section = incidentSection.components(separatedBy: "Magtanvendelser").first ?? ""
      #expect(!section.contains(reporter), "the reporter \(reporter) is named in the incidents")
    }
  }

  @Test func theTextDocumentNamesEveryFieldInBothLanguages() throws {
    for language in [Language.da, .en] {
      let f = try AppFixture(user: "leder", language: language)
      for r in try f.database.residents.list(for: f.session.actor).prefix(6) {
        let copy = try f.database.rights.copy(residentID: r.id, actor: f.session.actor)
        let text = ResidentCopyText.render(copy, f.context.texts)
        #expect(!text.contains("rights.col."), "a field without a label (\(language))")
        #expect(!text.contains("rights.table."), "a table without a title (\(language))")
        #expect(!text.contains("audit."), "an access without words (\(language))")
        #expect(text.contains(r.name))
        for table in copy.tables where !table.rows.isEmpty {
          #expect(text.contains(f.context.texts("rights.table.\(table.name)") + " (\(table.rows.count))"))
        }
      }
    }
  }

  @Test func everyColumnAndTableHasALabel() throws {
    let f = try AppFixture(user: "leder")
    let reader = try DatabaseQueue(path: f.url.path, configuration: Self.readOnly)
    let tables = try reader.read { db in try Self.tablesAboutResidents(db) }.keys
    for language in [Language.da, .en] {
      let t = Texts(language: language)
      for table in tables {
        #expect(t("rights.table.\(table)") != "rights.table.\(table)")
        let columns = try reader.read { db in try db.columns(in: table).map(\.name) }
        for column in columns {
          #expect(t("rights.col.\(column)") != "rights.col.\(column)", "\(table).\(column) in \(language)")
        }
      }
    }
  }

  @Test func everyAuditActionHasPlainWordsInBothLanguages() {
    for language in [Language.da, .en] {
      let t = Texts(language: language)
      for action in AuditAction.allCases {
        #expect(t("audit.\(action.rawValue)") != "audit.\(action.rawValue)", "\(action.rawValue) in \(language)")
      }
    }
  }

  static var readOnly: Configuration {
    var c = Configuration()
    c.readonly = true
    return c
  }

  /// Every table whose rows can belong to a resident, with SQL counting one resident's rows
  /// (one `?`). Found from the foreign keys alone: a table that references `resident`, or
  /// references such a table, and so on. A row belongs when any of its references does.
  static func tablesAboutResidents(_ db: Database) throws -> [String: String] {
    let names = try String.fetchAll(
      db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    var keys: [String: [(column: String, target: String)]] = [:]
    for name in names {
      keys[name] = try db.foreignKeys(on: name).flatMap { fk in
        fk.mapping.map { (column: $0.origin, target: fk.destinationTable) }
      }
    }
    var membership: [String: String] = ["resident": "SELECT id FROM resident WHERE id = ?1"]
    var changed = true
    while changed {
      changed = false
      for name in names where membership[name] == nil && name != "account" {
        let links = (keys[name] ?? []).filter { membership[$0.target] != nil && $0.target != name }
        guard !links.isEmpty else { continue }
        let ids = try db.columns(in: name).contains { $0.name == "id" } ? "id" : "rowid"
        let conditions = links.map { "\($0.column) IN (\(membership[$0.target] ?? ""))" }
        membership[name] = "SELECT \(ids) FROM \(name) WHERE " + conditions.joined(separator: " OR ")
        changed = true
      }
    }
    // WITHOUT ROWID tables are only ever leaves; count them by condition, not by id.
    var counts: [String: String] = [:]
    for (name, select) in membership {
      let condition = select.components(separatedBy: " WHERE ").dropFirst().joined(separator: " WHERE ")
      counts[name] = "SELECT count(*) FROM \(name) WHERE " + condition
    }
    return counts
  }
}
