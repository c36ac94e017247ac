import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// The leader's review queue (`IncidentQueueScreen`) and the reporter's own events.
enum IncidentListScreens {
  static func queue(session: Session) -> IncidentQueueScreen { IncidentQueueScreen(session: session) }

  static func own(session: Session) -> TableScreen {
    let screen = TableScreen(
      titleKey: "incidents.own.title",
      columns: [
        ColumnSpec("incidents.col.date", .fixed(10)), ColumnSpec("incidents.col.status", .fixed(16)),
        ColumnSpec("incidents.col.feedback", .fixed(9)), ColumnSpec("incidents.col.headline"),
      ], emptyKey: "incidents.own.empty", load: { _ in [] })
    var items: [IncidentSummary] = []
    screen.load = { context in
      let t = context.texts
      do { items = try session.database.incidents.own(by: session.actor) } catch {
        context.show(ErrorMessages.describe(error, t), kind: .error)
        items = []
      }
      return items.map {
        [
          DateWording.day($0.occurredDay), IncidentsErrorText.status($0.status, t),
          $0.hasFeedback ? t("answer.yes") : "", $0.headline,
        ]
      }
    }
    screen.onOpen = { row, context in
      guard items.indices.contains(row) else { return .stay }
      do {
        return .push(
          IncidentViewScreen(
            session: session, incident: try session.database.incidents.get(items[row].id, by: session.actor)))
      } catch {
        context.show(ErrorMessages.describe(error, context.texts), kind: .error)
        return .stay
      }
    }
    return screen
  }
}
