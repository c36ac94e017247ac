/// A day as TerminalUI's date fields read and write it. TerminalUI has no calendar of its own:
/// the program's day type (Core's `CalendarDay`, conformed in the app) is what a typed date
/// becomes, so there is nothing to convert.
public protocol CalendarDate: Hashable, Sendable {
  var year: Int { get }
  var month: Int { get }
  var day: Int { get }
  /// nil for a day that does not exist (31-02, month 13, a year outside 1...9999).
  init?(year: Int, month: Int, day: Int)
  /// The day `days` later (earlier when negative).
  func adding(days: Int) -> Self
  /// How a date field shows the day (`24-12-2026`).
  var fieldText: String { get }
}

/// A time of day to the minute as TerminalUI's time fields read and write it (Core's
/// `TimeOfDay`, conformed in the app).
public protocol ClockTime: Hashable, Sendable {
  var hour: Int { get }
  var minute: Int { get }
  /// nil unless 0...23 and 0...59.
  init?(hour: Int, minute: Int)
  /// How a time field shows the time (`14:05`).
  var fieldText: String { get }
}
