import Foundation

/// Who may see and do what. Pure rules; the repositories enforce them.
public enum AccessRules {
  /// Staff see residents of their units, leaders those of the units they lead;
  /// admin does not see residents' records.
  public static func canSeeResidents(in unitID: UnitID, actor: Actor) -> Bool {
    switch actor.role {
    case .staff, .leader: return actor.unitIDs.contains(unitID)
    case .admin: return false
    }
  }

  /// The units whose residents the actor may see (empty for admin).
  public static func visibleUnitIDs(for actor: Actor) -> Set<UnitID> {
    actor.role == .admin ? [] : actor.unitIDs
  }

  /// Writing notes and editing a resident follow the same rule as seeing them.
  public static func canWriteRecord(in unitID: UnitID, actor: Actor) -> Bool {
    canSeeResidents(in: unitID, actor: actor)
  }

  /// Registering a resident or moving them out: leaders of the unit.
  public static func canManageResidents(in unitID: UnitID, actor: Actor) -> Bool {
    actor.role == .leader && actor.unitIDs.contains(unitID)
  }

  /// Leaders see who read a resident's record, for the units they lead.
  public static func canSeeAccessLog(in unitID: UnitID, actor: Actor) -> Bool {
    actor.role == .leader && actor.unitIDs.contains(unitID)
  }

  /// A leader may create a time-limited staff account in the units they lead.
  public static func canCreateTempAccount(for units: Set<UnitID>, actor: Actor) -> Bool {
    actor.role == .leader && !units.isEmpty && units.isSubset(of: actor.unitIDs)
  }

  /// Admin manages accounts, units and resets passwords.
  public static func canManageAccounts(actor: Actor) -> Bool { actor.role == .admin }
  public static func canManageUnits(actor: Actor) -> Bool { actor.role == .admin }

  /// Verifying the audit chain, backups and integrity checks.
  public static func canMaintain(actor: Actor) -> Bool { actor.role != .staff }
}
