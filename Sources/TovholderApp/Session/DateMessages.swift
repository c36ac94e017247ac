import Foundation
import TerminalUI
import TovholderCore

/// Messages for dates and times typed in Danish form, and today's date as the fields need it.
public enum DateMessages {
  public static func describe(_ error: DateInputError, _ t: Texts) -> String {
    switch error {
    case .empty: return t("date.error.empty")
    case .unrecognized: return t("date.error.unrecognized")
    case .invalidMonth: return t("date.error.month")
    case .invalidDay: return t("date.error.day")
    case .outOfRange: return t("date.error.range")
    }
  }

  public static func describe(_ error: TimeInputError, _ t: Texts) -> String {
    switch error {
    case .empty: return t("time.error.empty")
    case .unrecognized: return t("time.error.unrecognized")
    case .invalidHour: return t("time.error.hour")
    case .invalidMinute: return t("time.error.minute")
    }
  }
}

extension SimpleDate {
  /// Today in the given zone (Danish local time by default).
  public static func today(in zone: TimeZone = .danish, now: Date) -> SimpleDate {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = zone
    let c = calendar.dateComponents([.year, .month, .day], from: now)
    return SimpleDate(year: c.year!, month: c.month!, day: c.day!)!
  }
}
