import Foundation

/// The completed form as plain text in the official order (`tovholder export force-report`).
/// The agency's logo cannot be printed in a terminal, so the text names the form and version.
public enum ForceReportText {
  public struct Context: Sendable {
    public var residentName: String
    public var residentCPR: String
    public var unitName: String
    public var homeName: String

    public init(residentName: String, residentCPR: String, unitName: String, homeName: String) {
      self.residentName = residentName
      self.residentCPR = residentCPR
      self.unitName = unitName
      self.homeName = homeName
    }
  }

  /// The headings and notes are `episodes.forceText.*` texts in `w`'s language; the form's
  /// own title, sections and labels are the catalogue's.
  public static func render(
    _ report: ForceReport, form: ForceForm, context c: Context, wording w: Wording, timeZone: TimeZone = .danish
  ) throws(ForceFormError) -> String {
    guard form.form == report.form else { throw .unknownForm(report.form.rawValue) }
    guard form.version == report.formVersion else {
      throw .versionMismatch(report: report.formVersion, catalogue: form.version)
    }
    func day(_ d: CalendarDay?) -> String { d.map(DateWording.day) ?? "–" }
    var lines: [String] = []
    lines.append(form.title)
    lines.append(w("episodes.forceText.issuer", form.issuer, form.version, form.inForceFrom))
    lines.append(w("episodes.forceText.legalBasis", form.legalBasis.joined(separator: ", ")))
    if let source = form.wordingSource {
      lines.append(w("episodes.forceText.source", source))
    }
    if !form.verified {
      lines.append(w("episodes.forceText.unverifiedFields", form.unverifiedFieldCount, form.fields.count))
    }
    lines.append(
      w(
        "episodes.forceText.report", report.id, DateWording.dateTime(report.registeredAt, in: timeZone),
        report.registeredByName))
    lines.append(w("episodes.forceText.resident", c.residentName, c.residentCPR, c.unitName, c.homeName))
    let unverified = " " + w("episodes.forceText.unverified")
    for section in form.sections {
      lines.append("")
      lines.append(section.title)
      lines.append(String(repeating: "-", count: min(72, max(4, section.title.count))))
      for field in section.fields {
        let mark = field.verified ? "" : unverified
        var value = (report.answers[field.id] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        // Dates are kept as ISO in the answers and read dd-mm-yyyy, as everywhere else.
        if field.kind == .date, let d = CalendarDay(iso: value) { value = DateWording.day(d) }
        if field.kind == .choice, !value.isEmpty { value = field.titled(value) }
        let shown = value.isEmpty ? "–" : value
        if field.kind == .longText {
          lines.append("\(field.label)\(mark):")
          lines.append(contentsOf: shown.split(separator: "\n", omittingEmptySubsequences: false).map { "  \($0)" })
        } else {
          lines.append("\(field.label)\(mark): \(shown)")
        }
      }
    }
    lines.append("")
    let assessment = w("episodes.forceText.assessment")
    lines.append(assessment)
    lines.append(String(repeating: "-", count: assessment.count))
    if let a = report.assessment, let at = report.assessedAt {
      lines.append("\(report.assessedByName ?? "") · \(DateWording.dateTime(at, in: timeZone))")
      lines.append(contentsOf: a.split(separator: "\n", omittingEmptySubsequences: false).map { "  \($0)" })
    } else {
      lines.append("  " + w("episodes.forceText.notAssessed"))
    }
    lines.append("")
    lines.append(w("episodes.forceText.municipality", day(report.sentToMunicipalityOn)))
    lines.append(w("episodes.forceText.supervisor", day(report.sentToSupervisorOn)))
    let who = report.relativesInformedWho.map { " (\($0))" } ?? ""
    lines.append(w("episodes.forceText.informed", day(report.relativesInformedOn)) + who)
    return lines.joined(separator: "\n") + "\n"
  }
}
