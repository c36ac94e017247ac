import Foundation

/// The summary for the GP or the health check (`tovholder export screenings RESIDENT`):
/// consent, then each assigned screening with its interval, next due day and recent values.
public struct ScreeningSummary: Hashable, Sendable {
  public struct Section: Hashable, Sendable {
    public var template: ScreeningTemplate
    public var interval: ScreeningInterval
    public var due: CalendarDay
    /// Newest first.
    public var screenings: [Screening]

    public init(template: ScreeningTemplate, interval: ScreeningInterval, due: CalendarDay, screenings: [Screening]) {
      self.template = template
      self.interval = interval
      self.due = due
      self.screenings = screenings
    }
  }

  public var residentName: String
  public var cpr: CPRNumber
  public var unitName: String
  public var generatedAt: Date
  public var generatedBy: String
  public var consent: HealthConsent?
  public var sections: [Section]

  public init(
    residentName: String, cpr: CPRNumber, unitName: String, generatedAt: Date, generatedBy: String,
    consent: HealthConsent?, sections: [Section]
  ) {
    self.residentName = residentName
    self.cpr = cpr
    self.unitName = unitName
    self.generatedAt = generatedAt
    self.generatedBy = generatedBy
    self.consent = consent
    self.sections = sections
  }

  /// Plain text, one screening a line; flagged values are marked `(!)` with their reasons.
  public func text(_ f: HealthFormat) -> String {
    var lines = [
      f.text("health.export.title"),
      f.text("health.export.resident", residentName, cpr.formatted, unitName),
      f.text("health.export.generated", f.time(generatedAt), generatedBy),
      f.text("health.export.consent", f.consent(consent)),
    ]
    for s in sections {
      lines.append("")
      lines.append(
        f.text("health.export.section", s.template.name.text(f.language), f.interval(s.interval), f.day(s.due)))
      if s.screenings.isEmpty { lines.append("  " + f.text("health.export.none")) }
      for sc in s.screenings {
        var line = "  \(f.day(sc.day))  \(f.values(sc, template: s.template))"
        if sc.isFlagged { line += "  (!) " + f.flags(sc, template: s.template) }
        if !sc.note.isEmpty { line += "  – " + sc.note }
        lines.append(line)
        if let seen = sc.seen {
          lines.append(
            "      " + f.text("health.export.seen", seen.byName, f.day(CalendarDay(seen.at, in: .danish)), seen.note))
        }
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
