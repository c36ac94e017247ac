/// Why a typed date was not accepted. The app maps each case to a text in the user's language.
public enum DateInputError: Error, Hashable, Sendable {
  case empty
  /// Not a date in any accepted form.
  case unrecognized
  /// The month is not 1–12.
  case invalidMonth
  /// The day does not exist in that month (31-04, 29-02-2025 …).
  case invalidDay
  /// The year is outside 1–9999, or "i går"/"i morgen" would leave that range.
  case outOfRange
}

/// Parses dates as Danish users type them.
///
/// Accepted (case-insensitive, surrounding blanks ignored):
/// - `24-12-2026`, `24.12.2026`, `24/12/2026`, `24 12 2026`; one-digit day or month (`1-2-2026`);
/// - `2026-12-24` (ISO: a four-digit first group means year-month-day);
/// - two-digit years, `24-12-26`: read as the year in 2000–2099 unless that is more than 20 years
///   after `today`, then 1900–1999 (with today in 2026: `26` → 2026, `46` → 2046, `47` → 1947);
/// - no year, `24-12` or `24/12`: this year (today's);
/// - digits only: `24122026` (ddmmyyyy) and `241226` (ddmmyy);
/// - `i dag`, `i går`, `i morgen` (also written together: `idag`, `igår`, `imorgen`; `i gaar`);
///   also the English `today`, `yesterday`, `tomorrow`.
public enum DateInput {
  public static func parse<Day: CalendarDate>(_ text: String, today: Day) -> Result<Day, DateInputError> {
    let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" })
    let joined = words.joined()
    guard !joined.isEmpty else { return .failure(.empty) }
    let relative: [String: Int] = [
      "idag": 0, "igår": -1, "igaar": -1, "imorgen": 1, "today": 0, "yesterday": -1, "tomorrow": 1,
    ]
    if let offset = relative[joined] {
      let d = today.adding(days: offset)
      guard Day(year: d.year, month: d.month, day: d.day) != nil else { return .failure(.outOfRange) }
      return .success(d)
    }
    // Blanks separate groups only when there is no punctuation ("24. 12. 2026" is "24.12.2026").
    var s = words.joined(separator: words.joined().contains(where: { ".-/".contains($0) }) ? "" : " ")
    if let last = s.last, ".-/".contains(last) { s.removeLast() }  // "24.12."
    let groups = s.split(omittingEmptySubsequences: false, whereSeparator: { ".-/ ".contains($0) }).map(String.init)
    guard !groups.isEmpty, groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigitCharacter) }),
      s.allSatisfy({ $0.isASCIIDigitCharacter || ".-/ ".contains($0) })
    else { return .failure(.unrecognized) }

    var day: String
    var month: String
    var year: String?
    switch groups.count {
    case 1:
      let g = groups[0]
      guard g.count == 8 || g.count == 6 else { return .failure(.unrecognized) }
      day = String(g.prefix(2))
      month = String(g.dropFirst(2).prefix(2))
      year = String(g.dropFirst(4))
    case 2:
      (day, month) = (groups[0], groups[1])
    case 3 where groups[0].count == 4:
      (year, month, day) = (groups[0], groups[1], groups[2])
    case 3:
      (day, month, year) = (groups[0], groups[1], groups[2])
    default:
      return .failure(.unrecognized)
    }
    guard day.count <= 2, month.count <= 2, let d = Int(day), let m = Int(month) else {
      return .failure(.unrecognized)
    }
    var y = today.year
    if let year {
      guard year.count == 2 || year.count == 4, let value = Int(year) else { return .failure(.unrecognized) }
      y = year.count == 4 ? value : twoDigitYear(value, today: today)
    }
    guard (1...12).contains(m) else { return .failure(.invalidMonth) }
    guard (1...9999).contains(y) else { return .failure(.outOfRange) }
    guard let date = Day(year: y, month: m, day: d) else { return .failure(.invalidDay) }
    return .success(date)
  }

  static func twoDigitYear(_ yy: Int, today: some CalendarDate) -> Int {
    let century = today.year / 100 * 100
    var y = century + yy
    if y > today.year + 20 { y -= 100 }
    if y <= today.year - 80 { y += 100 }
    return y
  }
}

/// Why a typed time was not accepted.
public enum TimeInputError: Error, Hashable, Sendable {
  case empty
  case unrecognized
  /// The hour is not 0–23 (24:00 is not accepted; use 00:00 the next day).
  case invalidHour
  /// The minute is not 0–59.
  case invalidMinute
}

/// Parses times of day as Danish users type them: `14:05`, `14.05`, `14,05`, `1405`, `905`
/// (09:05), `14` (14:00), `9` (09:00), an optional `kl.`/`kl` in front, and `nu`/`now`.
public enum TimeInput {
  public static func parse<Time: ClockTime>(_ text: String, now: Time) -> Result<Time, TimeInputError> {
    var s = String(text.lowercased().filter { $0 != " " && $0 != "\t" })
    guard !s.isEmpty else { return .failure(.empty) }
    if s == "nu" || s == "now" { return .success(now) }
    if s.hasPrefix("kl.") {
      s.removeFirst(3)
    } else if s.hasPrefix("kl") {
      s.removeFirst(2)
    }
    let parts = s.split(omittingEmptySubsequences: false, whereSeparator: { ":.,".contains($0) }).map(String.init)
    guard !s.isEmpty, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigitCharacter) }) else {
      return .failure(.unrecognized)
    }
    var hour: String
    var minute: String
    switch parts.count {
    case 1:
      let g = parts[0]
      switch g.count {
      case 1, 2: (hour, minute) = (g, "0")
      case 3, 4: (hour, minute) = (String(g.dropLast(2)), String(g.suffix(2)))
      default: return .failure(.unrecognized)
      }
    case 2:
      guard parts[0].count <= 2, parts[1].count == 2 else { return .failure(.unrecognized) }
      (hour, minute) = (parts[0], parts[1])
    default:
      return .failure(.unrecognized)
    }
    guard let h = Int(hour), let m = Int(minute) else { return .failure(.unrecognized) }
    guard (0...23).contains(h) else { return .failure(.invalidHour) }
    guard let time = Time(hour: h, minute: m) else { return .failure(.invalidMinute) }
    return .success(time)
  }
}

extension Character {
  var isASCIIDigitCharacter: Bool { ("0"..."9").contains(self) }
}
