import Foundation
import TerminalUI
import Testing
import TovholderCore
import TovholderStorage

@testable import TovholderApp

/// A real demo database in a temporary folder, with a person signed in, for screen tests.
/// The demo is made once per test process (it takes a moment) and copied for each fixture.
/// Time stands still at `AppFixture.start` until a test sets or moves `clock`, so no test
/// depends on the hour it runs at; the demo's history is written relative to that moment.
final class AppFixture {
  /// Thursday 3 December 2026 at 14:00 Danish time (13:00 UTC), mid day shift.
  static let start = CalendarDay(year: 2026, month: 12, day: 3)!.at(hour: 14, minute: 0)!

  /// The demo database every fixture copies, or why it could not be made.
  static let template: Result<URL, TemplateFailure> = {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tvh-app-\(getpid())")
    atexit {
      let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tvh-app-\(getpid())")
      try? FileManager.default.removeItem(at: dir)
    }
    do {
      try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
      let url = dir.appendingPathComponent("demo.sqlite")
      let db = try AppDatabase.open(at: url, options: .init(passwordHashing: .fastForTesting, clock: .fixed(start)))
      _ = try DemoHome.create(in: db)
      return .success(url)
    } catch {
      return .failure(TemplateFailure(description: "the demo database for screen tests could not be made: \(error)"))
    }
  }()

  struct TemplateFailure: Error, CustomStringConvertible { let description: String }

  let folder: URL
  let url: URL
  /// Now, for the database and the screens alike.
  let clock = SettableClock(AppFixture.start)
  let database: AppDatabase
  let context: AppContext
  let flow: SessionFlow
  let shell: Shell
  var session: Session { context.session! }
  /// The fixture's present moment and day (Danish time).
  var now: Date { clock.now }
  var today: CalendarDay { CalendarDay(clock.now, in: .danish) }

  init(user: String? = "personale", language: Language = .da, busyTimeout: TimeInterval = 15) throws {
    let template = try Self.template.get()
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("tvh-fixture-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    url = folder.appendingPathComponent("demo.sqlite")
    try FileManager.default.copyItem(at: template, to: url)
    database = try AppDatabase.open(
      at: url, options: .init(passwordHashing: .fastForTesting, busyTimeout: busyTimeout, clock: clock.clock))
    context = AppContext(texts: Texts(language: language), clock: clock.clock)
    flow = SessionFlow(database: database, context: context)
    shell = Shell(root: flow.firstScreen(), context: context)
    shell.terminalDatabase = { [database] in database }
    _ = shell.render(size: Size(width: 80, height: 24))
    if let user {
      let actor = try database.accounts.signIn(username: user, password: DemoHome.password)
      // Staff start on their handover list over the menu; the fixture starts at the menu
      // (with the drafts list over it when there are new drafts).
      shell.reset(to: Self.screens(flow.signedIn(actor)).filter { !($0 is HandoverScreen) })
      _ = shell.render(size: Size(width: 80, height: 24))
    }
  }

  /// The screens a sign-in leads to (the menu, and the drafts list over it when there are new drafts).
  static func screens(_ action: ScreenAction) -> [any Screen] {
    switch action {
    case .replace(let screen): return [screen]
    case .replaceWith(let screens): return screens
    default: return []
    }
  }

  deinit { try? FileManager.default.removeItem(at: folder) }

  /// Presses keys, drawing a frame after each as the real program does.
  func press(_ keys: Key...) {
    for key in keys {
      shell.handle(key)
      _ = shell.render(size: Size(width: 80, height: 24))
    }
  }

  /// Opens the resident's record (on the tab titled `tab`) as the list's Enter does, as the
  /// only screen or, with `keepMenu`, over the main menu. Throws when it does not open.
  @discardableResult
  func openRecord(_ id: ResidentID, tab: String? = nil, keepMenu: Bool = false) throws -> any Screen {
    guard case .push(let record) = RecordScreen.open(id, session: session, context: context, tab: tab) else {
      throw CancellationError()
    }
    shell.reset(to: keepMenu ? [shell.stack[0], record] : [record])
    return record
  }

  /// Opens the main-menu entry named `title` by typing the name and Enter, as a user may.
  /// Records an issue (with the screen) when the menu is not showing or has no such entry.
  func openMenu(_ title: String, sourceLocation: SourceLocation = #_sourceLocation) {
    guard let menu = shell.top as? MainMenuScreen else {
      Issue.record("openMenu(\"\(title)\"): the main menu is not showing:\n\(screen())", sourceLocation: sourceLocation)
      return
    }
    type(title)
    guard menu.index(ofTitle: title, texts: context.texts) == menu.selected else {
      Issue.record("openMenu: no entry \"\(title)\" in the menu:\n\(screen())", sourceLocation: sourceLocation)
      return
    }
    press(.enter)
  }

  /// Types text into the shell, key by key.
  func type(_ text: String) { for c in text { press(.char(c)) } }

  /// The screen as text at the given size.
  func screen(width: Int = 80, height: Int = 24) -> String {
    shell.render(size: Size(width: width, height: height)).0.text
  }
}
