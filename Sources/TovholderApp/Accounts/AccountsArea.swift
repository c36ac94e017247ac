import TerminalUI
import TovholderCore

/// Accounts and units: admin manages everything; a leader creates temps for their units and
/// sets the home's settings.
enum AccountsArea: AreaModule {
  static func menuEntries(_ session: Session) -> [MenuEntry] {
    guard session.actor.role != .staff else { return [] }
    var entries = [
      MenuEntry(titleKey: "menu.accounts", descriptionKey: "menu.accounts.description.\(session.actor.role.rawValue)") {
        _ in AccountListScreen(session: session)
      }
    ]
    if session.actor.role == .admin {
      entries.append(
        MenuEntry(titleKey: "menu.units", descriptionKey: "menu.units.description") { _ in
          UnitListScreen.make(session: session)
        })
    }
    entries.append(
      MenuEntry(titleKey: "menu.home", descriptionKey: "menu.home.description") { context in
        HomeSettingsScreen.make(session: session, context: context)
      })
    return entries
  }

  static func restoreDraft(key: String, payload: String, context: AppContext) -> (any Screen)? {
    guard let session = context.session else { return nil }
    switch key {
    case AccountFormScreen.draftKey where session.actor.role != .staff:
      return AccountFormScreen.make(session: session, context: context)
    case UnitFormScreen.draftKey where session.actor.role == .admin:
      return UnitFormScreen.make(session: session, context: context)
    case HomeSettingsScreen.draftKey where session.actor.role != .staff:
      return HomeSettingsScreen.make(session: session, context: context)
    default: return nil
    }
  }
}
