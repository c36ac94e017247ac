import Foundation

extension ResidentCopy {
  /// The copy as JSON (keys sorted, two-space indent, times in UTC as ISO 8601 with
  /// milliseconds). `what` words each access-log row for the reader.
  public func json(what: (AuditEntry) -> String) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = try encoder.encode(Document(copy: self, what: what))
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  static func iso(_ date: Date) -> String {
    let f = ISO8601DateFormatter()
    f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    f.timeZone = TimeZone(identifier: "UTC")
    return f.string(from: date)
  }

  private struct Document: Encodable {
    var format = ResidentCopy.formatName
    var formatVersion = ResidentCopy.formatVersion
    var generatedAt: String
    var generatedBy: String
    var home: String
    var resident: Resident
    var tables: [String: [Row]]
    var staff: [Staff]
    var accessLog: [Access]

    init(copy: ResidentCopy, what: (AuditEntry) -> String) {
      generatedAt = ResidentCopy.iso(copy.generatedAt)
      generatedBy = copy.generatedBy
      home = copy.home
      let s = copy.subject
      resident = Resident(
        number: s.number, name: s.name, cpr: s.cpr, unit: s.unit, movedIn: s.movedIn.iso, movedOut: s.movedOut?.iso)
      var tables: [String: [Row]] = [:]
      for t in copy.tables {
        tables[t.name] = t.rows.map { values in
          Row(values: Dictionary(uniqueKeysWithValues: zip(t.columns.map(\.name), values)))
        }
      }
      self.tables = tables
      staff = copy.staff.sorted { $0.key < $1.key }.map { Staff(id: $0.key, name: $0.value) }
      accessLog = copy.accessLog.map {
        Access(
          at: ResidentCopy.iso($0.at), who: $0.action.hidesActor ? nil : $0.actorName, action: $0.action.rawValue,
          what: what($0), isRead: $0.action.isAccess)
      }
    }
  }

  private struct Resident: Encodable {
    var number: Int64
    var name: String
    var cpr: String
    var unit: String
    var movedIn: String
    var movedOut: String?

    func encode(to encoder: Encoder) throws {
      var c = encoder.container(keyedBy: CodingKeys.self)
      try c.encode(number, forKey: .number)
      try c.encode(name, forKey: .name)
      try c.encode(cpr, forKey: .cpr)
      try c.encode(unit, forKey: .unit)
      try c.encode(movedIn, forKey: .movedIn)
      try c.encode(movedOut, forKey: .movedOut)
    }

    enum CodingKeys: String, CodingKey { case number, name, cpr, unit, movedIn, movedOut }
  }

  private struct Staff: Encodable {
    var id: Int64
    var name: String
  }

  private struct Access: Encodable {
    var at: String
    var who: String?
    var action: String
    var what: String
    var isRead: Bool

    func encode(to encoder: Encoder) throws {
      var c = encoder.container(keyedBy: CodingKeys.self)
      try c.encode(at, forKey: .at)
      try c.encode(who, forKey: .who)
      try c.encode(action, forKey: .action)
      try c.encode(what, forKey: .what)
      try c.encode(isRead, forKey: .isRead)
    }

    enum CodingKeys: String, CodingKey { case at, who, action, what, isRead }
  }

  /// One row: every column, nulls included, so each row has the same keys.
  private struct Row: Encodable {
    var values: [String: Value]

    struct Key: CodingKey {
      var stringValue: String
      var intValue: Int? { nil }
      init(stringValue: String) { self.stringValue = stringValue }
      init?(intValue: Int) { nil }
    }

    func encode(to encoder: Encoder) throws {
      var c = encoder.container(keyedBy: Key.self)
      for (name, value) in values {
        let key = Key(stringValue: name)
        switch value {
        case .null: try c.encodeNil(forKey: key)
        case .integer(let v): try c.encode(v, forKey: key)
        case .real(let v): try c.encode(v, forKey: key)
        case .text(let v): try c.encode(v, forKey: key)
        case .boolean(let v): try c.encode(v, forKey: key)
        case .dateTime(let v): try c.encode(ResidentCopy.iso(v), forKey: key)
        }
      }
    }
  }
}
