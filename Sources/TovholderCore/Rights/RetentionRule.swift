import Foundation

/// The home's period for one kind of record, counted from the day the resident moved out,
/// with the rule it follows in the home's own words (e.g. "Arkivloven § 5: 5 år"). A kind
/// without a rule is kept: no period is ever assumed.
public struct RetentionRule: Hashable, Sendable, Identifiable {
  public var id: Int64
  public var kind: RetentionKind
  /// Nil: the admin cleared the period, so the kind is kept again until one is set.
  public var months: Int?
  public var rule: String
  public var setAt: Date
  public var setByName: String

  public init(id: Int64, kind: RetentionKind, months: Int?, rule: String, setAt: Date, setByName: String) {
    self.id = id
    self.kind = kind
    self.months = months
    self.rule = rule
    self.setAt = setAt
    self.setByName = setByName
  }

  /// The first day the kind may be deleted for a resident who moved out on `movedOut`: the
  /// day after the period ends. Nil when no period is set.
  public func deletableFrom(movedOut: CalendarDay) -> CalendarDay? {
    months.map { movedOut.adding(months: $0).adding(days: 1) }
  }

  /// True when the period has run out on `today` for someone who moved out on `movedOut`.
  public func isDue(movedOut: CalendarDay, today: CalendarDay) -> Bool {
    deletableFrom(movedOut: movedOut).map { $0 <= today } ?? false
  }
}

/// What an admin types for a period: "5 år", "18 mdr", "6 måneder", "2 years", "3 months",
/// or a bare number of years. Parsed to whole months, 1 month to 100 years.
public enum RetentionPeriod {
  public static let maximumMonths = 1200

  public static func months(from text: String) throws(RetentionError) -> Int {
    let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
    guard !trimmed.isEmpty else { throw .periodMissing }
    let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
    let unit = trimmed.dropFirst(digits.count).trimmingCharacters(in: .whitespaces).trimmingCharacters(
      in: CharacterSet(charactersIn: "."))
    let perUnit: Int
    switch unit {
    case "", "år", "aar", "y", "year", "years": perUnit = 12
    case "m", "md", "mdr", "måned", "måneder", "month", "months": perUnit = 1
    default: throw .periodUnreadable(text)
    }
    guard !digits.isEmpty else { throw .periodUnreadable(text) }
    guard let number = Int(digits) else { throw .periodOutOfRange }
    let (months, overflow) = number.multipliedReportingOverflow(by: perUnit)
    guard !overflow, (1...maximumMonths).contains(months) else { throw .periodOutOfRange }
    return months
  }

  /// Whole years when the months divide evenly, else months (for showing a set period).
  public static func parts(_ months: Int) -> (years: Int, months: Int) {
    months % 12 == 0 ? (months / 12, 0) : (0, months)
  }
}

/// Why a retention setting or run was refused. The app turns each into words.
public enum RetentionError: Error, Equatable, Sendable {
  case periodMissing
  case periodUnreadable(String)
  case periodOutOfRange
  /// A period needs the rule it follows, so the next admin knows why.
  case ruleMissing
  case ruleTooLong
}

extension RetentionRule {
  public static let maximumRuleLength = 300

  /// Checks a new setting: a period needs its rule; clearing (nil) needs nothing.
  public static func validate(months: Int?, rule: String) throws(RetentionError) {
    let text = rule.trimmingCharacters(in: .whitespacesAndNewlines)
    if months != nil && text.isEmpty { throw .ruleMissing }
    if text.count > maximumRuleLength { throw .ruleTooLong }
    if let months, !(1...RetentionPeriod.maximumMonths).contains(months) { throw .periodOutOfRange }
  }
}
