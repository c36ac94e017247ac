import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// The flag list (markerede målinger): per resident and screening, the newest flagged value
/// nobody has marked seen yet, newest first. Enter shows it and, for a nurse or leader,
/// marks it seen with a note.
final class HealthFlagListScreen: TableScreen, NarrowColumns {
  let session: Session
  var flags: [FlaggedScreening] = []
  var templates: [String: ScreeningTemplate] = [:]
  var narrow = false

  init(session: Session) {
    self.session = session
    super.init(
      titleKey: "health.flags.title",
      columns: [], emptyKey: "health.flags.empty", load: { _ in [] })
    load = { [unowned self] context in rows(context) }
    onOpen = { [unowned self] row, context in
      guard flags.indices.contains(row) else { return .stay }
      return open(
        ScreeningSeenScreen.make(
          session: session, flagged: flags[row], template: templates[flags[row].screening.templateKey],
          context: context))
    }
  }

  func columnSpecs(narrow: Bool) -> [ColumnSpec] {
    [
      ColumnSpec("health.col.date", .fixed(narrow ? 8 : 10)),
      ColumnSpec("health.col.resident", .fixed(narrow ? 14 : 20)),
      ColumnSpec("health.col.screening", .fixed(narrow ? 11 : 16)), ColumnSpec("health.col.why"),
    ]
  }

  override func draw(into buffer: inout Buffer, area: Rect, context: AppContext) -> Point? {
    fitColumns(to: area)
    return super.draw(into: &buffer, area: area, context: context)
  }

  private func rows(_ context: AppContext) -> [[String]] {
    let f = context.healthFormat
    do {
      templates = Dictionary(
        (try session.database.health.templates()).map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
      flags = try session.database.health.flagList(actor: session.actor)
      rowIDs = flags.map(\.screening.id)
    } catch {
      context.show(ErrorMessages.describe(error, context.texts), kind: .error)
      flags = []
    }
    introLines = [(context.texts("health.flags.intro", flags.count), flags.isEmpty ? .muted : .warning)]
    return flags.map { item in
      let template = templates[item.screening.templateKey]
      var why = f.flags(item.screening, template: template)
      if item.olderUnseen > 0 { why += " " + context.texts("health.flags.older", item.olderUnseen) }
      return [day(item.screening.day, f), item.residentName, item.templateName.text(f.language), why]
    }
  }

  override func hints(context: AppContext) -> [(String, String)] {
    var hints = super.hints(context: context)
    if !flags.isEmpty { hints[0].1 = context.texts("health.flags.open") }
    return hints
  }
}
