import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// The daily list: current residents of the person's units (Ctrl-T shows former ones).
/// Type a few letters to filter; Enter opens the record.
enum ResidentListScreen {
  static func make(session: Session) -> TableScreen {
    var showFormer = false
    var residents: [Resident] = []
    let screen = TableScreen(
      titleKey: "residents.title",
      columns: [
        ColumnSpec("residents.col.number", .fixed(5), alignRight: true), ColumnSpec("residents.col.name"),
        ColumnSpec("residents.col.unit", .fixed(16)), ColumnSpec("residents.col.movedIn", .fixed(10)),
        ColumnSpec("residents.col.marks", .fixed(10)),
      ], emptyKey: "residents.empty"
    ) { context in
      let t = context.texts
      do {
        residents = try session.database.residents.list(for: session.actor, which: showFormer ? .former : .current)
      } catch {
        context.show(ErrorMessages.describe(error, t), kind: .error)
        residents = []
      }
      let marks = AreaCatalog.residentLineMarks(session, residentIDs: residents.map(\.id), texts: t)
      return residents.map {
        ["\($0.id)", $0.name, session.unitNames[$0.unitID] ?? "", DateWording.day($0.movedIn), marks[$0.id] ?? ""]
      }
    }
    let rows = screen.load
    screen.load = { [unowned screen] context in
      let shown = rows(context)
      screen.rowIDs = residents.map(\.id)
      return shown
    }
    screen.onOpen = { row, context in
      guard residents.indices.contains(row) else { return .stay }
      return RecordScreen.open(residents[row].id, session: session, context: context)
    }
    screen.onCommand[.toggleFormer] = { _, context in
      showFormer.toggle()
      screen.introLines = showFormer ? [(context.texts("residents.showingFormer"), .warning)] : []
      screen.reload()
      return .stay
    }
    screen.commandHints = [(.toggleFormer, "residents.toggleFormer")]
    if session.actor.role == .leader {
      screen.onCommand[.new] = { _, context in
        screen.open(ResidentFormScreen.make(session: session, context: context))
      }
      screen.commandHints.insert((.new, "residents.new"), at: 0)
      screen.onCommand[.edit] = { row, context in
        guard let row, residents.indices.contains(row) else { return .stay }
        guard AccessRules.canManageResidents(in: residents[row].unitID, actor: session.actor) else {
          context.show(context.texts("resident.edit.leadersOnly"), kind: .warning)
          return .stay
        }
        return screen.open(ResidentEditScreen.make(session: session, resident: residents[row], context: context))
      }
      screen.commandHints.insert((.edit, "residents.edit"), at: 1)
    }
    return screen
  }
}
