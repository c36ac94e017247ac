import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// The record's Health tab: consent, the resident's screenings with the latest value and
/// when each is next due. Enter shows a screening's values over time (on a flagged value not
/// yet seen, "!", it opens marking it seen, as the leaders' list does), Ctrl-N records a new
/// one, F4 changes its interval and who is responsible; stopped screenings keep their history
/// (Enter); the last rows add a screening and record consent.
final class HealthTab: TableScreen, NarrowColumns {
  let session: Session
  let resident: Resident
  var overview: HealthOverview?

  enum Row {
    case item(HealthOverview.Item)
    case stopped(ScreeningTemplate)
    case add
    case consent
  }
  var items: [Row] = []
  var narrow = false

  init(session: Session, resident: Resident) {
    self.session = session
    self.resident = resident
    super.init(
      titleKey: "health.tab", columns: [], emptyKey: "health.tab.empty", load: { _ in [] })
    load = { [unowned self] context in rows(context) }
    onOpen = { [unowned self] row, context in open(row, context: context, record: false) }
    onCommand[.new] = { [unowned self] row, context in
      guard let row else { return .stay }
      return open(row, context: context, record: true)
    }
    onCommand[.edit] = { [unowned self] row, context in
      guard let row, case .item(let item) = items[row] else { return .stay }
      return open(
        ScreeningAssignmentFormScreen.make(session: session, resident: resident, editing: item, context: context))
    }
    commandHints = [(.new, "health.tab.record"), (.edit, "health.tab.interval")]
  }

  func columnSpecs(narrow: Bool) -> [ColumnSpec] {
    [
      ColumnSpec("health.col.screening", .flexible()), ColumnSpec("health.col.last", .fixed(narrow ? 8 : 10)),
      ColumnSpec("health.col.value", .flexible()), ColumnSpec("health.col.next", .fixed(narrow ? 8 : 10)),
      ColumnSpec("health.col.status", .fixed(11)),
    ]
  }

  override func draw(into buffer: inout Buffer, area: Rect, context: AppContext) -> Point? {
    fitColumns(to: area)
    return super.draw(into: &buffer, area: area, context: context)
  }

  private func rows(_ context: AppContext) -> [[String]] {
    let f = context.healthFormat
    do {
      overview = try session.database.health.overview(residentID: resident.id, actor: session.actor)
    } catch {
      context.show(ErrorMessages.describe(error, context.texts), kind: .error)
      overview = nil
    }
    let consent = overview?.consent
    introLines = [
      (context.texts("health.tab.consent", f.consent(consent)), consent?.allowsSharing == true ? .muted : .warning)
    ]
    items =
      (overview?.items ?? []).map { .item($0) } + (overview?.stopped ?? []).map { .stopped($0) } + [.add, .consent]
    return items.map { row in
      switch row {
      case .item(let i):
        let latest = i.latest
        let mark = latest?.isFlagged == true ? (latest?.seen == nil ? "! " : "(!) ") : ""
        return [
          i.template.name.text(f.language), latest.map { day($0.day, f) } ?? "–",
          mark + (latest.map { f.summary($0, template: i.template) } ?? ""), day(i.due, f), f.status(i.status),
        ]
      case .stopped(let t): return [t.name.text(f.language), "", "", "", context.texts("health.tab.stopped")]
      case .add: return [context.texts("health.tab.add"), "", "", "", ""]
      case .consent: return [context.texts("health.tab.recordConsent"), "", "", "", ""]
      }
    }
  }

  private func open(_ row: Int, context: AppContext, record: Bool) -> ScreenAction {
    guard items.indices.contains(row) else { return .stay }
    reload()
    switch items[row] {
    case .item(let item):
      if record {
        return open(
          ScreeningFormScreen.make(session: session, resident: resident, template: item.template, context: context))
      }
      if let latest = item.latest, latest.isFlagged, latest.seen == nil {
        return open(ScreeningSeenScreen.make(session: session, flagged: flagged(latest, item), template: item.template, context: context))
      }
      return .push(HealthHistoryScreen(session: session, resident: resident, template: item.template))
    case .stopped(let template):
      return record ? .stay : .push(HealthHistoryScreen(session: session, resident: resident, template: template))
    case .add:
      let choices = overview?.unassigned ?? []
      guard !choices.isEmpty else {
        context.show(context.texts("health.tab.allAssigned"))
        return .stay
      }
      return open(
        ScreeningAssignmentFormScreen.make(session: session, resident: resident, choices: choices, context: context))
    case .consent:
      return open(HealthConsentFormScreen.make(session: session, resident: resident, context: context))
    }
  }

  /// The latest value as the leaders' list shows it, with the older flagged values not yet
  /// seen (marking this one seen marks them too).
  private func flagged(_ latest: Screening, _ item: HealthOverview.Item) -> FlaggedScreening {
    let older =
      ((try? session.database.health.history(
        residentID: resident.id, templateKey: item.template.key, actor: session.actor)) ?? [])
      .filter { $0.id != latest.id && $0.isFlagged && $0.seen == nil }
    return FlaggedScreening(
      screening: latest, residentName: resident.name, unitID: resident.unitID, templateName: item.template.name,
      olderUnseen: older.count)
  }
}
