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
      screen.open(UnitFormScreen.make(session: session, context: context))
    }
    screen.commandHints = [(.new, "units.new")]
    return screen
  }
}

enum UnitField: String, FormFieldID { case name }

/// One field: the new unit's name.
enum UnitFormScreen {
  static let draftKey = "unit.new"

  static func make(session: Session, context: AppContext) -> FormScreen<UnitField> {
    FormScreen<UnitField>(
      title: context.texts("units.new"), context: context,
      fields: [.text(.name, context.texts("units.field.name"), required: true, max: 60)], draftKey: draftKey
    ) { s, context in
      do {
        let unit = try session.database.units.create(name: s.raw(.name), by: session.actor)
        return FormSaved(nil, savedID: unit.id)
      } catch {
        throw FieldProblem(UnitField.name, ErrorMessages.describe(error, context.texts))
      }
    }
  }
}
