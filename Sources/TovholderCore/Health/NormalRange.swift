/// What is normal for a measure. Either bound may be missing (waist: only a maximum), and
/// a range may differ by sex (waist: 94 cm for men, 80 cm for women).
public struct NormalRange: Hashable, Sendable, Codable {
  public struct Limits: Hashable, Sendable, Codable {
    public var min: Double?
    public var max: Double?
    public init(min: Double? = nil, max: Double? = nil) {
      self.min = min
      self.max = max
    }
  }

  public var min: Double?
  public var max: Double?
  public var female: Limits?
  public var male: Limits?

  public init(min: Double? = nil, max: Double? = nil, female: Limits? = nil, male: Limits? = nil) {
    self.min = min
    self.max = max
    self.female = female
    self.male = male
  }

  /// The limits that apply to a person of `sex` (the general ones when unknown).
  public func limits(for sex: Sex?) -> Limits {
    switch sex {
    case .female?: return female ?? Limits(min: min, max: max)
    case .male?: return male ?? Limits(min: min, max: max)
    case nil: return Limits(min: min, max: max)
    }
  }
}

/// Sex as the CPR number encodes it (odd last digit: male), used only for sex-specific
/// normal ranges.
public enum Sex: String, Sendable, Codable {
  case female, male

  public init(cpr: CPRNumber) {
    let last = Int(String(cpr.digits.last!))!
    self = last % 2 == 1 ? .male : .female
  }
}

/// A value entered in a screening.
public enum ScreeningValue: Hashable, Sendable, Codable {
  case number(Double)
  case yesNo(Bool)
  case text(String)

  public var number: Double? {
    if case .number(let n) = self { return n }
    return nil
  }

  public var isYes: Bool {
    if case .yesNo(true) = self { return true }
    return false
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.singleValueContainer()
    if let b = try? c.decode(Bool.self) {
      self = .yesNo(b)
    } else if let n = try? c.decode(Double.self) {
      self = .number(n)
    } else {
      self = .text(try c.decode(String.self))
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.singleValueContainer()
    switch self {
    case .number(let n): try c.encode(n)
    case .yesNo(let b): try c.encode(b)
    case .text(let t): try c.encode(t)
    }
  }
}
