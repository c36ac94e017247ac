import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// The leader's review queue (oldest first, days since registration) and the reporter's
/// own events. Left/Right on the queue step through the status filter; F9 the severity filter.
enum IncidentListScreens {
  static func queue(session: Session) -> TableScreen {
    let filter = QueueFilterState()
    let screen = FilteredTableScreen(
      titleKey: "incidents.queue.title",
      columns: [
        ColumnSpec("incidents.col.days", .fixed(4), alignRight: true), ColumnSpec("incidents.col.severity", .fixed(11)),
        ColumnSpec("incidents.col.category", .fixed(14)), ColumnSpec("incidents.col.unit", .fixed(10)),
        ColumnSpec("incidents.col.headline"),
      ], emptyKey: "incidents.queue.empty", load: { _ in [] })
    var items: [IncidentSummary] = []
    screen.load = { [unowned screen] context in
      let t = context.texts
      do {
        items = try session.database.incidents.queue(filter.value, by: session.actor)
      } catch {
        context.show(ErrorMessages.describe(error, t), kind: .error)
        items = []
      }
      screen.introLines = [(filter.summary(t), .muted)]
      return items.map {
        [
          "\($0.daysSinceRegistration)", t("incidents.severityShort.\($0.severity.key)"),
          IncidentsCatalogue.name(code: $0.categoryCode, saved: $0.categoryName, texts: t), $0.unitName, $0.headline,
        ]
      }
    }
    screen.onOpen = { [unowned screen] row, context in
      guard items.indices.contains(row) else { return .stay }
      do {
        let incident = try session.database.incidents.get(items[row].id, by: session.actor)
        let review = IncidentReviewScreen(session: session, incident: incident, context: context)
        review.onChange = { screen.reload() }
        return .push(review)
      } catch {
        context.show(ErrorMessages.describe(error, context.texts), kind: .error)
        return .stay
      }
    }
    screen.onKey = { [unowned screen] key, _ in
      switch key {
      case .left: filter.stepStatus(-1)
      case .right: filter.stepStatus(1)
      case .function(9): filter.stepSeverity()
      default: return false
      }
      screen.reload()
      return true
    }
    screen.extraHints = [("←→", "incidents.queue.statusHint"), ("F9", "incidents.queue.severityHint")]
    return screen
  }

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
          DanishFormat.day($0.occurredDay), IncidentsErrorText.status($0.status, t),
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

/// The queue's filter: status (open / each status) and severity (all / each).
final class QueueFilterState {
  var statusIndex = 0
  var severityIndex = 0
  static let statuses: [IncidentStatus?] = [nil] + IncidentStatus.allCases.map { $0 }
  static let severities: [Severity?] = [nil] + Severity.allCases.map { $0 }

  var value: IncidentQueueFilter {
    IncidentQueueFilter(severity: Self.severities[severityIndex], status: Self.statuses[statusIndex])
  }

  func stepStatus(_ d: Int) { statusIndex = (statusIndex + d + Self.statuses.count) % Self.statuses.count }
  func stepSeverity() { severityIndex = (severityIndex + 1) % Self.severities.count }

  func summary(_ t: Texts) -> String {
    let status = Self.statuses[statusIndex].map { IncidentsErrorText.status($0, t) } ?? t("incidents.queue.open")
    let severity =
      Self.severities[severityIndex].map { IncidentsErrorText.severity($0, t) } ?? t("incidents.queue.allSeverities")
    return t("incidents.queue.filter", status, severity)
  }
}

/// A table screen that takes a few raw keys of its own (filters) before the table does.
final class FilteredTableScreen: TableScreen {
  var onKey: ((Key, AppContext) -> Bool)?
  var extraHints: [(String, String)] = []

  override func handle(_ key: Key, context: AppContext) -> ScreenAction {
    if let onKey, onKey(key, context) { return .stay }
    return super.handle(key, context: context)
  }

  override func hints(context: AppContext) -> [(String, String)] {
    super.hints(context: context) + extraHints.map { ($0.0, context.texts($0.1)) }
  }
}
