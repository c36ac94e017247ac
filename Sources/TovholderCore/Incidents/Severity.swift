/// How bad the consequence for the resident was, or could have been (faktisk / mulig
/// konsekvens, as graded on the DPSD form). Stored by raw value; never renumber.
public enum Consequence: Int, CaseIterable, Comparable, Sendable, Codable {
  /// Ingen skade.
  case none = 0
  /// Mild: passing discomfort, no extra treatment.
  case mild = 1
  /// Moderat: extra treatment or observation, no lasting harm.
  case moderate = 2
  /// Alvorlig: lasting harm, hospital, life-saving treatment.
  case severe = 3
  /// Dødelig.
  case death = 4

  public static func < (a: Consequence, b: Consequence) -> Bool { a.rawValue < b.rawValue }

  /// Text key (`incidents.consequence.<key>`).
  public var key: String {
    switch self {
    case .none: "none"
    case .mild: "mild"
    case .moderate: "moderate"
    case .severe: "severe"
    case .death: "death"
    }
  }
}

/// The combined severity of an event: ingen skade / lettere / alvorlig
/// patientsikkerhedsrisiko / alvorlig / dødelig. Stored by raw value; never renumber.
public enum Severity: Int, CaseIterable, Comparable, Sendable, Codable {
  case noHarm = 0
  case minor = 1
  case seriousRisk = 2
  case serious = 3
  case fatal = 4

  public static func < (a: Severity, b: Severity) -> Bool { a.rawValue < b.rawValue }

  /// Text key (`incidents.severity.<key>`).
  public var key: String {
    switch self {
    case .noHarm: "noHarm"
    case .minor: "minor"
    case .seriousRisk: "seriousRisk"
    case .serious: "serious"
    case .fatal: "fatal"
    }
  }

  /// Serious enough that the event must be reported on its own, never in a monthly batch.
  public var isSerious: Bool { self >= .seriousRisk }
}

/// The table from (actual, possible) consequence to severity:
///
/// | actual \ possible | none     | mild  | moderate | severe        | death         |
/// |-------------------|----------|-------|----------|---------------|---------------|
/// | none              | ingen    | ingen | ingen    | alv. risiko   | alv. risiko   |
/// | mild              |          | let.  | let.     | alv. risiko   | alv. risiko   |
/// | moderate          |          |       | let.     | alv. risiko   | alv. risiko   |
/// | severe            |          |       |          | alvorlig      | alvorlig      |
/// | death             |          |       |          |               | dødelig       |
///
/// The possible consequence is never below the actual one: a lower choice is read as equal
/// (`IncidentValidation` tells the reporter).
public enum SeverityTable {
  public static func severity(actual: Consequence, possible: Consequence) -> Severity {
    let possible = max(actual, possible)
    switch actual {
    case .death: return .fatal
    case .severe: return .serious
    case .none, .mild, .moderate:
      if possible >= .severe { return .seriousRisk }
      return actual == .none ? .noHarm : .minor
    }
  }
}
