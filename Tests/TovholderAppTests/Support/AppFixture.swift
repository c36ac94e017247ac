import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

@testable import TovholderApp

/// A real demo database in a temporary folder, with a person signed in, for screen tests.
/// Made once per test process (the demo takes a moment), copied for each fixture.
final class AppFixture {
  static let template: URL = {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tvh-app-\(getpid())")
    try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent("demo.sqlite")
    if let db = try? AppDatabase.open(at: url, options: .init(passwordHashing: .fastForTesting)) {
      _ = try? DemoHome.create(in: db)
    }
    return url
  }()

  let url: URL
  let database: AppDatabase
  let context: AppContext
  let flow: SessionFlow
  let shell: Shell
  var session: Session { context.session! }

  /// `clock`: a fixed clock (a stated Danish date and time) for tests that depend on "now".
  init(user: String? = "personale", language: Language = .da, clock: (@Sendable () -> Date)? = nil) throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tvh-fixture-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    url = dir.appendingPathComponent("demo.sqlite")
    try FileManager.default.copyItem(at: Self.template, to: url)
    database = try AppDatabase.open(
      at: url, options: .init(passwordHashing: .fastForTesting, clock: clock ?? { Date() }))
    context = AppContext(texts: Texts(language: language), clock: clock ?? { Date() })
    flow = SessionFlow(database: database, context: context)
    shell = Shell(root: flow.firstScreen(), context: context)
    _ = shell.render(size: Size(width: 80, height: 24))
    if let user {
      let actor = try database.accounts.signIn(username: user, password: DemoHome.password)
      shell.reset(to: Self.screens(flow.signedIn(actor)))
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

  /// Presses keys, drawing a frame after each as the real program does.
  func press(_ keys: Key...) {
    for key in keys {
      shell.handle(key)
      _ = shell.render(size: Size(width: 80, height: 24))
    }
  }

  /// Opens the main-menu entry whose title contains `title`, moving to it with the arrow keys.
  func openMenu(_ title: String) {
    guard let menu = shell.top as? MainMenuScreen, let index = menu.index(ofTitle: title, texts: context.texts) else {
      return
    }
    press(.home)
    for _ in 0..<index { press(.down) }
    press(.enter)
  }

  /// Types text into the shell, key by key.
  func type(_ text: String) { for c in text { press(.char(c)) } }

  /// The screen as text at the given size.
  func screen(width: Int = 80, height: Int = 24) -> String {
    shell.render(size: Size(width: width, height: height)).0.text
  }
}
