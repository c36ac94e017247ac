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
      let handedOver = handOverLockedLog(to: locked.session)
      return .replaceWith(locked.stack + (handedOver ? [DraftsScreen(session: locked.session)] : []))
    }
    locked = nil
    let units = (try? database.units.list()) ?? []
    let signIn = try? database.drafts.beginSession(owner: actor.accountID, id: UUID().uuidString)
    let session = Session(
      database: database, actor: actor, id: signIn?.id ?? UUID().uuidString, previousSignIn: signIn?.previousStartedAt,
      unitNames: Dictionary(uniqueKeysWithValues: units.map { ($0.id, $0.name) }))
    enter(session)
    handOverLockedLog(to: session)
    let start = startScreens(session)
    // Drafts newer than the previous sign-in are offered first; older ones wait in "Kladder".
    let drafts = (try? database.drafts.list(owner: actor.accountID)) ?? []
    let previous = session.previousSignIn ?? .distantPast
    if drafts.contains(where: { $0.savedAt >= previous }) {
      return .replaceWith(start + [DraftsScreen(session: session)])
    }
    return start.count == 1 ? .replace(start[0]) : .replaceWith(start)
  }

  /// The quick log begun on the locked screen and not yet saved: it waits under the lock for
  /// the next F6, visible to no one signed in.
  var pendingLockedLog: LockedQuickLogScreen?

  /// F6 on the sign-in or locked screen: the quick log begun there, or a new one with the user
  /// name typed on the lock screen or else the one of the person who locked it.
  func lockedQuickLog(typedUsername: String, locked isLocked: Bool) -> LockedQuickLogScreen {
    if let pendingLockedLog { return pendingLockedLog }
    var username = typedUsername.trimmingCharacters(in: .whitespaces)
    if username.isEmpty, let owner = locked?.session.actor.accountID,
      let account = try? database.accounts.fetch(id: owner)
    {
      username = account.username
    }
    let screen = LockedQuickLogScreen(flow: self, username: username, locked: isLocked)
    pendingLockedLog = screen
    return screen
  }

  /// When the person a waiting locked quick log names signs in, it is theirs: it has been their
  /// quick-log draft since the first key (offered at once, as a new draft); for anyone else it
  /// stays under the lock. A log begun under the lock of a terminal that died is their draft
  /// the same way, offered because it is newer than their last sign-in.
  @discardableResult
  private func handOverLockedLog(to session: Session) -> Bool {
    guard let pending = pendingLockedLog, pending.hasContent else { return false }
    pending.saveDraft(context: context)
    guard pending.draftRowOwner == session.actor.accountID else { return false }
    pendingLockedLog = nil
    return true
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
    // A quick log left open on the locked screen waits for the next F6, without its password.
    pendingLockedLog?.setValue(.password, "")
    context.session = nil
    context.statusPerson = nil
    context.statusUnit = nil
    shell.reset(to: SignInScreen(flow: self, locked: true))
  }
}
