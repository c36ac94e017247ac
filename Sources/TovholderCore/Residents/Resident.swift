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
  /// Raised by every saved change; an update must name the version it started from.
  public var version: Int

  public init(
    id: ResidentID, unitID: UnitID, name: String, cpr: CPRNumber, movedIn: CalendarDay,
    movedOut: CalendarDay? = nil, contactPersonID: AccountID? = nil,
    coordinatorID: AccountID? = nil, version: Int = 1
  ) {
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

public enum ResidentValidationError: Error, Equatable, Sendable {
  case emptyName
  case moveOutBeforeMoveIn
}
