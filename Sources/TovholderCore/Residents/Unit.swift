/// A part of the home with its own staff (afdeling, hus).
public struct Unit: Hashable, Sendable, Identifiable {
  public var id: UnitID
  public var name: String

  public init(id: UnitID, name: String) {
    self.id = id
    self.name = name
  }
}

/// The home itself, created on first run.
public struct Home: Hashable, Sendable {
  public var name: String
  /// The fictional demo home (`tovholder demo`): marked as such on every screen.
  public var isFictional: Bool

  public init(name: String, isFictional: Bool = false) {
    self.name = name
    self.isFictional = isFictional
  }
}
