import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

extension HealthArea {
  /// For the handover list: flagged values nobody has marked seen (Enter marks one seen), and
  /// screenings due today (Enter records one; the overdue ones are on the due list).
  static func handoverLines(_ session: Session, window: HandoverWindow, texts t: Texts) -> [HandoverLine] {
    guard !session.isAdmin else { return [] }
    let f = HealthFormat(language: t.language.rawValue) { t($0) }
    let db = session.database
    let templates = Dictionary(
      ((try? db.health.templates()) ?? []).map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
    var lines: [HandoverLine] = []
    for flagged in (try? db.health.flagList(unitID: window.unitID, actor: session.actor)) ?? [] {
      let s = flagged.screening
      let template = templates[s.templateKey]
      lines.append(
        HandoverLine(
          residentID: s.residentID, residentName: flagged.residentName, at: s.takenAt, what: t("health.handover.flag"),
          text: "\(flagged.templateName.text(f.language)): \(f.flags(s, template: template))", style: .warning
        ) { context in
          .push(ScreeningSeenScreen.make(session: session, flagged: flagged, template: template, context: context))
        })
    }
    let due =
      (try? db.health.dueList(unitID: window.unitID, actor: session.actor, today: window.today, until: .thisWeek))
    for item in (due ?? []) where item.due == window.today {
      let when = t.daysAhead(0)
      lines.append(
        HandoverLine(
          residentID: item.residentID, residentName: item.residentName, at: nil, what: t("health.handover.due"),
          text: "\(item.templateName.text(f.language)) · \(when)" + (item.responsibleName.map { " · " + $0 } ?? "")
        ) { context in
          guard let template = templates[item.templateKey],
            let resident = try? session.database.residents.fetch(id: item.residentID, actor: session.actor)
          else { return .stay }
          return .push(
            ScreeningFormScreen.make(session: session, resident: resident, template: template, context: context))
        })
    }
    return lines
  }
}
