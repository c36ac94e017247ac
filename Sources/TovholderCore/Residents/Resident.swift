import Foundation

/// A person who lives (or lived) at the home. `id` is the short number shown on screen.
public struct Resident: Hashable, Sendable, Identifiable {
  public var id: ResidentID
  public var unitID: UnitID
  public var name: String
  public var cpr: CPRNumber
  public var movedIn: CalendarDay
  public var movedOut: CalendarDay?
  public var contactPersonID: AccountID?
  public var coordinatorID: AccountID?
  /// The municipality acting for this resident (handlekommune); nil: the home's.
  public var actingMunicipality: String?
  /// Raised by every saved change; an update must name the version it started from.
  public var version: Int

  public init(
    id: ResidentID, unitID: UnitID, name: String, cpr: CPRNumber, movedIn: CalendarDay,
    movedOut: CalendarDay? = nil, contactPersonID: AccountID? = nil,
    coordinatorID: AccountID? = nil, actingMunicipality: String? = nil, version: Int = 1
  ) {
    self.actingMunicipality = actingMunicipality
    self.id = id
    self.unitID = unitID
    self.name = name
    self.cpr = cpr
    self.movedIn = movedIn
    self.movedOut = movedOut
    self.contactPersonID = contactPersonID
    self.coordinatorID = coordinatorID
    self.version = version
  }

  /// In the daily list: moved in and not (yet) moved out on `day`.
  public func isCurrent(on day: CalendarDay) -> Bool {
    guard movedIn <= day else { return false }
    guard let movedOut else { return true }
    return day < movedOut
  }

  /// Checks the editable fields; throws the first problem found.
  public func validate() throws(ResidentValidationError) {
    try ResidentFields.validate(name: name, movedIn: movedIn, movedOut: movedOut)
  }
}

/// What is needed to register a resident.
public struct NewResident: Sendable {
  public var unitID: UnitID
  public var name: String
  public var cpr: CPRNumber
  public var movedIn: CalendarDay
  public var movedOut: CalendarDay?
  public var contactPersonID: AccountID?
  public var coordinatorID: AccountID?

  public init(
    unitID: UnitID, name: String, cpr: CPRNumber, movedIn: CalendarDay,
    movedOut: CalendarDay? = nil, contactPersonID: AccountID? = nil,
    coordinatorID: AccountID? = nil
  ) {
    self.unitID = unitID
    self.name = name
    self.cpr = cpr
    self.movedIn = movedIn
    self.movedOut = movedOut
    self.contactPersonID = contactPersonID
    self.coordinatorID = coordinatorID
  }

  public func validate() throws(ResidentValidationError) {
    try ResidentFields.validate(name: name, movedIn: movedIn, movedOut: movedOut)
  }
}

enum ResidentFields {
  static func validate(name: String, movedIn: CalendarDay, movedOut: CalendarDay?)
    throws(ResidentValidationError)
  {
    if name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw .emptyName }
    if let movedOut, movedOut < movedIn { throw .moveOutBeforeMoveIn }
  }
}

/// When a move-in date can be right: not before the person was born (the CPR number's date)
/// and not more than a year ahead of today.
public enum MoveInRule {
  public static func check(_ movedIn: CalendarDay, cpr: CPRNumber, today: CalendarDay) throws(ResidentValidationError) {
    if movedIn < cpr.birthDate { throw .moveInBeforeBirth(cpr.birthDate) }
    let latest = today.adding(months: 12)
    if movedIn > latest { throw .moveInTooFarAhead(latest: latest) }
  }
}

public enum ResidentValidationError: Error, Equatable, Sendable {
  case emptyName
  case moveOutBeforeMoveIn
  /// The move-in date is before the birth date in the CPR number.
  case moveInBeforeBirth(CalendarDay)
  /// The move-in date is more than a year ahead (`latest` is the last day allowed).
  case moveInTooFarAhead(latest: CalendarDay)
}
