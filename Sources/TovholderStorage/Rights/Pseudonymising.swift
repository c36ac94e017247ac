import Foundation
import GRDB
import TovholderCore

/// When a former resident's register entry reaches the end of its period: their name and CPR
/// number are replaced by a stable pseudonym (`P-` and six characters, drawn once and kept in
/// `residentPseudonym`), in the register entry and in the free text of what is kept for
/// statistics (UTH, violent episodes, force reports). The full name and the CPR number are
/// replaced in every kept row; the first name alone (as a whole word) in the resident's own.
/// The resident leaves the search index entirely.
enum Pseudonymising {
  /// The kept tables whose free text is scrubbed.
  static let keptTables = ["incident", "violentEpisode", "forceReport", "incidentAction"]

  static func apply(_ db: Database, _ residentID: ResidentID, now: Date, actor: Actor) throws {
    guard let row = try Row.fetchOne(db, sql: "SELECT name, cpr FROM resident WHERE id = ?", arguments: [residentID])
    else { throw StorageError.notFound }
    let name: String = row["name"]
    let cpr: String = row["cpr"]
    let pseudonym = try draw(db)
    try db.execute(
      sql: "INSERT INTO residentPseudonym (residentId, pseudonym, assignedAt) VALUES (?, ?, ?)",
      arguments: [residentID, pseudonym, now])
    var replacements = [(name, pseudonym)]
    if cpr.count == 10 {
      replacements += [(String(cpr.prefix(6)) + "-" + String(cpr.suffix(4)), pseudonym), (cpr, pseudonym)]
    }
    for table in keptTables {
      for column in try textColumns(db, table) {
        for (old, new) in replacements where !old.isEmpty {
          try db.execute(
            sql: "UPDATE \(table) SET \(column) = replace(\(column), ?, ?) WHERE instr(\(column), ?) > 0",
            arguments: [old, new, old])
        }
      }
    }
    if let first = name.split(separator: " ").first.map(String.init), first.count > 1, first != name {
      try replaceWord(db, first, with: pseudonym, residentID: residentID)
    }
    try db.execute(
      sql: """
        UPDATE resident SET name = ?, cpr = ?, version = version + 1, updatedAt = ?, updatedBy = ? WHERE id = ?
        """, arguments: [pseudonym, pseudonym, now, actor.accountID, residentID])
    try db.execute(sql: "DELETE FROM searchItem WHERE residentId = ?", arguments: [residentID])
    try AuditLog.append(
      db, at: now, actor: actor, action: .pseudonymise, residentID: residentID,
      wrote: AuditLog.Written(table: .resident, id: residentID))
    for written in try rewritten(db, pseudonym: pseudonym) {
      try AuditLog.append(db, at: now, actor: actor, action: .pseudonymise, residentID: residentID, wrote: written)
    }
  }

  /// The kept records whose text now holds the pseudonym (drawn new, so found nowhere before):
  /// each gets an audit row with its new content, so `check` knows the change was the
  /// program's. An incident's actions are part of the incident.
  static func rewritten(_ db: Database, pseudonym: String) throws -> [AuditLog.Written] {
    var written: Set<AuditLog.Written> = []
    for table in keptTables {
      let columns = try textColumns(db, table)
      guard !columns.isEmpty else { continue }
      let holds = columns.map { "instr(\($0), ?) > 0" }.joined(separator: " OR ")
      let record = table == "incidentAction" ? "incidentId" : "id"
      let ids = try Int64.fetchAll(
        db, sql: "SELECT DISTINCT \(record) FROM \(table) WHERE \(holds)",
        arguments: StatementArguments(Array(repeating: pseudonym, count: columns.count)))
      guard let covered = ContentHash.Table(rawValue: table == "incidentAction" ? "incident" : table) else { continue }
      written.formUnion(ids.map { AuditLog.Written(table: covered, id: $0) })
    }
    return written.sorted { ($0.table.rawValue, $0.id) < ($1.table.rawValue, $1.id) }
  }

  static func draw(_ db: Database) throws -> String {
    var generator = SystemRandomNumberGenerator()
    while true {
      let candidate = Pseudonym.draw(using: &generator)
      let taken = try Bool.fetchOne(
        db,
        sql: "SELECT EXISTS (SELECT 1 FROM residentPseudonym WHERE pseudonym = ?) OR EXISTS (SELECT 1 FROM resident WHERE cpr = ?)",
        arguments: [candidate, candidate])
      if taken != true { return candidate }
    }
  }

  static func textColumns(_ db: Database, _ table: String) throws -> [String] {
    try db.columns(in: table).filter { $0.type.uppercased() == "TEXT" }.map(\.name)
  }

  /// The first name as a whole word (letters on neither side), in the resident's own kept rows.
  static func replaceWord(_ db: Database, _ word: String, with new: String, residentID: ResidentID) throws {
    for table in keptTables where try db.columns(in: table).contains(where: { $0.name == "residentId" }) {
      let columns = try textColumns(db, table)
      let rows = try Row.fetchAll(db, sql: "SELECT * FROM \(table) WHERE residentId = ?", arguments: [residentID])
      for row in rows {
        let id: Int64 = row["id"]
        for column in columns {
          guard let text = row[column] as String?, text.contains(word) else { continue }
          let replaced = wholeWord(word, in: text, with: new)
          if replaced != text {
            try db.execute(sql: "UPDATE \(table) SET \(column) = ? WHERE id = ?", arguments: [replaced, id])
          }
        }
      }
    }
  }

  static func wholeWord(_ word: String, in text: String, with new: String) -> String {
    var out = ""
    var rest = Substring(text)
    while let range = rest.range(of: word) {
      let before = range.lowerBound == rest.startIndex ? out.last : rest[rest.index(before: range.lowerBound)]
      let after = range.upperBound < rest.endIndex ? rest[range.upperBound] : nil
      let isWord = !(before?.isLetter ?? false) && !(after?.isLetter ?? false)
      out += rest[..<range.lowerBound] + (isWord ? new : word)
      rest = rest[range.upperBound...]
    }
    return out + rest
  }
}
