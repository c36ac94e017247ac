import Foundation
import TerminalUI
import TovholderStorage

/// The screen stack and everything around it: header, message line, status bar, help
/// overlay and global commands. Pure: it takes keys and produces frames, so tests drive
/// it without a terminal; `AppRunner` connects it to a backend.
public final class Shell {
  public static let minimumSize = Size(width: 60, height: 16)

  public let context: AppContext
  public private(set) var stack: [any Screen]
  var help: HelpOverlay?
  /// What the runner must do besides drawing (it owns the terminal).
  public enum Request: Equatable { case none, quit, redraw, suspend, lock }

  public init(root: any Screen, context: AppContext) {
    self.stack = [root]
    self.context = context
  }

  public var top: any Screen { stack[stack.count - 1] }

  // MARK: Keys

  /// Handles one key and says what the runner must do.
  @discardableResult
  public func handle(_ key: Key) -> Request {
    let t = context.texts
    let wording = FormTexts.Wording(
      tooLong: { t("form.tooLong", $0) }, pasteTooLong: { t("form.pasteTooLong", $0, $1) })
    let request = FormTexts.$wording.withValue(wording) { dispatch(key) }
    if staleScreens.remove(ObjectIdentifier(top)) != nil { refreshTop() }
    context.settleMessage(top: top)
    return request
  }

  private func dispatch(_ key: Key) -> Request {
    if key == .resize { return .none }
    if key == .notUTF8 {
      context.showTerminalWide(context.texts("input.notUTF8"), kind: .warning, seconds: 20)
      return .none
    }
    if var overlay = help {
      help = overlay.handle(key, keymap: context.keymap) == .close ? nil : overlay
      return .none
    }
    let screen = top
    let command = context.keymap.command(for: key, scopes: screen.scopes, editingText: screen.isEditingText)
    if command == .save, let database, !database.isWriteLockFree {
      waitForLock(screen, key)
      return .none
    }
    let request = perform(key, command, on: screen)
    if context.message?.text == context.texts("error.locked") { waitForLock(screen, key) }
    return request
  }

  private func perform(_ key: Key, _ command: CommandID?, on screen: any Screen) -> Request {
    guard let id = command else { return apply(screen.handle(key, context: context)) }
    let action = screen.perform(id, context: context)
    if case .unhandled = action {
      if let request = global(id) { return request }
      return apply(screen.handle(key, context: context))
    }
    return apply(action)
  }

  // MARK: Waiting for another program's lock

  /// A key whose action found the database locked (by another program, or by other
  /// terminals past the busy timeout), and the screen it was meant for: done again on the
  /// idle tick once the lock is free, so nothing the person did is dropped and nobody is
  /// told to try again. A save is then made with what was typed meanwhile. Without a key,
  /// the screen met the lock while drawing (a tab reading, and auditing, what it shows) and
  /// reads again.
  private var keyWaitingForLock: (screen: Weak, key: Key?)?

  /// The database this terminal works on, also before anyone signs in (the launcher sets it).
  public var terminalDatabase: () -> AppDatabase? = { nil }
  private var database: AppDatabase? { context.session?.database ?? terminalDatabase() }

  private struct Weak {
    weak var screen: (any Screen)?
  }

  private func waitForLock(_ screen: any Screen, _ key: Key?) {
    keyWaitingForLock = (Weak(screen: screen), key)
    let isSave =
      key.map { context.keymap.command(for: $0, scopes: screen.scopes, editingText: screen.isEditingText) } == .save
    context.showTerminalWide(
      context.texts(isSave ? "db.waitingSave" : "db.waitingKey"), kind: .warning, seconds: 24 * 3600)
  }

  /// Called when no key came for a moment: retries draft writes and a key that waited for
  /// the lock (only once the lock is free, so nothing freezes).
  public func tick() {
    context.retryWaitingWrites()
    followDatabase()
    guard let waiting = keyWaitingForLock else { return }
    guard let screen = waiting.screen.screen, screen === top else {
      keyWaitingForLock = nil
      return
    }
    guard database?.isWriteLockFree ?? false else { return }
    keyWaitingForLock = nil
    context.showTerminalWide(context.texts("db.free"))
    if let key = waiting.key {
      _ = handle(key)
    } else {
      screen.refresh(context: context)
    }
  }

  // MARK: Following what other terminals save

  /// How often the idle tick asks whether another terminal saved something.
  public var changePollInterval: Duration = .seconds(1)
  private var lastChangePoll: ContinuousClock.Instant?
  /// Screens under the top that were open when another terminal saved: each re-reads when
  /// it is on top again.
  private var staleScreens: Set<ObjectIdentifier> = []

  /// Re-reads the screen on top when another terminal saved a change (only the top one:
  /// the others when they come back on top).
  private func followDatabase() {
    guard let session = context.session else { return }
    let now = ContinuousClock.now
    if let last = lastChangePoll, now - last < changePollInterval { return }
    lastChangePoll = now
    guard session.changes.poll() else { return }
    staleScreens = Set(stack.dropLast().map { ObjectIdentifier($0) })
    refreshTop()
  }

  private func refreshTop() {
    let screen = top
    AppDatabase.refreshing { screen.refresh(context: context) }
  }

  /// Commands the shell itself answers when the screen leaves them.
  private func global(_ id: CommandID) -> Request? {
    switch id {
    case .quit:
      saveDrafts()
      return .quit
    case .help:
      help = HelpOverlay(screen: top, context: context)
      return Request.none
    case .redraw: return .redraw
    case .suspend: return .suspend
    case .back:
      if stack.count > 1 {
        top.saveDraft(context: context)
        stack.removeLast()
      }
      return Request.none
    case .lock:
      guard context.session != nil else { return Request.none }
      saveDrafts()
      return .lock
    default:
      // A global command of an area (search, registration, quick log …) opens its screen.
      context.residentInView = stack.reversed().lazy.compactMap(\.residentInView).first
      guard CommandTable.command(id).scope == .global, let screen = AreaCatalog.screen(for: id, context: context)
      else { return nil }
      top.saveDraft(context: context)
      stack.append(screen)
      return Request.none
    }
  }

  private func apply(_ action: ScreenAction) -> Request {
    switch action {
    case .stay, .unhandled: break
    case .push(let s): stack.append(s)
    case .replace(let s): stack[stack.count - 1] = s
    case .replaceWith(let screens) where !screens.isEmpty: stack.replaceSubrange((stack.count - 1)..., with: screens)
    case .replaceWith: break
    case .pop:
      guard stack.count > 1 else { break }
      stack.removeLast()
      top.reappear(context: context)
    case .popToRoot:
      stack.removeSubrange(1...)
      top.reappear(context: context)
    case .quit:
      saveDrafts()
      return .quit
    }
    return .none
  }

  /// Asks every open screen to keep its input as a draft.
  public func saveDrafts() {
    for screen in stack { screen.saveDraft(context: context) }
  }

  /// Does the work a screen left for after the frame on screen (`AppContext.afterFrame`).
  public func runAfterFrame() {
    guard let work = context.afterFrame else { return }
    context.afterFrame = nil
    work(self)
  }

  /// Replaces the whole stack (after sign-in, or to lock).
  public func reset(to root: any Screen) { reset(to: [root]) }

  public func reset(to screens: [any Screen]) {
    guard !screens.isEmpty else { return }
    stack = screens
    help = nil
    staleScreens = []
  }

  // MARK: Drawing

  /// Draws a frame of `size`; returns the buffer and where the cursor belongs.
  public func render(size: Size) -> (Buffer, Point?) {
    var buffer = Buffer(size: size)
    context.clearExpiredMessage()
    context.settleMessage(top: top)
    if size.width < Shell.minimumSize.width || size.height < Shell.minimumSize.height {
      TooSmallView(size: size, texts: context.texts).draw(into: &buffer)
      return (buffer, nil)
    }
    let (header, rest) = buffer.bounds.splitTop(1)
    let (body, footer) = rest.splitBottom(2)
    drawHeader(into: &buffer, area: header)
    var cursor = PickerTexts.$noMatch.withValue(context.texts("picker.noMatch")) {
      top.draw(into: &buffer, area: body, context: context)
    }
    if keyWaitingForLock == nil, context.message?.text == context.texts("error.locked") { waitForLock(top, nil) }
    drawMessage(into: &buffer, area: footer.row(0))
    drawStatus(into: &buffer, area: footer.row(1))
    if var overlay = help {
      overlay.draw(into: &buffer, area: body)
      help = overlay
      cursor = nil
    }
    return (buffer, cursor)
  }

  private func drawHeader(into buffer: inout Buffer, area: Rect) {
    buffer.fill(area, style: .title)
    // The demo's mark is part of the first step, which never gives way.
    var crumbs = [context.texts("app.name") + (context.isFictional ? " · " + context.texts("app.fictional") : "")]
    if let home = context.homeName { crumbs.append(home) }
    crumbs += stack.map { $0.title(context) }.filter { !$0.isEmpty }
    // When the path is too long, the oldest steps give way first; the current screen stays.
    var text = " " + crumbs.joined(separator: " › ")
    while text.displayWidth > area.width, crumbs.count > 2 {
      crumbs.remove(at: 1)
      text = " " + ([crumbs[0], "…"] + crumbs.dropFirst()).joined(separator: " › ")
    }
    buffer.put(text.truncated(toWidth: area.width), x: area.x, y: area.y, maxWidth: area.width, style: .title)
  }

  private func drawMessage(into buffer: inout Buffer, area: Rect) {
    guard let m = context.message else { return }
    let style: Style = m.kind == .error ? .error : (m.kind == .warning ? .warning : .success)
    buffer.put(" " + m.text, x: area.x, y: area.y, maxWidth: area.width, style: style)
  }

  private func drawStatus(into buffer: inout Buffer, area: Rect) {
    buffer.fill(area, style: .statusBar)
    let t = context.texts
    let who = [context.statusPerson, context.statusUnit].compactMap { $0 }.joined(separator: " · ")
    var hints = top.hints(context: context)
    hints.append((context.keyName(.help), t("cmd.help")))
    if stack.count > 1 { hints.append((context.keyName(.back), t("cmd.back"))) }
    if context.statusPerson != nil { hints.append((context.keyName(.lock), t("cmd.lock"))) }
    hints.append((context.keyName(.quit), t("cmd.quit")))
    let right = hints.map { "\($0.0) \($0.1)" }.joined(separator: "  ") + " "
    let left = who.isEmpty ? "" : " " + who
    // The person and unit keep at least a short name; the key hints get the rest.
    let leftWidth = min(left.displayWidth, max(area.width / 3, area.width - right.displayWidth - 2))
    buffer.put(left.truncated(toWidth: leftWidth), x: area.x, y: area.y, maxWidth: leftWidth, style: .statusBar)
    let rightWidth = max(0, area.width - leftWidth - (leftWidth > 0 ? 2 : 0))
    let shown = right.truncated(toWidth: rightWidth)
    buffer.put(shown, x: area.maxX - shown.displayWidth, y: area.y, maxWidth: rightWidth, style: .statusBar)
  }
}
