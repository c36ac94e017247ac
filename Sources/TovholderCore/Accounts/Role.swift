/// What an account may do. Staff and leaders are scoped to units; admin is not.
public enum Role: String, CaseIterable, Sendable, Codable {
  /// Sees and writes the records of the residents in their units.
  case staff
  /// Everything staff may, for the units they lead; sees access logs, creates temp accounts.
  case leader
  /// Manages accounts and units; does not see residents' records.
  case admin
}
