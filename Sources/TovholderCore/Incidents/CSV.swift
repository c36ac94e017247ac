import Foundation

/// CSV as Danish spreadsheets expect it: UTF-8, `;` between fields, CRLF between rows, a
/// field quoted when it holds `;`, `"`, a line break or leading/trailing space, and `"`
/// doubled inside quotes.
///
/// Every CSV the program writes goes through `field`, which also keeps a spreadsheet from
/// running a cell as a formula (a cell starting with `=`, `+`, `-`, `@`, tab or carriage
/// return gets a leading `'`, as OWASP recommends) and makes control characters visible.
public enum CSV {
  public static let separator: Character = ";"
  /// The UTF-8 byte order mark, so spreadsheet programs read æ, ø, å right.
  public static let byteOrderMark = "\u{FEFF}"

  /// The first characters that make a spreadsheet read a cell as a formula.
  static let formulaStarts: Set<UInt8> = [0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D]

  public static func field(_ raw: String) -> String {
    var value = VisibleText.of(raw)
    if let first = value.utf8.first, formulaStarts.contains(first) { value = "'" + value }
    // Scan bytes, not graphemes: these are all ASCII, and exports are large.
    let needsQuotes =
      value.utf8.contains { $0 == 0x3B || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
      || value.first?.isWhitespace == true || value.last?.isWhitespace == true
    guard needsQuotes else { return value }
    return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  public static func row(_ values: [String]) -> String {
    values.map(field).joined(separator: String(separator)) + "\r\n"
  }

  /// Reads CSV written by `row` (or a spreadsheet): quoted fields may hold `;`, `"` and
  /// line breaks. A leading byte order mark is skipped.
  public static func parse(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var inQuotes = false
    var chars = Substring(text)
    if chars.first == "\u{FEFF}" { chars = chars.dropFirst() }
    var i = chars.startIndex
    var fieldStarted = false
    while i < chars.endIndex {
      let c = chars[i]
      if inQuotes {
        if c == "\"" {
          let n = chars.index(after: i)
          if n < chars.endIndex && chars[n] == "\"" {
            field.append("\"")
            i = n
          } else {
            inQuotes = false
          }
        } else {
          field.append(c)
        }
      } else if c == "\"" && field.isEmpty {
        inQuotes = true
        fieldStarted = true
      } else if c == separator {
        row.append(field)
        field = ""
        fieldStarted = true
      } else if c == "\r\n" || c == "\n" || c == "\r" {
        row.append(field)
        rows.append(row)
        row = []
        field = ""
        fieldStarted = false
      } else {
        field.append(c)
        fieldStarted = true
      }
      i = chars.index(after: i)
    }
    if fieldStarted || !field.isEmpty || !row.isEmpty {
      row.append(field)
      rows.append(row)
    }
    return rows
  }
}
