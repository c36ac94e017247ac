import Foundation

/// Turns screenings into the words a user reads. Texts come from the caller's text table
/// (`lookup(key)` returns the raw text with `{0}` placeholders), so Core holds no wording.
public struct HealthFormat: Sendable {
  public let language: String
  let lookup: @Sendable (String) -> String

  public init(language: String, lookup: @escaping @Sendable (String) -> String) {
    self.language = language
    self.lookup = lookup
  }

  public func text(_ key: String, _ args: String...) -> String {
    var t = lookup(key)
    for (i, a) in args.enumerated() { t = t.replacingOccurrences(of: "{\(i)}", with: a) }
    return t
  }

  /// `24-11-2026`, as everywhere in the program.
  public func day(_ d: CalendarDay) -> String { DateWording.day(d) }

  /// `24-11-2026 08:10` in Danish local time.
  public func time(_ date: Date, in zone: TimeZone = .danish) -> String { DateWording.dateTime(date, in: zone) }

  /// `hver 3. måned` / `every 3 months`.
  public func interval(_ i: ScreeningInterval) -> String {
    i.count == 1
      ? text("health.interval.\(i.unit.rawValue).1") : text("health.interval.\(i.unit.rawValue)", String(i.count))
  }

  public func number(_ v: Double, decimals: Int) -> String {
    HealthEntry.format(v, decimals: decimals, language: language)
  }

  /// `75,2 kg`, `ja`, or the text.
  public func value(_ v: ScreeningValue, measure: ScreeningMeasure?) -> String {
    switch v {
    case .number(let n):
      guard let m = measure else { return number(n, decimals: 1) }
      return "\(number(n, decimals: m.decimals)) \(m.unit)"
    case .yesNo(let b): return text(b ? "health.yes" : "health.no")
    case .text(let t): return t
    }
  }

  /// The values of a screening in template order: `Vægt 75,2 kg · Højde 178 cm · BMI 23,2`.
  public func values(_ s: Screening, template: ScreeningTemplate) -> String {
    let measures = Dictionary(template.measures.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
    let names = template.fields.map { ($0.key, $0.name) } + template.derived.map { ($0.key, $0.name) }
    return names.compactMap { key, name in
      s.values[key].map { "\(name.text(language)) \(value($0, measure: measures[key]))" }
    }.joined(separator: " · ")
  }

  /// A short form for lists: the measures (carried-forward ones left out), and for yes/no
  /// questions the ones answered yes, or "nej" when none: `Vægt 75,2 kg · BMI 23,2`.
  public func summary(_ s: Screening, template: ScreeningTemplate) -> String {
    var parts: [String] = []
    for m in template.measures where template.field(m.key)?.carriesForward != true {
      if let v = s.values[m.key] { parts.append("\(m.name.text(language)) \(value(v, measure: m))") }
    }
    let questions = template.fields.filter { $0.kind == .yesNo }
    let yes = questions.filter { s.values[$0.key]?.isYes == true }
    if !yes.isEmpty {
      parts.append(text("health.yes") + ": " + yes.map { $0.name.text(language) }.joined(separator: ", "))
    } else if !questions.isEmpty && parts.isEmpty {
      parts.append(text(questions.count == 1 ? "health.no" : "health.allNo"))
    }
    return parts.joined(separator: " · ")
  }

  /// One flag in words: `Vægt faldet 6,0 % siden 20.09.2026 (80,0 kg)`.
  public func flag(_ f: ScreeningFlag, template: ScreeningTemplate?) -> String {
    let m = template?.measures.first { $0.key == f.field }
    let name = m?.name.text(language) ?? template?.field(f.field)?.name.text(language) ?? f.field
    let unit = m.map { " \($0.unit)" } ?? ""
    let decimals = m?.decimals ?? 1
    func n(_ v: Double?) -> String { v.map { number($0, decimals: decimals) + unit } ?? "" }
    switch f.kind {
    case .belowNormal: return text("health.flag.below", name, n(f.value), n(f.limit))
    case .aboveNormal: return text("health.flag.above", name, n(f.value), n(f.limit))
    case .fall, .rise:
      let pct = number(abs(f.percent ?? 0), decimals: 1)
      let since = f.since.map { day(CalendarDay($0, in: .danish)) } ?? ""
      return text(f.kind == .fall ? "health.flag.fall" : "health.flag.rise", name, pct, since, n(f.limit))
    case .answer:
      let message = f.message.map { $0.text(language) } ?? ""
      return message.isEmpty ? text("health.flag.answer", name) : message
    }
  }

  /// All flags of a screening, changes and answers first (they matter most), then ranges.
  public func flags(_ s: Screening, template: ScreeningTemplate?) -> String {
    let order: [ScreeningFlag.Kind] = [.fall, .rise, .answer, .belowNormal, .aboveNormal]
    return s.flags.enumerated()
      .sorted {
        (order.firstIndex(of: $0.element.kind)!, $0.offset) < (order.firstIndex(of: $1.element.kind)!, $1.offset)
      }
      .map { flag($0.element, template: template) }.joined(separator: "; ")
  }

  public func consent(_ c: HealthConsent?) -> String {
    guard let c else { return text("health.consent.none") }
    return text("health.consent.\(c.status.rawValue)", text("health.consent.form.\(c.form.rawValue)"), day(c.day))
  }

  public func status(_ s: ScreeningDueStatus) -> String { text("health.due.\(s.rawValue)") }
}
