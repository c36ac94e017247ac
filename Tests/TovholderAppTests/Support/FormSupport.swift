import Foundation
import TerminalUI
import Testing
import TovholderCore
import TovholderStorage

@testable import TovholderApp

/// A settable clock at a stated Danish time, for forms whose fields start at "now".
final class FixedClock: @unchecked Sendable {
  private let lock = NSLock()
  private var value: Date

  /// `iso`: a Danish local time, e.g. "2026-11-24T02:40".
  init(_ iso: String) {
    value = FixedClock.date(iso)
  }

  static func date(_ iso: String) -> Date {
    let f = DateFormatter()
    f.locale = Locale(identifier: "en_US_POSIX")
    f.timeZone = .danish
    f.dateFormat = "yyyy-MM-dd'T'HH:mm"
    return f.date(from: iso) ?? Date(timeIntervalSince1970: 0)
  }

  var now: Date {
    get { lock.withLock { value } }
    set { lock.withLock { value = newValue } }
  }

  func advance(_ seconds: TimeInterval) { now = now.addingTimeInterval(seconds) }
  var function: @Sendable () -> Date { { [self] in now } }
}

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
    let database = try AppDatabase.open(at: url, options: .init(passwordHashing: .fastForTesting))
    let context = AppContext(texts: Texts(language: .da))
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
