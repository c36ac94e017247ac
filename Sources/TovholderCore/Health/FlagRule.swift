import Foundation

/// When a screening is flagged, beyond values outside a field's normal range (always checked).
public enum FlagRule: Hashable, Sendable, Codable {
  /// The value changed by at least `percent` (negative: a fall) compared with the highest
  /// (for a fall) or lowest (for a rise) value within `period` before it.
  /// Weight −5 % in 3 months: `change(field: "weight", percent: -5, period: 3m)`.
  case change(field: String, percent: Double, period: ScreeningInterval)
  /// Any of the yes/no `fields` answered yes (NRS-2002: full screening due).
  case anyYes(fields: [String], message: LocalizedName)

  enum CodingKeys: String, CodingKey { case type, field, percent, period, fields, message }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    switch try c.decode(String.self, forKey: .type) {
    case "change":
      let percent = try c.decode(Double.self, forKey: .percent)
      guard percent != 0 else {
        throw DecodingError.dataCorruptedError(forKey: .percent, in: c, debugDescription: "percent must not be 0")
      }
      self = .change(
        field: try c.decode(String.self, forKey: .field), percent: percent,
        period: try c.decode(ScreeningInterval.self, forKey: .period))
    case "anyYes":
      self = .anyYes(
        fields: try c.decode([String].self, forKey: .fields),
        message: try c.decode(LocalizedName.self, forKey: .message))
    case let other:
      throw DecodingError.dataCorruptedError(forKey: .type, in: c, debugDescription: "unknown rule \(other)")
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    switch self {
    case .change(let field, let percent, let period):
      try c.encode("change", forKey: .type)
      try c.encode(field, forKey: .field)
      try c.encode(percent, forKey: .percent)
      try c.encode(period, forKey: .period)
    case .anyYes(let fields, let message):
      try c.encode("anyYes", forKey: .type)
      try c.encode(fields, forKey: .fields)
      try c.encode(message, forKey: .message)
    }
  }
}

/// Why a screening was flagged. Stored with the screening as JSON.
public struct ScreeningFlag: Hashable, Sendable, Codable {
  public enum Kind: String, Sendable, Codable {
    case belowNormal, aboveNormal, fall, rise, answer
  }

  public var kind: Kind
  /// The field or derived measure concerned (the first yes-field for `.answer`).
  public var field: String
  public var value: Double?
  /// The normal-range bound passed, or the reference value a change is measured from.
  public var limit: Double?
  /// The change in percent (negative for a fall), rounded to one decimal.
  public var percent: Double?
  /// When the reference value of a change was taken.
  public var since: Date?
  /// The rule's own message (NRS-2002: "full screening due").
  public var message: LocalizedName?

  public init(
    kind: Kind, field: String, value: Double? = nil, limit: Double? = nil, percent: Double? = nil,
    since: Date? = nil, message: LocalizedName? = nil
  ) {
    self.kind = kind
    self.field = field
    self.value = value
    self.limit = limit
    self.percent = percent
    self.since = since
    self.message = message
  }
}
