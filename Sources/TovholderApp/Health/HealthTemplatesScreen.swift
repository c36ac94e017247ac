import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// The screening templates (admin): the catalogue's, read-only, and the home's own, which
/// Enter or F4 edits. Ctrl-N makes a new one.
final class HealthTemplatesScreen: TableScreen {
  let session: Session
  var templates: [ScreeningTemplate] = []

  init(session: Session) {
    self.session = session
    super.init(
      titleKey: "health.templates.title",
      columns: [
        ColumnSpec("health.templates.col.name", .flexible()), ColumnSpec("health.templates.col.interval", .fixed(15)),
        ColumnSpec("health.templates.col.measures", .flexible()), ColumnSpec("health.templates.col.source", .fixed(9)),
      ], emptyKey: "health.templates.empty", load: { _ in [] })
    load = { [unowned self] context in rows(context) }
    onOpen = { [unowned self] row, context in edit(row, context) }
    onCommand[.edit] = { [unowned self] row, context in row.map { edit($0, context) } ?? .stay }
    onCommand[.new] = { [unowned self] _, context in
      open(TemplateFormScreen.make(session: session, editing: nil, context: context))
    }
    commandHints = [(.new, "health.templates.new"), (.edit, "health.templates.edit")]
  }

  private func rows(_ context: AppContext) -> [[String]] {
    let f = context.healthFormat
    do {
      templates = try session.database.health.templates()
    } catch {
      context.show(ErrorMessages.describe(error, context.texts), kind: .error)
      templates = []
    }
    introLines = [(context.texts("health.templates.intro", context.keyName(.new)), .muted)]
    return templates.map { t in
      [
        t.name.text(f.language), f.interval(t.interval),
        t.fields.map { $0.name.text(f.language) }.joined(separator: ", "),
        context.texts(t.isCustom ? "health.templates.own" : "health.templates.catalogue"),
      ]
    }
  }

  private func edit(_ row: Int, _ context: AppContext) -> ScreenAction {
    guard templates.indices.contains(row) else { return .stay }
    guard templates[row].isCustom else {
      context.show(context.texts("health.templates.readOnly", context.keyName(.new)))
      return .stay
    }
    return open(TemplateFormScreen.make(session: session, editing: templates[row], context: context))
  }
}
