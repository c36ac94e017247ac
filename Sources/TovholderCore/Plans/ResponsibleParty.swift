/// Who is responsible for a goal, sub-goal or intervention.
public enum ResponsibleParty: Hashable, Sendable {
  /// The resident's coordinator (tovholder), whoever that is at the time.
  case coordinator
  /// The resident's contact person (kontaktperson), whoever that is at the time.
  case contactPerson
  /// A named staff member.
  case staff(AccountID)
  /// Someone outside the home: the GP, the municipality's caseworker, a relative.
  case outside(String)

  /// The account that holds the task for this resident, if it is a staff member.
  public func accountID(coordinator: AccountID?, contactPerson: AccountID?) -> AccountID? {
    switch self {
    case .coordinator: return coordinator
    case .contactPerson: return contactPerson
    case .staff(let id): return id
    case .outside: return nil
    }
  }

  /// The stored kind name.
  public var kind: String {
    switch self {
    case .coordinator: return "coordinator"
    case .contactPerson: return "contactPerson"
    case .staff: return "staff"
    case .outside: return "outside"
    }
  }

  /// From stored columns; nil when they do not fit together.
  public init?(kind: String, accountID: AccountID?, name: String?) {
    switch kind {
    case "coordinator": self = .coordinator
    case "contactPerson": self = .contactPerson
    case "staff":
      guard let accountID else { return nil }
      self = .staff(accountID)
    case "outside":
      guard let name else { return nil }
      self = .outside(name)
    default: return nil
    }
  }
}

/// How often an intervention is done.
public struct Frequency: Hashable, Sendable {
  public enum Period: String, CaseIterable, Sendable {
    case day, week, month
    /// When needed (efter behov); `times` is ignored.
    case asNeeded
  }

  public var times: Int
  public var period: Period

  public init(times: Int, per period: Period) {
    self.times = times
    self.period = period
  }

  public static let asNeeded = Frequency(times: 1, per: .asNeeded)

  /// A stored form such as "3/week" or "asNeeded".
  public var stored: String { period == .asNeeded ? "asNeeded" : "\(times)/\(period.rawValue)" }

  public init?(stored: String) {
    if stored == "asNeeded" {
      self = .asNeeded
      return
    }
    let parts = stored.split(separator: "/")
    guard parts.count == 2, let times = Int(parts[0]), let period = Period(rawValue: String(parts[1]))
    else { return nil }
    self.init(times: times, per: period)
  }
}
