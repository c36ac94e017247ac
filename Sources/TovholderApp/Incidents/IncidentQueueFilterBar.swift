import Foundation
import TerminalUI
import TovholderCore

/// The review queue's four filters — status, unit, category, severity — as one line above
/// the list. While the line has focus, Left/Right choose a filter and Up/Down its value.
struct IncidentQueueFilterBar {
  enum Part: Int, CaseIterable { case status, unit, category, severity }

  let units: [(id: UnitID, name: String)]
  let categories: [IncidentCategory]
  /// The chosen option of each part; 0 is "all" (for status: the open events).
  private(set) var chosen = [0, 0, 0, 0]
  /// The part being changed, or nil while the list has the keys.
  var focus: Part?

  init(units: [(id: UnitID, name: String)], categories: [IncidentCategory]) {
    self.units = units
    self.categories = categories
  }

  static let statuses: [IncidentStatus?] = [nil] + IncidentStatus.allCases.map { $0 }
  static let severities: [Severity?] = [nil] + Severity.allCases.map { $0 }

  var value: IncidentQueueFilter {
    IncidentQueueFilter(
      unitID: chosen[1] > 0 ? units[chosen[1] - 1].id : nil,
      categoryCode: chosen[2] > 0 ? categories[chosen[2] - 1].code : nil,
      severity: Self.severities[chosen[3]], status: Self.statuses[chosen[0]])
  }

  /// True when anything other than "open events of all units, categories and severities" is chosen.
  var isActive: Bool { chosen != [0, 0, 0, 0] }

  mutating func clear() { chosen = [0, 0, 0, 0] }

  mutating func choose(_ part: Part, option: Int) {
    chosen[part.rawValue] = max(0, min(option, optionCount(part) - 1))
  }

  func optionCount(_ part: Part) -> Int {
    switch part {
    case .status: Self.statuses.count
    case .unit: units.count + 1
    case .category: categories.count + 1
    case .severity: Self.severities.count
    }
  }

  func text(_ part: Part, option: Int, _ t: Texts) -> String {
    switch part {
    case .status: Self.statuses[option].map { IncidentsErrorText.status($0, t) } ?? t("incidents.queue.open")
    case .unit: option == 0 ? t("incidents.queue.allUnits") : units[option - 1].name
    case .category:
      option == 0
        ? t("incidents.queue.allCategories")
        : IncidentsCatalogue.name(categories[option - 1], texts: t)
    case .severity:
      Self.severities[option].map { IncidentsErrorText.severity($0, t) } ?? t("incidents.queue.allSeverities")
    }
  }

  /// Moves between the parts and through their values; false for other keys.
  mutating func handle(_ key: Key) -> Bool {
    guard let part = focus else { return false }
    let count = Part.allCases.count
    switch key {
    case .left, .backTab: focus = Part(rawValue: (part.rawValue + count - 1) % count)
    case .right, .tab: focus = Part(rawValue: (part.rawValue + 1) % count)
    case .down: chosen[part.rawValue] = (chosen[part.rawValue] + 1) % optionCount(part)
    case .up:
      chosen[part.rawValue] = (chosen[part.rawValue] + optionCount(part) - 1) % optionCount(part)
    default: return false
    }
    return true
  }

  /// "Filter: åbne · alle afdelinger · …"; the part in focus highlighted. When the line is
  /// too narrow for all four, the part in focus is shown with its label alone.
  func draw(into buffer: inout Buffer, line: Rect, _ t: Texts) {
    let prefix = t("incidents.queue.filterLabel") + " "
    let parts = Part.allCases.map { text($0, option: chosen[$0.rawValue], t) }
    let whole = prefix + parts.joined(separator: " · ")
    if let focus, whole.displayWidth > line.width {
      let label = t("incidents.queue.part.\(focus)")
      var x = line.x + buffer.put(prefix + label + ": ", x: line.x, y: line.y, maxWidth: line.width, style: .muted)
      x += buffer.put(parts[focus.rawValue], x: x, y: line.y, maxWidth: line.maxX - x, style: .focus)
      buffer.put(" ↑↓", x: x, y: line.y, maxWidth: line.maxX - x, style: .muted)
      return
    }
    // Too narrow for all four: the status and the parts chosen.
    let shown = Part.allCases.map(\.rawValue).filter {
      whole.displayWidth <= line.width || $0 == 0 || chosen[$0] > 0
    }
    var x = line.x + buffer.put(prefix, x: line.x, y: line.y, maxWidth: line.width, style: .muted)
    for (n, i) in shown.enumerated() {
      let text = parts[i]
      if n > 0 { x += buffer.put(" · ", x: x, y: line.y, maxWidth: max(0, line.maxX - x), style: .muted) }
      let style: Style =
        focus?.rawValue == i ? .focus : (chosen[i] > 0 ? .highlight : (focus == nil ? .muted : .normal))
      x += buffer.put(text, x: x, y: line.y, maxWidth: max(0, line.maxX - x), style: style)
    }
  }
}
