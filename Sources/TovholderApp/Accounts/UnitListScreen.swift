import TerminalUI
import TovholderCore
import TovholderStorage

/// The home's units (afdelinger). Admin adds one with Ctrl-N.
enum UnitListScreen {
  static func make(session: Session) -> TableScreen {
    let screen = TableScreen(titleKey: "units.title", columns: [ColumnSpec("units.col.name")], emptyKey: "units.empty")
    {
      context in
      do {
        return try session.database.units.list().map { [$0.name] }
      } catch {
        context.show(ErrorMessages.describe(error, context.texts), kind: .error)
        return []
      }
    }
    screen.onCommand[.new] = { _, context in
      screen.reload()
      return .push(UnitFormScreen(session: session, context: context))
    }
    screen.commandHints = [(.new, "units.new")]
    return screen
  }
}

/// One field: the new unit's name.
final class UnitFormScreen: Screen {
  let session: Session
  var form: FormState

  init(session: Session, context: AppContext) {
    self.session = session
    form = FormState(
      fields: [.text(id: "name", label: context.texts("units.field.name"), isRequired: true, maxLength: 60)],
      requiredMessage: context.texts("form.required"))
  }

  func title(_ context: AppContext) -> String { context.texts("units.new") }
  var isEditingText: Bool { true }
  var scopes: [CommandScope] { [.form] }

  func draw(into buffer: inout Buffer, area: Rect, context: AppContext) -> Point? {
    Form(labelWidth: 16).render(into: &buffer, area: area.inset(horizontal: 1, vertical: 1), state: &form)
    return form.cursor
  }

  func perform(_ command: CommandID, context: AppContext) -> ScreenAction {
    command == .save ? save(context) : .unhandled
  }

  func handle(_ key: Key, context: AppContext) -> ScreenAction {
    if key == .enter { return save(context) }
    _ = form.handle(key)
    return .stay
  }

  private func save(_ context: AppContext) -> ScreenAction {
    guard form.validateAll() else { return .stay }
    do {
      _ = try session.database.units.create(name: form.value("name"), by: session.actor)
      return .pop
    } catch {
      form.setMessage(ErrorMessages.describe(error, context.texts), for: "name")
      return .stay
    }
  }
}
