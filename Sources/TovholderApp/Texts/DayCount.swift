/// Counts of days in words: "i dag", "i morgen", "om 3 dage"; "1 dag", "2 dage".
extension Texts {
  /// A day `days` ahead of today: today, tomorrow, or in n days (n ≥ 2). Negative counts
  /// read as days ago.
  public func daysAhead(_ days: Int) -> String {
    switch days {
    case 0: return self("days.today")
    case 1: return self("days.tomorrow")
    case -1: return self("days.yesterday")
    case ..<0: return self("days.ago", -days)
    default: return self("days.ahead", days)
    }
  }

  /// "1 dag", "3 dage".
  public func dayCount(_ days: Int) -> String {
    self(abs(days) == 1 ? "days.one" : "days.many", days)
  }
}
