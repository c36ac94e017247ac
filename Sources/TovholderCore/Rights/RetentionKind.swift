/// A kind of record the home keeps for a set period after a resident moves out (Danish law
/// gives each its own rule: the journal, the plan, health data, UTH and force reports …).
/// Stored by raw value; never rename one.
public enum RetentionKind: String, CaseIterable, Sendable, Codable {
  /// The register entry itself: when its period ends, the name and CPR number are replaced by
  /// a stable pseudonym (the row stays, so kept statistics still count the person once).
  case register
  case notes
  case plans
  case relatives
  case health
  case incidents
  case episodes
  case force
  case risk

  /// The order a retention run removes kinds in, so nothing kept points at a removed row
  /// (force reports before the episodes they may name; the register entry last).
  public static var deletionOrder: [RetentionKind] {
    [.force, .episodes, .incidents, .risk, .health, .relatives, .plans, .notes, .register]
  }
}
