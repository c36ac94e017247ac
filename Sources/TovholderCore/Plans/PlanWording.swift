import Foundation

/// Turns plan values into the words the user reads, from the texts and catalogue given
/// (core cannot load resources). `template(key)` returns the text with `{0}` placeholders.
public struct PlanWording: Sendable {
  public let catalog: PlanCatalog
  public let language: String
  let template: @Sendable (String) -> String

  public init(catalog: PlanCatalog, language: String, template: @escaping @Sendable (String) -> String) {
    self.catalog = catalog
    self.language = language
    self.template = template
  }

  /// The text for `key` with `{0}`, `{1}` … filled.
  public func callAsFunction(_ key: String, _ args: CustomStringConvertible...) -> String {
    var text = template(key)
    for (i, a) in args.enumerated() { text = text.replacingOccurrences(of: "{\(i)}", with: a.description) }
    return text
  }

  /// A day as the program writes every day (24-11-2026), in both languages.
  public func day(_ d: CalendarDay) -> String { DateWording.day(d) }

  /// The day an instant falls on in Danish local time.
  public func day(_ date: Date) -> String { day(CalendarDay(date, in: .danish)) }

  public func theme(_ id: String) -> String { catalog.theme(id)?.label.text(language) ?? id }
  public func goalType(_ id: String) -> String { catalog.goalType(id)?.label.text(language) ?? id }
  public func level(_ id: String) -> String { catalog.level(id)?.label.text(language) ?? id }
  public func status(_ s: GoalStatus) -> String { self("plans.status.\(s.rawValue)") }
  public func decision(_ d: FollowUpDecision) -> String { self("plans.decision.\(d.rawValue)") }

  /// "Skala 0–4", "Antal", "Ja/nej" (from the catalogue when it has the measure).
  public func measure(_ m: Measure) -> String {
    if let t = catalog.measures.first(where: { $0.measure == m }) { return t.label.text(language) }
    if case .scale(let lo, let hi) = m { return self("plans.measure.scale", lo, hi) }
    return self("plans.measure.\(m.kind)")
  }

  /// A value as read: "Ja"/"Nej" for yes/no, else the number.
  public func value(_ v: Int, _ m: Measure) -> String {
    if m == .yesNo { return self(v == 1 ? "plans.yes" : "plans.no") }
    return String(v)
  }

  public func frequency(_ f: Frequency) -> String {
    if f.period == .asNeeded { return self("plans.frequency.asNeeded") }
    return self("plans.frequency.\(f.period.rawValue)" + (f.times == 1 ? ".one" : ""), f.times)
  }

  /// The party by role and, when known, by name: "Tovholder (Lise Leder)".
  public func responsible(_ p: ResponsibleParty, name: String?) -> String {
    switch p {
    case .outside(let n): return n
    case .staff: return name ?? self("plans.responsible.unassigned")
    case .coordinator, .contactPerson:
      let role = self("plans.responsible.\(p.kind)")
      return role + " (" + (name ?? self("plans.responsible.unassigned")) + ")"
    }
  }
}
