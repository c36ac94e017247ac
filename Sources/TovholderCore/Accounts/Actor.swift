/// The signed-in person on whose behalf every repository call is made.
public struct Actor: Hashable, Sendable {
  public var accountID: AccountID
  public var displayName: String
  public var role: Role
  /// Units worked in (staff) or led (leader). Empty for admin.
  public var unitIDs: Set<UnitID>

  public init(accountID: AccountID, displayName: String, role: Role, unitIDs: Set<UnitID>) {
    self.accountID = accountID
    self.displayName = displayName
    self.role = role
    self.unitIDs = unitIDs
  }
}
