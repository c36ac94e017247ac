import Foundation
import TerminalUI
import Testing
import TovholderCore
import TovholderStorage

@testable import TovholderApp

extension AppFixture {
  /// The form a draft re-opens, with the draft's values (as the drafts list opens it).
  func reopen(_ draft: Draft) throws -> any AnyFormScreen {
    let screen = try #require(AreaCatalog.restoreDraft(key: draft.formKey, payload: draft.payload, context: context))
    try #require(screen as? DraftContinuing).continueDraft(draft, context: context)
    return try #require(screen as? any AnyFormScreen)
  }

  /// The form on top, whatever its field ids.
  func form(sourceLocation: SourceLocation = #_sourceLocation) throws -> any AnyFormScreen {
    try #require(shell.top as? any AnyFormScreen, sourceLocation: sourceLocation)
  }

  /// A second program on the same database file (after the first was killed): signs in as
  /// `user`, opens its drafts list and goes on with the newest draft of `formKey`.
  func restoreAfterCrash(user: String, formKey: String) throws -> any AnyFormScreen {
    let database = try AppDatabase.open(at: url, options: .init(passwordHashing: .fastForTesting, clock: clock.clock))
    let context = AppContext(texts: Texts(language: .da), clock: clock.clock)
    let flow = SessionFlow(database: database, context: context)
    let shell = Shell(root: flow.firstScreen(), context: context)
    let actor = try database.accounts.signIn(username: user, password: DemoHome.password)
    _ = flow.signedIn(actor)
    let session = try #require(context.session)
    shell.reset(to: [MainMenuScreen(entries: []), DraftsScreen(session: session)])
    #expect(shell.render(size: Size(width: 80, height: 24)).0.text.contains("Kladder"))
    let drafts = try database.drafts.list(owner: actor.accountID)
    let row = try #require(drafts.firstIndex { $0.formKey == formKey })
    for _ in 0..<row { shell.handle(.down) }
    shell.handle(.enter)
    _ = shell.render(size: Size(width: 80, height: 24))
    return try #require(shell.top as? any AnyFormScreen)
  }
}

/// Another program on the fixture's database file and clock (another terminal, or the same
/// person signed in twice), signed in as `user`.
final class SecondProgram {
  let database: AppDatabase
  let context: AppContext
  let shell: Shell

  init(_ f: AppFixture, user: String) throws {
    database = try AppDatabase.open(at: f.url, options: .init(passwordHashing: .fastForTesting, clock: f.clock.clock))
    context = AppContext(texts: Texts(language: .da), clock: f.clock.clock)
    let flow = SessionFlow(database: database, context: context)
    shell = Shell(root: flow.firstScreen(), context: context)
    let actor = try database.accounts.signIn(username: user, password: DemoHome.password)
    shell.reset(to: AppFixture.screens(flow.signedIn(actor)))
    _ = screen()
  }

  func press(_ keys: Key...) {
    for key in keys {
      shell.handle(key)
      _ = screen()
    }
  }

  func type(_ text: String) { for c in text { press(.char(c)) } }

  func screen() -> String { shell.render(size: Size(width: 80, height: 24)).0.text }
}
