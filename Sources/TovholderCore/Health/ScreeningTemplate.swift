/// A kind of recurring screening (sundhedsscreening): what is measured or checked, how
/// often, what is normal and when to raise a flag. Built-in templates come from the
/// catalogue (data in Resources); a home's admin may add its own.
public struct ScreeningTemplate: Hashable, Sendable, Codable, Identifiable {
  /// Stable key, e.g. `weight`, `bloodPressure`, `nrs2002`. Lower camel case, ASCII.
  public var key: String
  public var name: LocalizedName
  /// Default interval; a resident's assignment may set its own.
  public var interval: ScreeningInterval
  /// What is entered, in entry order.
  public var fields: [ScreeningField]
  /// Values computed from the entered ones (BMI from weight and height).
  public var derived: [DerivedField]
  public var rules: [FlagRule]
  /// True for a template the home defined (not from the catalogue).
  public var isCustom: Bool

  public var id: String { key }

  public init(
    key: String, name: LocalizedName, interval: ScreeningInterval, fields: [ScreeningField],
    derived: [DerivedField] = [], rules: [FlagRule] = [], isCustom: Bool = false
  ) {
    self.key = key
    self.name = name
    self.interval = interval
    self.fields = fields
    self.derived = derived
    self.rules = rules
    self.isCustom = isCustom
  }

  enum CodingKeys: String, CodingKey { case key, name, interval, fields, derived, rules, isCustom }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    key = try c.decode(String.self, forKey: .key)
    name = try c.decode(LocalizedName.self, forKey: .name)
    interval = try c.decode(ScreeningInterval.self, forKey: .interval)
    fields = try c.decode([ScreeningField].self, forKey: .fields)
    derived = try c.decodeIfPresent([DerivedField].self, forKey: .derived) ?? []
    rules = try c.decodeIfPresent([FlagRule].self, forKey: .rules) ?? []
    isCustom = try c.decodeIfPresent(Bool.self, forKey: .isCustom) ?? false
  }

  /// An entered or derived field by key.
  public func field(_ key: String) -> ScreeningField? { fields.first { $0.key == key } }

  /// Every measure that can be charted: numeric entered fields, then derived ones.
  public var measures: [ScreeningMeasure] {
    fields.compactMap { f in
      guard case .number(let n) = f.kind else { return nil }
      return ScreeningMeasure(key: f.key, name: f.name, unit: n.unit, decimals: n.decimals, normal: f.normal)
    }
      + derived.map {
        ScreeningMeasure(key: $0.key, name: $0.name, unit: $0.unit, decimals: $0.decimals, normal: $0.normal)
      }
  }
}

/// A numeric value over time (for charts and normal-range checks).
public struct ScreeningMeasure: Hashable, Sendable {
  public var key: String
  public var name: LocalizedName
  public var unit: String
  public var decimals: Int
  public var normal: NormalRange?
}

/// One thing entered in a screening.
public struct ScreeningField: Hashable, Sendable, Codable {
  public enum Kind: Hashable, Sendable {
    /// A number with a unit; values outside `valid` are refused as typing errors.
    case number(NumberSpec)
    /// A yes/no question.
    case yesNo
    /// A short free text (e.g. which dentist).
    case text
  }

  public struct NumberSpec: Hashable, Sendable {
    public var unit: String
    public var decimals: Int
    public var valid: ClosedRange<Double>
    public init(unit: String, decimals: Int, valid: ClosedRange<Double>) {
      self.unit = unit
      self.decimals = decimals
      self.valid = valid
    }
  }

  public var key: String
  public var name: LocalizedName
  public var kind: Kind
  public var isOptional: Bool
  /// Taken from the resident's last screening when left empty (height for BMI).
  public var carriesForward: Bool
  /// Values outside are accepted and flagged. Nil: no range check.
  public var normal: NormalRange?

  public init(
    key: String, name: LocalizedName, kind: Kind, isOptional: Bool = false,
    carriesForward: Bool = false, normal: NormalRange? = nil
  ) {
    self.key = key
    self.name = name
    self.kind = kind
    self.isOptional = isOptional
    self.carriesForward = carriesForward
    self.normal = normal
  }

  enum CodingKeys: String, CodingKey {
    case key, name, type, unit, decimals, valid, optional, carryForward, normal
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    key = try c.decode(String.self, forKey: .key)
    name = try c.decode(LocalizedName.self, forKey: .name)
    isOptional = try c.decodeIfPresent(Bool.self, forKey: .optional) ?? false
    carriesForward = try c.decodeIfPresent(Bool.self, forKey: .carryForward) ?? false
    normal = try c.decodeIfPresent(NormalRange.self, forKey: .normal)
    switch try c.decode(String.self, forKey: .type) {
    case "number":
      let valid = try c.decode([Double].self, forKey: .valid)
      guard valid.count == 2, valid[0] < valid[1] else {
        throw DecodingError.dataCorruptedError(
          forKey: .valid, in: c, debugDescription: "valid must be [min, max] with min < max")
      }
      kind = .number(
        NumberSpec(
          unit: try c.decode(String.self, forKey: .unit),
          decimals: try c.decodeIfPresent(Int.self, forKey: .decimals) ?? 0, valid: valid[0]...valid[1]))
    case "yesNo": kind = .yesNo
    case "text": kind = .text
    case let other:
      throw DecodingError.dataCorruptedError(forKey: .type, in: c, debugDescription: "unknown type \(other)")
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(key, forKey: .key)
    try c.encode(name, forKey: .name)
    if isOptional { try c.encode(true, forKey: .optional) }
    if carriesForward { try c.encode(true, forKey: .carryForward) }
    try c.encodeIfPresent(normal, forKey: .normal)
    switch kind {
    case .number(let n):
      try c.encode("number", forKey: .type)
      try c.encode(n.unit, forKey: .unit)
      try c.encode(n.decimals, forKey: .decimals)
      try c.encode([n.valid.lowerBound, n.valid.upperBound], forKey: .valid)
    case .yesNo: try c.encode("yesNo", forKey: .type)
    case .text: try c.encode("text", forKey: .type)
    }
  }
}

/// A value computed from entered ones. `formula` names a rule in `Derivation`.
public struct DerivedField: Hashable, Sendable, Codable {
  public var key: String
  public var name: LocalizedName
  public var formula: String
  public var unit: String
  public var decimals: Int
  public var normal: NormalRange?

  public init(
    key: String, name: LocalizedName, formula: String, unit: String, decimals: Int, normal: NormalRange? = nil
  ) {
    self.key = key
    self.name = name
    self.formula = formula
    self.unit = unit
    self.decimals = decimals
    self.normal = normal
  }
}
