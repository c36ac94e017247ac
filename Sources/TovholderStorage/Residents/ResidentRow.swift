import Foundation
import GRDB
import TovholderCore

/// A row of `resident`.
struct ResidentRow: StoredRecord, MutablePersistableRecord {
  static let databaseTableName = "resident"

  var id: ResidentID?
  var unitId: UnitID
  var name: String
  var cpr: CPRNumber
  var movedIn: CalendarDay
  var movedOut: CalendarDay?
  var contactPersonId: AccountID?
  var coordinatorId: AccountID?
  /// The resident's own acting municipality (handlekommune); nil: the home's.
  var actingMunicipality: String?
  var version = 1
  var updatedAt: Date
  var updatedBy: AccountID?

  enum Columns {
    static let unitId = Column(CodingKeys.unitId)
    static let cpr = Column(CodingKeys.cpr)
  }

  mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

  init(_ new: NewResident, at: Date, by actor: AccountID) {
    unitId = new.unitID
    name = new.name.trimmingCharacters(in: .whitespaces)
    cpr = new.cpr
    movedIn = new.movedIn
    movedOut = new.movedOut
    contactPersonId = new.contactPersonID
    coordinatorId = new.coordinatorID
    updatedAt = at
    updatedBy = actor
  }

  /// The edited resident as its next version.
  init(_ r: Resident, at: Date, by actor: AccountID) {
    self.init(
      NewResident(
        unitID: r.unitID, name: r.name, cpr: r.cpr, movedIn: r.movedIn, movedOut: r.movedOut,
        contactPersonID: r.contactPersonID, coordinatorID: r.coordinatorID), at: at, by: actor)
    id = r.id
    actingMunicipality = Self.clean(r.actingMunicipality)
    version = r.version + 1
  }

  /// Text trimmed, nil when blank.
  static func clean(_ text: String?) -> String? {
    let t = text?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
    return t.isEmpty ? nil : t
  }

  func resident() throws -> Resident {
    guard let id else { throw undecodable(nil) }
    return Resident(
      id: id, unitID: unitId, name: name, cpr: cpr, movedIn: movedIn, movedOut: movedOut,
      contactPersonID: contactPersonId, coordinatorID: coordinatorId, actingMunicipality: actingMunicipality,
      version: version)
  }

  /// Residents still in the register. One whose register entry reached the end of its
  /// retention period keeps only a pseudonym (`residentPseudonym`, in place of the name and
  /// CPR number) for the statistics that stay, and is no longer anyone's resident.
  static var registered: QueryInterfaceRequest<ResidentRow> {
    filter(sql: "id NOT IN (SELECT residentId FROM residentPseudonym)")
  }

  static func fetch(_ db: Database, id: ResidentID) throws -> Resident? {
    try registered.filter(key: id).fetchOne(db)?.resident()
  }

  /// The resident, if the actor may see them. Otherwise one refusal whether the resident
  /// lives in another unit or not at all (`ResidentRefusal`, audited and answered as
  /// `.residentNotAvailable` by `AppDatabase.read`/`write`), so a refusal never confirms
  /// that someone lives here.
  static func visible(_ db: Database, id: ResidentID, actor: Actor) throws -> Resident {
    let r = try fetch(db, id: id)
    guard let r, AccessRules.canSeeResidents(in: r.unitID, actor: actor) else {
      throw ResidentRefusal(actor: actor, residentID: r?.id)
    }
    return r
  }
}

/// A row of `unit`.
struct UnitRow: StoredRecord, MutablePersistableRecord {
  static let databaseTableName = "unit"

  var id: UnitID?
  var name: String
  var version = 1
  var updatedAt: Date
  var updatedBy: AccountID?

  enum Columns {
    static let name = Column(CodingKeys.name)
  }

  mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

  func unit() throws -> TovholderCore.Unit {
    guard let id else { throw undecodable(nil) }
    return TovholderCore.Unit(id: id, name: name)
  }
}

/// The one row of `home`.
struct HomeRow: StoredRecord, PersistableRecord {
  static let databaseTableName = "home"

  var id = 1
  var name: String
  var createdAt: Date
  var address = ""
  var actingMunicipality = ""
  /// Minutes after local midnight.
  var dayShiftStart = ShiftTimes.standard.day
  var eveningShiftStart = ShiftTimes.standard.evening
  var nightShiftStart = ShiftTimes.standard.night
  var version = 1
  var updatedAt: Date?
  var updatedBy: AccountID?

  init(name: String, createdAt: Date) {
    self.name = name
    self.createdAt = createdAt
  }

  var home: Home {
    Home(
      name: name, address: address, actingMunicipality: actingMunicipality,
      shiftTimes: ShiftTimes(day: dayShiftStart, evening: eveningShiftStart, night: nightShiftStart),
      version: version, isFictional: name == DemoNames.homeName)
  }
}
