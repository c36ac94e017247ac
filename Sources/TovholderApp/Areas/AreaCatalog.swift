import TerminalUI
import TovholderCore

/// Every area of the program, in menu order. A new area adds one line here.
public enum AreaCatalog {
  public static let modules: [any AreaModule.Type] = [
    ResidentsArea.self,
    IncidentsArea.self,
    AccountsArea.self,
    PlansArea.self,
    HealthArea.self,
  ]

  /// Every area's entries, then "Om Tovholder" last.
  public static func menuEntries(_ session: Session) -> [MenuEntry] {
    modules.flatMap { $0.menuEntries(session) } + [
      MenuEntry(titleKey: "menu.about", descriptionKey: "menu.about.description") { _ in
        AboutScreen(databasePath: session.database.url.path)
      }
    ]
  }

  public static func recordTabs(_ session: Session, resident: Resident) -> [any Screen] {
    modules.flatMap { $0.recordTabs(session, resident: resident) }
  }

  public static func screen(for command: CommandID, context: AppContext) -> (any Screen)? {
    for module in modules {
      if let screen = module.screen(for: command, context: context) { return screen }
    }
    return nil
  }

  public static func restoreDraft(key: String, payload: String, context: AppContext) -> (any Screen)? {
    for module in modules {
      if let screen = module.restoreDraft(key: key, payload: payload, context: context) { return screen }
    }
    return nil
  }
}
