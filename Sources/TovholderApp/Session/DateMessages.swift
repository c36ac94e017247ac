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

/// The program's one calendar in TerminalUI's date and time fields: a typed date is a
/// `CalendarDay`, a typed time a `TimeOfDay`, written as `DateWording` writes them.
extension CalendarDay: CalendarDate {
  public var fieldText: String { DateWording.day(self) }
}

extension TimeOfDay: ClockTime {
  public var fieldText: String { description }
}
