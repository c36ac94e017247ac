import Foundation

/// Exports of events without the reporter's identity (and without the resident's name):
/// CSV for spreadsheets and the DPSD field set, one block per event.
public enum IncidentExport {
  public enum Format: String, CaseIterable, Sendable {
    case csv
    case dpsd
  }

  /// The CSV columns, in order (their headings are `incidents.export.csv.<column>`).
  public static let csvColumns = [
    "number", "day", "time", "certainty", "unit", "place", "category", "headline", "course", "consequences",
    "prevention", "actual", "possible", "severity", "medicine", "substance", "route", "strength", "status",
    "rejection", "registered", "batch",
  ]

  public static func csvHeader(_ w: Wording) -> [String] { csvColumns.map { w("incidents.export.csv.\($0)") } }

  /// `unitNames`: unit id → name. Times are shown in Danish local time.
  public static func csv(
    _ incidents: [Incident], unitNames: [UnitID: String], wording w: Wording, byteOrderMark: Bool = true
  ) -> String {
    var out = csvStart(w, byteOrderMark: byteOrderMark)
    for i in incidents { out += csvRow(i, unitNames: unitNames, wording: w) }
    return out
  }

  /// The byte order mark (for spreadsheets) and the header row.
  public static func csvStart(_ w: Wording, byteOrderMark: Bool = true) -> String {
    (byteOrderMark ? CSV.byteOrderMark : "") + CSV.row(csvHeader(w))
  }

  /// One event's CSV row, line end included. The day is ISO (a spreadsheet sorts it).
  public static func csvRow(_ i: Incident, unitNames: [UnitID: String], wording w: Wording) -> String {
    let r = i.report
    return CSV.row([
      String(i.id), r.time.day.iso, r.time.clockText ?? "", certaintyName(r.time.certainty, w),
      unitNames[r.unitID] ?? "", r.place, i.categoryName, r.headline, r.description.course,
      r.description.consequences, r.description.prevention, consequenceName(r.actual, w),
      consequenceName(r.possible, w), severityName(i.severity, w), r.medicine.name, r.medicine.substance,
      r.medicine.route, r.medicine.strength, statusName(i.status, w), i.rejection.map { rejectionName($0, w) } ?? "",
      DateWording.isoDateTime(i.registeredAt), w(i.batchID == nil ? "incidents.export.no" : "incidents.export.yes"),
    ])
  }

  /// The DPSD field set: per event, `Felt: værdi` lines in the order of the DPSD form,
  /// multi-line values indented by two spaces, events separated by a blank line.
  public static func dpsd(_ incidents: [Incident], unitNames: [UnitID: String], wording w: Wording) -> String {
    let blocks = incidents.map { dpsdBlock($0, unitNames: unitNames, wording: w) }
    return blocks.isEmpty ? "" : blocks.joined(separator: "\n\n") + "\n"
  }

  /// One event's `Felt: værdi` lines (headings `incidents.export.dpsd.<field>`), without a
  /// line end after the last.
  public static func dpsdBlock(_ i: Incident, unitNames: [UnitID: String], wording w: Wording) -> String {
    let r = i.report
    var fields: [(String, String)] = [
      ("number", String(i.id)),
      ("day", DateWording.day(r.time.day)),
      ("time", r.time.clockText.map { "\($0) (\(certaintyName(r.time.certainty, w)))" } ?? certaintyName(.unknown, w)),
      ("place", [unitNames[r.unitID], r.place].compactMap { $0 }.joined(separator: ", ")),
      ("category", i.categoryName),
      ("headline", r.headline),
      ("course", r.description.course),
      ("consequences", r.description.consequences),
      ("prevention", r.description.prevention),
      ("actual", consequenceName(r.actual, w)),
      ("possible", consequenceName(r.possible, w)),
      ("severity", severityName(i.severity, w)),
    ]
    if !r.medicine.isEmpty {
      fields += [
        ("medicine", r.medicine.name), ("substance", r.medicine.substance),
        ("route", r.medicine.route), ("strength", r.medicine.strength),
      ]
    }
    if i.batchID != nil { fields.append(("reportForm", w("incidents.export.batchReport"))) }
    return fields.map { field, value in w("incidents.export.dpsd.\(field)") + ":" + indent(value) }
      .joined(separator: "\n")
  }

  /// " value", nothing for an empty value, or the lines indented below the name.
  static func indent(_ value: String) -> String {
    let lines = value.split(separator: "\n", omittingEmptySubsequences: false)
    guard lines.count > 1 else { return value.isEmpty ? "" : " " + value }
    return "\n" + lines.map { "  " + $0 }.joined(separator: "\n")
  }

  public static func consequenceName(_ c: Consequence, _ w: Wording) -> String { w("incidents.consequence.\(c.key)") }
  public static func certaintyName(_ c: TimeCertainty, _ w: Wording) -> String {
    w("incidents.certainty.\(c.rawValue)")
  }
  public static func statusName(_ s: IncidentStatus, _ w: Wording) -> String { w("incidents.status.\(s.rawValue)") }
  public static func severityName(_ s: Severity, _ w: Wording) -> String { w("incidents.severity.\(s.key)") }
  public static func rejectionName(_ r: RejectionReason, _ w: Wording) -> String { w("incidents.reject.\(r.rawValue)") }

}
