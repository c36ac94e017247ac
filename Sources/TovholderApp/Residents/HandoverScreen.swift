import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// The handover list (overlevering) of one of the person's units: everything since the
/// start of the previous shift (by the home's shift times) from every area, grouped by
/// resident, newest first. Enter on a line opens what it names; on a resident's name, the
/// record. Left/Right switch unit.
final class HandoverScreen: TableScreen, NarrowColumns {
  let session: Session
  let units: [UnitID]
  var unitIndex = 0
  /// What each row opens.
  var actions: [(AppContext) -> ScreenAction] = []
  var styles: [Style?] = []
  var narrow = false

  init(session: Session) {
    self.session = session
    units = session.actor.unitIDs.sorted()
    super.init(
      titleKey: "handover.title",
      columns: [], emptyKey: "handover.empty", load: { _ in [] })
    load = { [unowned self] context in rows(context) }
    onOpen = { [unowned self] row, context in
      guard actions.indices.contains(row) else { return .stay }
      reload()
      return actions[row](context)
    }
    rowStyle = { [unowned self] row in styles.indices.contains(row) ? styles[row] : nil }
  }

  func columnSpecs(narrow: Bool) -> [ColumnSpec] {
    [
      ColumnSpec("handover.col.what", .fixed(narrow ? 17 : 20)),
      ColumnSpec("handover.col.time", .fixed(narrow ? 5 : 11)),
      ColumnSpec("handover.col.text"),
    ]
  }

  override func draw(into buffer: inout Buffer, area: Rect, context: AppContext) -> Point? {
    fitColumns(to: area)
    return super.draw(into: &buffer, area: area, context: context)
  }

  override func title(_ context: AppContext) -> String {
    guard units.indices.contains(unitIndex) else { return context.texts("handover.title") }
    return context.texts("handover.titleUnit", session.unitNames[units[unitIndex]] ?? "")
  }

  private func rows(_ context: AppContext) -> [[String]] {
    let t = context.texts
    actions = []
    styles = []
    guard units.indices.contains(unitIndex) else {
      introLines = [(t("handover.noUnit"), .muted)]
      return []
    }
    let times = (try? session.database.setup.shiftTimes()) ?? .standard
    let window = HandoverWindow(
      unitID: units[unitIndex], now: context.clock(), times: times, timeZone: session.timeZone)
    introLines = [(span(window, t), .header)]
    let groups = HandoverLine.grouped(AreaCatalog.handoverLines(session, window: window, texts: t))
    var rows: [[String]] = []
    for group in groups {
      guard let first = group.lines.first else { continue }
      let id = group.residentID
      rows.append([first.residentName, "", ""])
      actions.append { context in RecordScreen.open(id, session: self.session, context: context) }
      styles.append(.header)
      for line in group.lines {
        rows.append([
          "  " + line.what, line.at.map { when($0, window) } ?? "", line.text.replacingOccurrences(of: "\n", with: " "),
        ])
        actions.append(line.open)
        styles.append(line.style == .normal ? nil : line.style)
      }
    }
    return rows
  }

  /// "Egehuset · nattevagt 02-12 23:00 til nu 03-12 07:05 (vagtskifte 07:00, 15:00, 23:00)".
  private func span(_ w: HandoverWindow, _ t: Texts) -> String {
    t(
      "handover.span", t("handover.shift.\(w.previous.shift.rawValue)"), short(w.since), short(w.now),
      t("handover.shift.\(w.current.shift.rawValue)"))
  }

  private func short(_ d: Date) -> String { String(DateWording.day(d).prefix(5)) + " " + DateWording.time(d) }

  /// The time only for today, else "dd-mm hh:mm" ("dd-mm" on a narrow screen).
  private func when(_ d: Date, _ w: HandoverWindow) -> String {
    if CalendarDay(d, in: session.timeZone) == w.today { return DateWording.time(d) }
    return narrow ? String(DateWording.day(d).prefix(5)) : short(d)
  }

  override func handle(_ key: Key, context: AppContext) -> ScreenAction {
    if (key == .left || key == .right), units.count > 1 {
      unitIndex = (unitIndex + (key == .right ? 1 : units.count - 1)) % units.count
      reload()
      return .stay
    }
    return super.handle(key, context: context)
  }

  override func hints(context: AppContext) -> [(String, String)] {
    super.hints(context: context) + (units.count > 1 ? [("←→", context.texts("handover.switchUnit"))] : [])
  }
}
