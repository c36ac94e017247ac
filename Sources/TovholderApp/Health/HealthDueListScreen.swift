import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// The due list (forfaldne screeninger): what is overdue, due this week and due this month in
/// the person's units, with who is responsible. Left/Right switch between all units and each
/// one; Enter records the screening, after which the list is up to date.
final class HealthDueListScreen: TableScreen, NarrowColumns {
  let session: Session
  /// nil first: all the person's units.
  let units: [UnitID?]
  var unitIndex = 0
  var due: [DueItem] = []
  var narrow = false

  init(session: Session) {
    self.session = session
    let own = session.actor.unitIDs.sorted()
    units = own.count > 1 ? [nil] + own.map { $0 } : own.map { $0 }
    super.init(
      titleKey: "health.due.title",
      columns: [], emptyKey: "health.due.empty", load: { _ in [] })
    load = { [unowned self] context in rows(context) }
    onOpen = { [unowned self] row, context in
      guard due.indices.contains(row) else { return .stay }
      let item = due[row]
      guard let template = session.screeningTemplate(item.templateKey),
        let resident = try? session.database.residents.fetch(id: item.residentID, actor: session.actor)
      else { return .stay }
      return open(ScreeningFormScreen.make(session: session, resident: resident, template: template, context: context))
    }
  }

  func columnSpecs(narrow: Bool) -> [ColumnSpec] {
    [
      ColumnSpec("health.col.due", .fixed(narrow ? 8 : 10)), ColumnSpec("health.col.status", .fixed(13)),
      ColumnSpec("health.col.resident", .flexible()), ColumnSpec("health.col.screening", .flexible()),
      ColumnSpec("health.col.responsible", .fixed(narrow ? 10 : 16)),
    ]
  }

  override func draw(into buffer: inout Buffer, area: Rect, context: AppContext) -> Point? {
    fitColumns(to: area)
    return super.draw(into: &buffer, area: area, context: context)
  }

  var unitID: UnitID? { units.indices.contains(unitIndex) ? units[unitIndex] : nil }

  private func rows(_ context: AppContext) -> [[String]] {
    let f = context.healthFormat
    do {
      due = try session.database.health.dueList(unitID: unitID, actor: session.actor)
    } catch {
      context.show(ErrorMessages.describe(error, context.texts), kind: .error)
      due = []
    }
    let today = CalendarDay(context.clock(), in: session.timeZone)
    let due = self.due
    let count = { (s: ScreeningDueStatus) in due.filter { $0.status == s }.count }
    let unitName = unitID.flatMap { session.unitNames[$0] } ?? context.texts("health.due.allUnits")
    introLines = [
      (
        context.texts("health.due.summary", unitName, count(.overdue), count(.thisWeek), count(.thisMonth)),
        count(.overdue) > 0 ? .warning : .header
      )
    ]
    return due.map { item in
      let status =
        item.status == .overdue
        ? context.texts("health.due.daysOverdue", context.texts.dayCount(item.daysOverdue(today: today)))
        : f.status(item.status)
      return [
        day(item.due, f), status, item.residentName, item.templateName.text(f.language), item.responsibleName ?? "–",
      ]
    }
  }

  override func handle(_ key: Key, context: AppContext) -> ScreenAction {
    if key == .left || key == .right, units.count > 1 {
      unitIndex = (unitIndex + (key == .right ? 1 : units.count - 1)) % units.count
      reload()
      return .stay
    }
    return super.handle(key, context: context)
  }

  override func hints(context: AppContext) -> [(String, String)] {
    var hints = super.hints(context: context)
    if !due.isEmpty { hints[0].1 = context.texts("health.due.record") }
    return hints + (units.count > 1 ? [("←→", context.texts("health.due.switchUnit"))] : [])
  }
}
