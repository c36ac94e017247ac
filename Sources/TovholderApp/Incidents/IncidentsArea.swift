import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// Unintended events (UTH): registration by anyone from any screen (F5), the reporter's own
/// events with status and feedback, the leaders' review queue and statistics.
enum IncidentsArea: AreaModule {
  static func menuEntries(_ session: Session) -> [MenuEntry] {
    guard session.actor.role != .admin else { return [] }
    var entries = [
      MenuEntry(titleKey: "menu.incidents.new", descriptionKey: "menu.incidents.new.description") { context in
        IncidentFormScreen.make(session: session, context: context)
      },
      MenuEntry(titleKey: "menu.incidents.own", descriptionKey: "menu.incidents.own.description") { _ in
        IncidentListScreens.own(session: session)
      },
    ]
    if session.actor.role == .leader {
      entries.append(
        MenuEntry(titleKey: "menu.incidents.queue", descriptionKey: "menu.incidents.queue.description") { _ in
          IncidentListScreens.queue(session: session)
        })
      entries.append(
        MenuEntry(titleKey: "menu.incidents.stats", descriptionKey: "menu.incidents.stats.description") { context in
          IncidentStatisticsScreen(session: session, now: context.clock())
        })
    }
    return entries
  }

  static func recordTabs(_ session: Session, resident: Resident) -> [any Screen] {
    return [IncidentsTab(session: session, resident: resident)]
  }

  /// UTH registered in the handover window about the unit's residents; the reporter only for
  /// the unit's leaders (reporting is confidential).
  static func handoverLines(_ session: Session, window: HandoverWindow, texts t: Texts) -> [HandoverLine] {
    guard !session.isAdmin,
      let items = try? session.database.incidents.handover(
        unitID: window.unitID, since: window.since, actor: session.actor)
    else { return [] }
    return items.compactMap { item in
      guard let residentID = item.summary.residentID else { return nil }
      let s = item.summary
      var text = "\(s.headline) · \(s.categoryName)"
      if let reporter = item.reporterName { text += " · " + t("incidents.handover.reporter", reporter) }
      return HandoverLine(
        residentID: residentID, residentName: item.residentName, at: s.registeredAt, what: t("incidents.handover.what"),
        text: text
      ) { context in IncidentReviewScreen.open(s.id, session: session, context: context, onChange: {}) }
    }
  }

  static func searchLabel(_ kind: SearchKind, texts: Texts) -> String? {
    kind == .incident ? texts("incidents.tab.title") : nil
  }

  static func searchTab(_ kind: SearchKind, texts: Texts) -> String? {
    kind == .incident ? texts("incidents.tab.title") : nil
  }

  static func screen(for command: CommandID, context: AppContext) -> (any Screen)? {
    guard command == .reportIncident, let session = context.session else { return nil }
    guard session.actor.role != .admin else {
      context.show(context.texts("incidents.adminCannotReport"), kind: .warning)
      return nil
    }
    return IncidentFormScreen.make(session: session, context: context, resident: context.residentInView)
  }

  static func restoreDraft(key: String, payload: String, context: AppContext) -> (any Screen)? {
    guard let session = context.session else { return nil }
    if key == IncidentFormScreen.draftKey { return IncidentFormScreen.make(session: session, context: context) }
    if key.hasPrefix("incident.review."), let id = Int64(key.dropFirst("incident.review.".count)),
      let incident = try? session.database.incidents.get(id, by: session.actor)
    {
      return IncidentReviewScreen(session: session, incident: incident, context: context)
    }
    // "incident.reject.<id>.<reason>": the rejection's comment, over the event's review.
    let parts = key.split(separator: ".")
    if parts.count == 4, key.hasPrefix("incident.reject."), let id = Int64(parts[2]),
      let reason = RejectionReason(rawValue: String(parts[3])),
      let incident = try? session.database.incidents.get(id, by: session.actor), incident.status.isOpen
    {
      return IncidentRejectForm.make(session: session, incident: incident, reason: reason, context: context) { _ in }
    }
    return nil
  }
}
