import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// The record's UTH tab: the events that concern this resident, newest first, with status
/// and severity (never the reporter). Enter opens the event: a leader of its unit gets the
/// review, others the event as they may see it.
final class IncidentsTab: TableScreen {
  let session: Session
  let resident: Resident
  private(set) var items: [IncidentSummary] = []

  init(session: Session, resident: Resident) {
    self.session = session
    self.resident = resident
    super.init(
      titleKey: "incidents.tab.title",
      columns: [
        ColumnSpec("incidents.col.date", .fixed(10)), ColumnSpec("incidents.col.status", .fixed(16)),
        ColumnSpec("incidents.col.severity", .fixed(11)), ColumnSpec("incidents.col.headline"),
      ], emptyKey: "incidents.tab.empty", load: { _ in [] })
    load = { [unowned self] context in loadRows(context) }
    onOpen = { [unowned self] row, context in open(row, context) }
  }

  private func loadRows(_ context: AppContext) -> [[String]] {
    let t = context.texts
    do {
      items = try session.database.incidents.concerning(resident.id, by: session.actor)
    } catch {
      context.show(ErrorMessages.describe(error, t), kind: .error)
      items = []
    }
    return items.map {
      [
        DateWording.day($0.occurredDay), IncidentsErrorText.status($0.status, t),
        t("incidents.severityShort.\($0.severity.key)"), $0.headline,
      ]
    }
  }

  private func open(_ row: Int, _ context: AppContext) -> ScreenAction {
    guard items.indices.contains(row) else { return .stay }
    return IncidentReviewScreen.open(items[row].id, session: session, context: context) { [weak self] in
      self?.reload()
    }
  }
}
