import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// The handover list (overlevering): notes marked for handover since the last shift change,
/// for one of the person's units. Left/Right switch unit; Enter opens the resident.
final class HandoverScreen: TableScreen {
  let session: Session
  let units: [UnitID]
  var unitIndex = 0
  var entries: [Handover.Entry] = []

  init(session: Session) {
    self.session = session
    units = session.actor.unitIDs.sorted()
    super.init(
      titleKey: "handover.title",
      columns: [
        ColumnSpec("handover.col.time", .fixed(11)), ColumnSpec("handover.col.resident", .fixed(20)),
        ColumnSpec("handover.col.author", .fixed(14)), ColumnSpec("handover.col.text"),
      ], emptyKey: "handover.empty", load: { _ in [] })
    load = { [unowned self] context in
      guard units.indices.contains(unitIndex) else { return [] }
      let unit = units[unitIndex]
      do {
        let handover = try session.database.handover(unitID: unit, session: session)
        entries = handover.entries
        introLines =
          [
            (
              context.texts("handover.since", session.unitNames[unit] ?? "", DateWording.dateTime(handover.since)),
              .header
            )
          ] + AreaCatalog.handoverLines(session, unitID: unit, texts: context.texts).map { ($0, .warning) }
      } catch {
        context.show(ErrorMessages.describe(error, context.texts), kind: .error)
        entries = []
      }
      return entries.map {
        [
          DateWording.time($0.note.writtenAt) + " " + String(DateWording.day($0.note.writtenAt).prefix(5)),
          $0.residentName, $0.note.authorName, $0.note.text.replacingOccurrences(of: "\n", with: " "),
        ]
      }
    }
    onOpen = { [unowned self] row, context in
      RecordScreen.open(entries[row].note.residentID, session: session, context: context)
    }
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

extension AppDatabase {
  func handover(unitID: UnitID, session: Session) throws(StorageError) -> Handover {
    try notes.handover(unitID: unitID, actor: session.actor, timeZone: session.timeZone)
  }
}
