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

  /// The screens left when the terminal was locked, and whose they are: the same person
  /// signing in again comes back to them; anyone else starts afresh and they are dropped.
  private var locked: (session: Session, stack: [any Screen])?

  /// After a successful sign-in: the same person back where they locked the screen; anyone
  /// else on their start screen (staff: their unit's handover list over the main menu), with
  /// their drafts offered first.
  func signedIn(_ actor: Actor) -> ScreenAction {
    if let locked, locked.session.actor.accountID == actor.accountID, !locked.stack.isEmpty {
      self.locked = nil
      enter(locked.session)
      return .replaceWith(locked.stack)
    }
    locked = nil
    let units = (try? database.units.list()) ?? []
    let signIn = try? database.drafts.beginSession(owner: actor.accountID, id: UUID().uuidString)
    let session = Session(
      database: database, actor: actor, id: signIn?.id ?? UUID().uuidString, previousSignIn: signIn?.previousStartedAt,
      unitNames: Dictionary(uniqueKeysWithValues: units.map { ($0.id, $0.name) }))
    enter(session)
    let start = startScreens(session)
    // Drafts newer than the previous sign-in are offered first; older ones wait in "Kladder".
    let drafts = (try? database.drafts.list(owner: actor.accountID)) ?? []
    let previous = session.previousSignIn ?? .distantPast
    if drafts.contains(where: { $0.savedAt >= previous }) {
      return .replaceWith(start + [DraftsScreen(session: session)])
    }
    return start.count == 1 ? .replace(start[0]) : .replaceWith(start)
  }

  /// The main menu, and for staff with a unit its handover list on top.
  func startScreens(_ session: Session) -> [any Screen] {
    let menu = MainMenuScreen(entries: [Self.draftsEntry(session)] + AreaCatalog.menuEntries(session))
    guard session.actor.role == .staff, !session.actor.unitIDs.isEmpty else { return [menu] }
    return [menu, HandoverScreen(session: session)]
  }

  private func enter(_ session: Session) {
    context.session = session
    context.statusPerson = session.actor.displayName
    context.statusUnit = session.unitSummary
    showHome()
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

  /// Locks the terminal: everyone's forms are already drafts; the next person signs in. The
  /// screens stay in memory (not on screen) for the same person's return.
  public func lock(_ shell: Shell) {
    shell.saveDrafts()
    if let session = context.session { locked = (session, shell.stack) }
    context.session = nil
    context.statusPerson = nil
    context.statusUnit = nil
    shell.reset(to: SignInScreen(flow: self, locked: true))
  }
}
