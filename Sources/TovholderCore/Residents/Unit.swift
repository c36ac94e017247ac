/// A part of the home with its own staff (afdeling, hus).
public struct Unit: Hashable, Sendable, Identifiable {
  public var id: UnitID
  public var name: String

  public init(id: UnitID, name: String) {
    self.id = id
    self.name = name
  }
}

/// The home itself, created on first run; its facts for the force forms and when its
/// shifts start are the admin's to change.
public struct Home: Hashable, Sendable {
  public var name: String
  public var address: String
  /// The municipality acting for the residents (handlekommune) unless a resident has their own.
  public var actingMunicipality: String
  public var shiftTimes: ShiftTimes
  public var version: Int
  /// The fictional demo home (`tovholder demo`): marked as such on every screen.
  public var isFictional: Bool

  public init(
    name: String, address: String = "", actingMunicipality: String = "", shiftTimes: ShiftTimes = .standard,
    version: Int = 1, isFictional: Bool = false
  ) {
    self.name = name
    self.isFictional = isFictional
    self.address = address
    self.actingMunicipality = actingMunicipality
    self.shiftTimes = shiftTimes
    self.version = version
  }

  /// A name, and shift times in order.
  public func validate() throws(HomeValidationError) {
    if name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw .emptyName }
    do { try shiftTimes.validate() } catch { throw .shiftTimes(error) }
  }
}

public enum HomeValidationError: Error, Equatable, Sendable {
  case emptyName
  case shiftTimes(ShiftTimesError)
}
