import Foundation

/// Everything the home holds about one resident (GDPR art. 15), as it is stored: every row of
/// every table that belongs to them, column by column, plus who has read or changed it. The
/// storage layer fills it; `json()` and the app's text document write it out. The JSON follows
/// `Resources/schemas/resident-copy.v1.schema.json`; a change of shape bumps `formatVersion`.
public struct ResidentCopy: Sendable {
  public static let formatName = "tovholder-resident-copy"
  public static let formatVersion = 1

  public enum ValueType: String, Sendable {
    case integer, real, text, boolean, dateTime
  }

  public enum Value: Hashable, Sendable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case boolean(Bool)
    case dateTime(Date)
  }

  public struct Column: Hashable, Sendable {
    public var name: String
    public var type: ValueType
    /// The column holds a staff member's account id (shown by name in the text document).
    public var isStaff: Bool

    public init(name: String, type: ValueType, isStaff: Bool = false) {
      self.name = name
      self.type = type
      self.isStaff = isStaff
    }
  }

  /// One table's rows for this resident; each row has one value per column, in order.
  public struct Table: Sendable {
    public var name: String
    public var columns: [Column]
    public var rows: [[Value]]

    public init(name: String, columns: [Column], rows: [[Value]]) {
      self.name = name
      self.columns = columns
      self.rows = rows
    }
  }

  /// Who the copy is about, as the register holds them now.
  public struct Subject: Sendable {
    public var number: ResidentID
    public var name: String
    public var cpr: String
    public var unit: String
    public var movedIn: CalendarDay
    public var movedOut: CalendarDay?

    public init(
      number: ResidentID, name: String, cpr: String, unit: String, movedIn: CalendarDay, movedOut: CalendarDay?
    ) {
      self.number = number
      self.name = name
      self.cpr = cpr
      self.unit = unit
      self.movedIn = movedIn
      self.movedOut = movedOut
    }
  }

  public var generatedAt: Date
  public var generatedBy: String
  public var home: String
  public var subject: Subject
  public var tables: [Table]
  /// Names of the staff the rows refer to, by account id.
  public var staff: [AccountID: String]
  /// Who read or changed the resident's data, oldest first (reporters of UTH left out).
  public var accessLog: [AuditEntry]

  public init(
    generatedAt: Date, generatedBy: String, home: String, subject: Subject, tables: [Table],
    staff: [AccountID: String], accessLog: [AuditEntry]
  ) {
    self.generatedAt = generatedAt
    self.generatedBy = generatedBy
    self.home = home
    self.subject = subject
    self.tables = tables
    self.staff = staff
    self.accessLog = accessLog
  }

  public func table(_ name: String) -> Table? { tables.first { $0.name == name } }
}

extension AuditAction {
  /// Rows whose actor is not shown to anyone reading a resident's access log or copy: the
  /// reporter of an unintended event is confidential (sundhedsloven §§ 201–202).
  public var hidesActor: Bool { self == .createIncident || self == .updateIncident }
}
