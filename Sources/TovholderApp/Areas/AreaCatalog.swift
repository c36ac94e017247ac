import TerminalUI
import TovholderCore
import TovholderStorage

/// Every area of the program, in menu order. A new area adds one line here.
public enum AreaCatalog {
  public static let modules: [any AreaModule.Type] = [
    ResidentsArea.self,
    AccountsArea.self,
    PlansArea.self,
    HealthArea.self,
    EpisodesArea.self,
    RelativesArea.self,
    RightsArea.self,
    // Last: its record tab (UTH) comes after the tabs people already know by place.
    IncidentsArea.self,
  ]

  /// The main menu's order: daily work first, administration last.
  static let menuOrder: [any AreaModule.Type] = [
    ResidentsArea.self, EpisodesArea.self, IncidentsArea.self, PlansArea.self, HealthArea.self, RelativesArea.self,
    AccountsArea.self, RightsArea.self,
  ]

  /// Every area's entries, then "Om Tovholder" last.
  /// Each entry carries its area's section heading (`menu.section.<Area>` in the texts).
  public static func menuEntries(_ session: Session) -> [MenuEntry] {
    menuOrder.flatMap { module in
      module.menuEntries(session).map { $0.inSection("menu.section.\(String(describing: module))") }
    } + [
      MenuEntry(titleKey: "menu.about", descriptionKey: "menu.about.description") { _ in
        AboutScreen(databasePath: session.database.url.path)
      }
    ]
  }

  public static func recordTabs(_ session: Session, resident: Resident) -> [any Screen] {
    modules.flatMap { $0.recordTabs(session, resident: resident) }
  }

  /// Short marks on each resident's line in the daily list (e.g. the latest risk score),
  /// joined when several areas mark the same resident.
  public static func residentLineMarks(_ session: Session, residentIDs: [ResidentID], texts: Texts)
    -> [ResidentID: String]
  {
    var marks: [ResidentID: String] = [:]
    for module in modules {
      for (id, mark) in module.residentLineMarks(session, residentIDs: residentIDs, texts: texts) {
        marks[id] = marks[id].map { "\($0) \(mark)" } ?? mark
      }
    }
    return marks
  }

  /// Every area's lines of a unit's handover list (notes, episodes, UTH, health, plans …).
  public static func handoverLines(_ session: Session, window: HandoverWindow, texts: Texts) -> [HandoverLine] {
    modules.flatMap { $0.handoverLines(session, window: window, texts: texts) }
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

  public static func searchLabel(_ kind: SearchKind, texts: Texts) -> String? {
    modules.lazy.compactMap { $0.searchLabel(kind, texts: texts) }.first
  }

  public static func searchTab(_ kind: SearchKind, texts: Texts) -> String? {
    modules.lazy.compactMap { $0.searchTab(kind, texts: texts) }.first
  }
}
