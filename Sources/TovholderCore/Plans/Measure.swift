/// How a sub-goal is measured. Copied from the catalogue into the sub-goal, so a later
/// change of catalogue never changes what stored values mean.
public enum Measure: Hashable, Sendable {
  /// A score from `min` to `max` (e.g. 0–4 or 0–10).
  case scale(min: Int, max: Int)
  /// A number of times (0 or more).
  case count
  /// Yes (1) or no (0).
  case yesNo

  /// From the catalogue's kind name; nil for an unknown kind or a bad range.
  public init?(kind: String, min: Int?, max: Int?) {
    switch kind {
    case "scale":
      guard let min, let max, min < max else { return nil }
      self = .scale(min: min, max: max)
    case "count": self = .count
    case "yesNo": self = .yesNo
    default: return nil
    }
  }

  /// The stored kind name.
  public var kind: String {
    switch self {
    case .scale: return "scale"
    case .count: return "count"
    case .yesNo: return "yesNo"
    }
  }

  /// The values a score may take; a count has no upper limit.
  public var range: ClosedRange<Int> {
    switch self {
    case .scale(let min, let max): return min...max
    case .count: return 0...Int.max
    case .yesNo: return 0...1
    }
  }

  /// The highest value a chart needs to show, given the values and the target.
  public func chartMaximum(values: [Int], target: Int?) -> Int {
    switch self {
    case .scale(_, let max): return max
    case .yesNo: return 1
    case .count: return Swift.max(1, (values + [target ?? 0]).max() ?? 1)
    }
  }

  public func contains(_ value: Int) -> Bool { range.contains(value) }
}
