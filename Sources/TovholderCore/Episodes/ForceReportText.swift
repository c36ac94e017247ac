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

  public static func render(_ report: ForceReport, form: ForceForm, context c: Context, timeZone: TimeZone = .danish)
    throws(ForceFormError) -> String
  {
    guard form.form == report.form else { throw .unknownForm(report.form.rawValue) }
    guard form.version == report.formVersion else {
      throw .versionMismatch(report: report.formVersion, catalogue: form.version)
    }
    var lines: [String] = []
    lines.append(form.title)
    lines.append("\(form.issuer) – version \(form.version), gældende fra \(form.inForceFrom)")
    lines.append("Hjemmel: \(form.legalBasis.joined(separator: ", "))")
    if let source = form.wordingSource {
      lines.append("Ordlydens kilde: \(source)")
    }
    if !form.verified {
      lines.append(
        "OBS: ordlyden er ikke verificeret mod den officielle blanket (\(form.unverifiedFieldCount) felter).")
    }
    lines.append(
      "Indberetning nr. \(report.id) · registreret \(stamp(report.registeredAt, timeZone)) af \(report.registeredByName)"
    )
    lines.append("Borger: \(c.residentName) (\(c.residentCPR)) · \(c.unitName), \(c.homeName)")
    for section in form.sections {
      lines.append("")
      lines.append(section.title)
      lines.append(String(repeating: "-", count: min(72, max(4, section.title.count))))
      for field in section.fields {
        let mark = field.verified ? "" : " [ordlyd ikke verificeret]"
        let value = (report.answers[field.id] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
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
    lines.append("Ledelsens vurdering")
    lines.append("-------------------")
    if let a = report.assessment, let at = report.assessedAt {
      lines.append("\(report.assessedByName ?? "") · \(stamp(at, timeZone))")
      lines.append(contentsOf: a.split(separator: "\n", omittingEmptySubsequences: false).map { "  \($0)" })
    } else {
      lines.append("  (endnu ikke vurderet)")
    }
    lines.append("")
    lines.append("Sendt til handlekommunen: \(report.sentToMunicipalityOn?.iso ?? "–")")
    lines.append("Sendt til socialtilsynet: \(report.sentToSupervisorOn?.iso ?? "–")")
    let who = report.relativesInformedWho.map { " (\($0))" } ?? ""
    lines.append("Værge/pårørende orienteret: \(report.relativesInformedOn?.iso ?? "–")\(who)")
    return lines.joined(separator: "\n") + "\n"
  }

  public static func stamp(_ date: Date, _ zone: TimeZone) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = zone
    let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
    return String(format: "%02d-%02d-%04d %02d:%02d", c.day!, c.month!, c.year!, c.hour!, c.minute!)
  }
}
