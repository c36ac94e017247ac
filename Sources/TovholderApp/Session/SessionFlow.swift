import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// Signing in, locking and switching person on a shared workstation. Owns what happens
/// between "nobody" and "someone is signed in".
public final class SessionFlow {
  public let database: AppDatabase
  public let context: AppContext

  public init(database: AppDatabase, context: AppContext) {
    self.database = database
    self.context = context
  }

  /// The first screen: first-run setup on an empty database, else sign-in.
  public func firstScreen() -> any Screen {
    let initialized = (try? database.setup.isInitialized()) ?? true
    context.homeName = (try? database.setup.home())?.name
    return initialized ? SignInScreen(flow: self) : FirstRunScreen(flow: self)
  }

  /// After a successful sign-in: the main menu, with the person's drafts offered first.
  func signedIn(_ actor: Actor) -> ScreenAction {
    let units = (try? database.units.list()) ?? []
    let session = Session(
      database: database, actor: actor, unitNames: Dictionary(uniqueKeysWithValues: units.map { ($0.id, $0.name) }))
    context.session = session
    context.statusPerson = actor.displayName
    context.statusUnit = session.unitSummary
    context.homeName = (try? database.setup.home())?.name
    let menu = MainMenuScreen(entries: AreaCatalog.menuEntries(session))
    let drafts = (try? database.drafts.list(owner: actor.accountID)) ?? []
    if !drafts.isEmpty {
      return .replace(DraftsScreen(menu: menu, drafts: drafts))
    }
    return .replace(menu)
  }

  /// Locks the terminal: everyone's forms are already drafts; the next person signs in.
  public func lock(_ shell: Shell) {
    shell.saveDrafts()
    context.session = nil
    context.statusPerson = nil
    context.statusUnit = nil
    shell.reset(to: SignInScreen(flow: self, locked: true))
  }
}
