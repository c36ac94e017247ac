import Foundation

/// The pure rules of recording: checking entered values against the template, filling
/// carried-forward and derived values, and deciding the flags.
public enum ScreeningRules {
  public static let maxNoteLength = 2_000
  public static let maxTextLength = 200
  /// A measurement may be dated up to five minutes ahead (clocks differ a little).
  public static let futureTolerance: TimeInterval = 300

  /// Checks `values` against `template`: unknown fields, missing required ones, kinds, and
  /// the valid range (outside it is a typing error and refused).
  public static func validate(
    _ values: [String: ScreeningValue], note: String, template: ScreeningTemplate, takenAt: Date, now: Date
  ) throws(HealthError) {
    if takenAt > now.addingTimeInterval(futureTolerance) { throw .takenInFuture }
    if note.count > maxNoteLength { throw .noteTooLong(max: maxNoteLength) }
    for key in values.keys.sorted() where template.field(key) == nil {
      throw .unknownField(key)
    }
    for field in template.fields {
      guard let value = values[field.key] else {
        if !field.isOptional { throw .missingValue(field: field.key) }
        continue
      }
      switch (field.kind, value) {
      case (.number(let spec), .number(let n)):
        guard n.isFinite, spec.valid.contains(n) else {
          throw .outOfValidRange(field: field.key, min: spec.valid.lowerBound, max: spec.valid.upperBound)
        }
      case (.yesNo, .yesNo): break
      case (.text, .text(let t)):
        if t.count > maxTextLength { throw .textTooLong(field: field.key, max: maxTextLength) }
      default: throw .wrongKind(field: field.key)
      }
    }
  }

  /// The values to store: those entered, plus carried-forward fields left empty (from
  /// `previous`, the resident's earlier values of the template, newest first) and derived ones.
  public static func complete(
    _ values: [String: ScreeningValue], template: ScreeningTemplate, previous: [[String: ScreeningValue]]
  ) -> [String: ScreeningValue] {
    var all = values
    for field in template.fields where field.carriesForward && all[field.key] == nil {
      if let old = previous.lazy.compactMap({ $0[field.key] }).first { all[field.key] = old }
    }
    for d in template.derived {
      if let v = Derivation.compute(d.formula, from: all) {
        all[d.key] = .number(round(v, decimals: d.decimals))
      }
    }
    return all
  }

  /// The flags for a screening with `values` (complete) taken at `takenAt`, given the
  /// resident's earlier screenings of the same template (any order).
  public static func flags(
    _ values: [String: ScreeningValue], template: ScreeningTemplate, sex: Sex?, takenAt: Date,
    history: [(takenAt: Date, values: [String: ScreeningValue])], timeZone: TimeZone = .danish
  ) -> [ScreeningFlag] {
    var flags: [ScreeningFlag] = []
    for m in template.measures {
      guard let n = values[m.key]?.number, let limits = m.normal?.limits(for: sex) else { continue }
      if let min = limits.min, n < min {
        flags.append(ScreeningFlag(kind: .belowNormal, field: m.key, value: n, limit: min))
      } else if let max = limits.max, n > max {
        flags.append(ScreeningFlag(kind: .aboveNormal, field: m.key, value: n, limit: max))
      }
    }
    for rule in template.rules {
      switch rule {
      case .change(let field, let percent, let period):
        guard let n = values[field]?.number else { continue }
        let from = period.before(CalendarDay(takenAt, in: timeZone)).start(in: timeZone)
        let earlier = history.filter { $0.takenAt < takenAt && $0.takenAt >= from }
          .compactMap { h in h.values[field]?.number.map { (h.takenAt, $0) } }
        let reference = percent < 0 ? earlier.max { $0.1 < $1.1 } : earlier.min { $0.1 < $1.1 }
        guard let (at, ref) = reference, ref > 0 else { continue }
        let change = (n - ref) / ref * 100
        if (percent < 0 && change <= percent) || (percent > 0 && change >= percent) {
          flags.append(
            ScreeningFlag(
              kind: percent < 0 ? .fall : .rise, field: field, value: n, limit: ref,
              percent: round(change, decimals: 1), since: at))
        }
      case .anyYes(let fields, let message):
        if let first = fields.first(where: { values[$0]?.isYes == true }) {
          flags.append(ScreeningFlag(kind: .answer, field: first, message: message))
        }
      }
    }
    return flags
  }

  static func round(_ v: Double, decimals: Int) -> Double {
    let f = pow(10, Double(decimals))
    return (v * f).rounded() / f
  }
}

/// Formulas for derived values, by name.
public enum Derivation {
  /// `bmi`: weight (kg) / height (m)², from the fields `weight` and `height` (cm).
  public static func compute(_ formula: String, from values: [String: ScreeningValue]) -> Double? {
    switch formula {
    case "bmi":
      guard let w = values["weight"]?.number, let h = values["height"]?.number else { return nil }
      return bmi(weightKg: w, heightCm: h)
    default: return nil
    }
  }

  public static func bmi(weightKg: Double, heightCm: Double) -> Double? {
    guard weightKg > 0, heightCm > 0 else { return nil }
    let m = heightCm / 100
    return weightKg / (m * m)
  }
}
