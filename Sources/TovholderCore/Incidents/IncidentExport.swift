import Foundation

/// Exports of events without the reporter's identity (and without the resident's name):
/// CSV for spreadsheets and the DPSD field set, one block per event.
public enum IncidentExport {
  public enum Format: String, CaseIterable, Sendable {
    case csv
    case dpsd
  }

  /// The CSV header, in column order.
  public static let csvHeader = [
    "Nummer", "Hændelsesdato", "Tidspunkt", "Tidspunkt sikkerhed", "Afdeling", "Hændelsessted",
    "Kategori", "Overskrift", "Hændelsesforløb", "Konsekvenser", "Forebyggelse", "Faktisk konsekvens",
    "Mulig konsekvens", "Alvorlighed", "Lægemiddel", "Aktivt stof", "Administrationsvej", "Styrke",
    "Status", "Afvisningsgrund", "Registreret", "Samlet indberetning",
  ]

  /// `unitNames`: unit id → name. Times are shown in Danish local time.
  public static func csv(_ incidents: [Incident], unitNames: [UnitID: String], byteOrderMark: Bool = true) -> String {
    var out = csvStart(byteOrderMark: byteOrderMark)
    for i in incidents { out += csvRow(i, unitNames: unitNames) }
    return out
  }

  /// The byte order mark (for spreadsheets) and the header row.
  public static func csvStart(byteOrderMark: Bool = true) -> String {
    (byteOrderMark ? CSV.byteOrderMark : "") + CSV.row(csvHeader)
  }

  /// One event's CSV row, line end included.
  public static func csvRow(_ i: Incident, unitNames: [UnitID: String]) -> String {
    let r = i.report
    return CSV.row([
      String(i.id), r.time.day.iso, r.time.clockText ?? "", certaintyName(r.time.certainty),
      unitNames[r.unitID] ?? "", r.place, i.categoryName, r.headline, r.description.course,
      r.description.consequences, r.description.prevention, consequenceName(r.actual),
      consequenceName(r.possible), i.severity.danishName, r.medicine.name, r.medicine.substance,
      r.medicine.route, r.medicine.strength, statusName(i.status), i.rejection?.danishName ?? "",
      localTimestamp(i.registeredAt), i.batchID == nil ? "nej" : "ja",
    ])
  }

  /// The DPSD field set: per event, `Felt: værdi` lines in the order of the DPSD form,
  /// multi-line values indented by two spaces, events separated by a blank line.
  public static func dpsd(_ incidents: [Incident], unitNames: [UnitID: String]) -> String {
    let blocks = incidents.map { dpsdBlock($0, unitNames: unitNames) }
    return blocks.isEmpty ? "" : blocks.joined(separator: "\n\n") + "\n"
  }

  /// One event's `Felt: værdi` lines, without a line end after the last.
  public static func dpsdBlock(_ i: Incident, unitNames: [UnitID: String]) -> String {
    let r = i.report
    var fields: [(String, String)] = [
      ("Hændelsesnummer (lokalt)", String(i.id)),
      ("Hændelsesdato", danishDay(r.time.day)),
      ("Tidspunkt", r.time.clockText.map { "\($0) (\(certaintyName(r.time.certainty)))" } ?? "ukendt"),
      ("Hændelsessted", [unitNames[r.unitID], r.place].compactMap { $0 }.joined(separator: ", ")),
      ("Hændelsestype", i.categoryName),
      ("Overskrift", r.headline),
      ("Beskriv hændelsen (før, under, efter)", r.description.course),
      ("Hvad var konsekvenserne", r.description.consequences),
      ("Forslag til forebyggelse", r.description.prevention),
      ("Faktisk konsekvens", consequenceName(r.actual)),
      ("Mulig konsekvens", consequenceName(r.possible)),
      ("Alvorlighedsgrad", i.severity.danishName),
    ]
    if !r.medicine.isEmpty {
      fields += [
        ("Lægemiddel", r.medicine.name), ("Aktivt indholdsstof", r.medicine.substance),
        ("Administrationsvej", r.medicine.route), ("Styrke", r.medicine.strength),
      ]
    }
    if i.batchID != nil { fields.append(("Indberetningsform", "Samlet månedlig indberetning")) }
    return fields.map { name, value in "\(name):" + indent(value) }.joined(separator: "\n")
  }

  /// " value", nothing for an empty value, or the lines indented below the name.
  static func indent(_ value: String) -> String {
    let lines = value.split(separator: "\n", omittingEmptySubsequences: false)
    guard lines.count > 1 else { return value.isEmpty ? "" : " " + value }
    return "\n" + lines.map { "  " + $0 }.joined(separator: "\n")
  }

  public static func consequenceName(_ c: Consequence) -> String {
    switch c {
    case .none: "Ingen skade"
    case .mild: "Mild"
    case .moderate: "Moderat"
    case .severe: "Alvorlig"
    case .death: "Dødelig"
    }
  }

  public static func certaintyName(_ c: TimeCertainty) -> String {
    switch c {
    case .known: "kendt"
    case .estimated: "anslået"
    case .unknown: "ukendt"
    }
  }

  public static func statusName(_ s: IncidentStatus) -> String {
    switch s {
    case .registered: "Registreret"
    case .underReview: "Under behandling"
    case .closed: "Afsluttet"
    case .rejected: "Afvist"
    }
  }

  static func danishDay(_ d: CalendarDay) -> String {
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    return "\(two(d.day))-\(two(d.month))-\(d.year)"
  }

  static func localTimestamp(_ date: Date) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = .danish
    let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
    func two(_ n: Int?) -> String { let n = n ?? 0; return n < 10 ? "0\(n)" : "\(n)" }
    return "\(c.year ?? 0)-\(two(c.month))-\(two(c.day)) \(two(c.hour)):\(two(c.minute))"
  }
}
