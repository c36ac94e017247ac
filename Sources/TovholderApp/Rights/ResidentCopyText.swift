import Foundation
import TovholderCore

/// A resident's full copy as a readable document in the user's language: a heading, then
/// each table's rows field by field (staff by name, times in Danish time, yes/no), then who
/// has read or changed the data. Every field of every row is there; empty fields are left out.
public enum ResidentCopyText {
  public static func render(_ copy: ResidentCopy, _ t: Texts) -> String {
    let s = copy.subject
    var lines = [
      t("rights.copy.title", copy.home, s.name),
      t("rights.copy.subject", s.number, s.cpr, s.unit, DateWording.day(s.movedIn)),
    ]
    if let out = s.movedOut { lines.append(t("rights.copy.movedOut", DateWording.day(out))) }
    lines += [
      t("rights.copy.generated", DateWording.dateTime(copy.generatedAt), copy.generatedBy),
      t("rights.copy.explain"),
    ]
    for table in copy.tables {
      lines += ["", heading(t("rights.copy.section", t("rights.table.\(table.name)"), table.rows.count))]
      if table.rows.isEmpty { lines.append(t("rights.copy.none")) }
      for (i, row) in table.rows.enumerated() {
        if i > 0 { lines.append("") }
        for (column, value) in zip(table.columns, row) {
          guard let text = words(value, column, copy.staff, t) else { continue }
          lines.append(field(t("rights.col.\(column.name)"), text))
        }
      }
    }
    lines += ["", heading(t("rights.copy.accessLog", copy.accessLog.count))]
    if copy.accessLog.isEmpty { lines.append(t("rights.copy.none")) }
    for e in copy.accessLog {
      lines.append("\(DateWording.dateTime(e.at))  \(RightsWords.who(e, t))  \(RightsWords.what(e, t))")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static func heading(_ text: String) -> String { text + "\n" + String(repeating: "=", count: text.count) }

  /// "Label: value", a value of several lines indented under the label.
  static func field(_ label: String, _ value: String) -> String {
    let parts = value.split(separator: "\n", omittingEmptySubsequences: false)
    return "\(label): " + parts.joined(separator: "\n" + String(repeating: " ", count: label.count + 2))
  }

  /// A value as the reader wants it; nil for an empty field.
  static func words(
    _ value: ResidentCopy.Value, _ column: ResidentCopy.Column, _ staff: [AccountID: String], _ t: Texts
  )
    -> String?
  {
    switch value {
    case .null: return nil
    case .integer(let id) where column.isStaff: return staff[id] ?? String(id)
    case .integer(let v): return String(v)
    case .real(let v): return String(v)
    case .boolean(let v): return v ? t("rights.copy.yes") : t("rights.copy.no")
    case .dateTime(let d): return DateWording.dateTime(d)
    case .text(let s):
      if s.isEmpty { return nil }
      if s.count == 10, let day = CalendarDay(iso: s) { return DateWording.day(day) }
      return s
    }
  }
}
