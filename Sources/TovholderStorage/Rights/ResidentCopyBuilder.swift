import Foundation
import GRDB
import TovholderCore

/// Reads every row `ResidentTables` lists for one resident, typed by each column's declared
/// type, and the resident's access log. Runs inside the caller's transaction.
enum ResidentCopyBuilder {
  static func tables(_ db: Database, residentID: ResidentID) throws -> [ResidentCopy.Table] {
    try ResidentTables.all.map { try table(db, $0, residentID: residentID) }
  }

  static func table(_ db: Database, _ spec: ResidentTable, residentID: ResidentID) throws -> ResidentCopy.Table {
    let staffColumns = Set(
      try db.foreignKeys(on: spec.name).filter { $0.destinationTable == "account" }.flatMap { $0.mapping.map(\.origin) }
    )
    let info = try db.columns(in: spec.name)
    let columns = info.filter { !spec.leftOut.contains($0.name) }.map { column in
      ResidentCopy.Column(
        name: column.name, type: valueType(declared: column.type), isStaff: staffColumns.contains(column.name))
    }
    let rows = try Row.fetchAll(
      db, sql: "SELECT * FROM \(spec.name) WHERE \(spec.scope)", arguments: [residentID])
    return ResidentCopy.Table(
      name: spec.name, columns: columns,
      rows: rows.map { row in
        let hidden: Int64? = spec.confidentialPerson.flatMap { row[$0] }
        return columns.map { column in
          let value = row[column.name] as DatabaseValue? ?? .null
          if column.isStaff, let hidden, value == hidden.databaseValue { return .null }
          return convert(value, column.type)
        }
      })
  }

  static func valueType(declared: String) -> ResidentCopy.ValueType {
    switch declared.uppercased() {
    case "INTEGER", "INT": return .integer
    case "BOOLEAN": return .boolean
    case "DATETIME": return .dateTime
    case "REAL", "DOUBLE", "FLOAT": return .real
    default: return .text
    }
  }

  /// A stored value as its column's type; a value that does not fit (written outside the
  /// program) is given as the text it holds rather than left out.
  static func convert(_ value: DatabaseValue, _ type: ResidentCopy.ValueType) -> ResidentCopy.Value {
    switch value.storage {
    case .null: return .null
    case .int64(let v):
      switch type {
      case .boolean: return .boolean(v != 0)
      case .real: return .real(Double(v))
      case .text, .dateTime: return .text(String(v))
      case .integer: return .integer(v)
      }
    case .double(let v): return type == .integer ? .integer(Int64(v)) : .real(v)
    case .string(let s):
      if type == .dateTime, let date = Date.fromDatabaseValue(value) { return .dateTime(date) }
      return .text(s)
    case .blob(let data): return .text(data.base64EncodedString())
    }
  }

  /// Display names of the staff the rows name.
  static func staff(_ db: Database, in tables: [ResidentCopy.Table]) throws -> [AccountID: String] {
    var ids = Set<AccountID>()
    for t in tables {
      for (i, column) in t.columns.enumerated() where column.isStaff {
        for row in t.rows { if case .integer(let id) = row[i] { ids.insert(id) } }
      }
    }
    var names: [AccountID: String] = [:]
    for id in ids {
      names[id] = try String.fetchOne(db, sql: "SELECT displayName FROM account WHERE id = ?", arguments: [id])
    }
    return names
  }

  /// Every audit row about the resident between `from` and `to` (inclusive), oldest first,
  /// with the actor left out where it must stay confidential (the reporter of a UTH).
  static func accessLog(_ db: Database, residentID: ResidentID, from: Date? = nil, to: Date? = nil, newestFirst: Bool)
    throws -> [AuditEntry]
  {
    var sql = "SELECT * FROM auditLog WHERE residentId = ?"
    var arguments: [DatabaseValueConvertible] = [residentID]
    if let from {
      sql += " AND atMs >= ?"
      arguments.append(Int64((from.timeIntervalSince1970 * 1000).rounded()))
    }
    if let to {
      sql += " AND atMs <= ?"
      arguments.append(Int64((to.timeIntervalSince1970 * 1000).rounded()))
    }
    sql += newestFirst ? " ORDER BY id DESC" : " ORDER BY id"
    return try AuditLogRow.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map { row in
      var entry = try row.entry()
      if entry.action.hidesActor {
        entry.actorID = nil
        entry.actorName = ""
      }
      return entry
    }
  }
}
