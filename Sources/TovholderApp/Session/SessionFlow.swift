import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// Signing in, locking and switching person on a shared workstation. Owns what happens
/// between "nobody" and "someone is signed in".
public final class SessionFlow {
  /// The database of this terminal; the first-run screen may switch it to the demo home.
  public private(set) var database: AppDatabase
  public let context: AppContext
  /// Where the first-run screen's demo home lives (`demo.sqlite` in the data folder).
  public var demoLocation = SessionFlow.demoURL()

  public init(database: AppDatabase, context: AppContext) {
    self.database = database
    self.context = context
  }

  /// The first screen: first-run setup on an empty database, else sign-in.
  public func firstScreen() -> any Screen {
    let initialized = (try? database.setup.isInitialized()) ?? true
    showHome()
    return initialized ? SignInScreen(flow: self) : FirstRunScreen(flow: self)
  }

  /// After a successful sign-in: the main menu, with the drafts list over it when there are
  /// drafts newer than the person's previous sign-in (older ones wait in the menu's "Kladder").
  func signedIn(_ actor: Actor) -> ScreenAction {
    let units = (try? database.units.list()) ?? []
    let signIn = try? database.drafts.beginSession(owner: actor.accountID, id: UUID().uuidString)
    let session = Session(
      database: database, actor: actor, id: signIn?.id ?? UUID().uuidString, previousSignIn: signIn?.previousStartedAt,
      unitNames: Dictionary(uniqueKeysWithValues: units.map { ($0.id, $0.name) }))
    context.session = session
    context.statusPerson = actor.displayName
    context.statusUnit = session.unitSummary
    showHome()
    let menu = MainMenuScreen(entries: [Self.draftsEntry(session)] + AreaCatalog.menuEntries(session))
    let drafts = (try? database.drafts.list(owner: actor.accountID)) ?? []
    let previous = session.previousSignIn ?? .distantPast
    if drafts.contains(where: { $0.savedAt >= previous }) {
      return .replaceWith([menu, DraftsScreen(session: session)])
    }
    return .replace(menu)
  }

  /// The home's name in the header, marked when it is the fictional demo.
  private func showHome() {
    let home = try? database.setup.home()
    context.homeName = home?.name
    context.isFictional = home?.isFictional ?? false
  }

  /// Goes on with `demo` (the fictional demo home) instead of this terminal's empty database.
  func switchTo(demo: AppDatabase) -> ScreenAction {
    database = demo
    showHome()
    return .replace(SignInScreen(flow: self))
  }

  /// The menu's "Kladder (n)" line, shown while the person has drafts.
  static func draftsEntry(_ session: Session) -> MenuEntry {
    MenuEntry(titleKey: "menu.drafts", descriptionKey: "menu.drafts.description") { _ in DraftsScreen(session: session)
    }
    .counting { _ in (try? session.database.drafts.count(owner: session.actor.accountID)) ?? 0 }
    .inSection("menu.section.drafts")
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
