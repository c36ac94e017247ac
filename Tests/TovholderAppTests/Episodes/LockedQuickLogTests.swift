import Foundation
import TerminalUI
import Testing
import TovholderCore
import TovholderStorage

@testable import TovholderApp

/// Issue 15: F6 on the locked screen opens the quick log at once; the person gives their
/// password when saving, the episode and the audit are theirs, and what was typed before
/// anyone signed in is seen by no one else.
@Suite(.serialized) struct LockedQuickLogTests {
  /// Letters naming exactly one of `actor`'s residents, and that resident.
  func uniqueLetters(_ f: AppFixture, for actor: Actor) throws -> (String, Resident) {
    let residents = try f.database.residents.list(for: actor)
    for r in residents {
      for n in 2...min(6, r.name.count) {
        let letters = String(r.name.prefix(n)).lowercased()
        if case .one(let found) = LockedQuickLogScreen.resident(letters, among: residents), found.id == r.id {
          return (letters, r)
        }
      }
    }
    throw Failure.noUniqueName
  }
  enum Failure: Error { case noUniqueName }

  func actor(_ f: AppFixture, _ username: String) throws -> Actor {
    try f.database.accounts.signIn(username: username, password: DemoHome.password)
  }

  @Test func fromTheLockedScreenToASavedLogInFourKeysAsTheRightPerson() throws {
    let f = try AppFixture(user: nil)
    let night = try actor(f, "nattevagt")
    f.shell.reset(to: AppFixture.screens(f.flow.signedIn(night)))
    f.flow.lock(f.shell)
    #expect(f.context.session == nil && f.screen().contains("Skærmen er låst"))
    #expect(f.screen().contains("F6 Voldsom episode"))
    let (letters, resident) = try uniqueLetters(f, for: night)
    let before = try f.database.episodes.list(residentID: resident.id, actor: night).count

    var keys = 0
    func press(_ k: Key) {
      keys += 1
      f.press(k)
    }
    press(.function(6))
    let form = try #require(f.shell.top as? LockedQuickLogScreen)
    // The one who locked is offered as the user name; no resident's name is on the screen.
    #expect(form.value(.username) == "nattevagt" && form.focusedID == .resident)
    #expect(!f.screen().contains(resident.name))
    f.type(letters)
    press(.enter)
    f.type("slog mig i armen i køkkenet")
    press(.tab)
    #expect(form.focusedID == .password)
    f.type(DemoHome.password)
    press(.enter)
    #expect(keys == 4)

    // Saved as the night worker's, and the screen is still locked.
    #expect(f.context.session == nil && f.shell.top is SignInScreen)
    #expect(f.screen().contains("er gemt af Sofie Ærenlund"))
    let episodes = try f.database.episodes.list(residentID: resident.id, actor: night)
    #expect(episodes.count == before + 1)
    let saved = try #require(episodes.first { $0.summary == "slog mig i armen i køkkenet" })
    #expect(saved.reporterID == night.accountID)
    let leader = try actor(f, "leder")
    let audit = try f.database.audit.recent(actor: leader, limit: 20)
    let created = try #require(audit.first { $0.action == .createEpisode && $0.subjectID == saved.id })
    #expect(created.actorID == night.accountID)
    // The next F6 starts afresh.
    f.press(.function(6))
    #expect((f.shell.top as? LockedQuickLogScreen)?.value(.summary) == "")
  }

  @Test func aWrongPasswordSavesNothingAndClearsThePassword() throws {
    let f = try AppFixture(user: nil)
    let night = try actor(f, "nattevagt")
    let (letters, resident) = try uniqueLetters(f, for: night)
    let before = try f.database.episodes.list(residentID: resident.id, actor: night).count
    f.press(.function(6))
    let form = try #require(f.shell.top as? LockedQuickLogScreen)
    #expect(form.focusedID == .username)
    f.type("nattevagt")
    f.press(.enter)
    f.type(letters)
    f.press(.enter)
    f.type("råbte")
    f.press(.tab)
    f.type("forkert")
    f.press(.enter)
    #expect(f.screen().contains("Forkert brugernavn eller adgangskode"))
    #expect(form.value(.password) == "" && form.value(.summary) == "råbte")
    #expect(f.context.session == nil)
    #expect(try f.database.episodes.list(residentID: resident.id, actor: night).count == before)
  }

  /// Letters that fit several residents are refused without naming them.
  @Test func lettersThatFitSeveralResidentsAskForMore() throws {
    let f = try AppFixture(user: nil)
    let night = try actor(f, "nattevagt")
    let residents = try f.database.residents.list(for: night)
    f.press(.function(6))
    f.type("nattevagt")
    f.press(.enter)
    f.type("a")
    f.press(.enter)
    f.type("råbte")
    f.press(.tab)
    f.type(DemoHome.password)
    f.press(.enter)
    guard case .several(let n) = LockedQuickLogScreen.resident("a", among: residents) else {
      Issue.record("the demo has one resident whose name has a word starting with a")
      return
    }
    #expect(f.screen().contains("\(n) beboere passer – skriv flere bogstaver."))
    #expect(f.shell.top is LockedQuickLogScreen)
  }

  /// Typed under the lock and left: from the first key it is the named person's quick-log
  /// draft and nobody else's; another person who signs in sees none of it; the person it
  /// names gets it offered when they sign in, and it opens with the resident found.
  @Test func whatWasTypedUnderTheLockReachesOnlyThePersonItNames() throws {
    let f = try AppFixture(user: nil)
    let night = try actor(f, "nattevagt")
    let staff = try actor(f, "personale")
    let (letters, resident) = try uniqueLetters(f, for: night)
    let secret = "Zzz kun til nattevagten"
    f.press(.function(6))
    f.type("nattevagt")
    f.press(.enter)
    f.type(letters)
    f.press(.enter)
    f.type(secret)
    // A draft of the night worker's from the first key, holding the letters, never a password.
    let row = try #require(try f.database.drafts.find(owner: night.accountID, formKey: QuickLogScreen.draftKey).first)
    #expect(DraftCoding.decode(row.payload)["summary"] == secret)
    f.press(.escape)
    #expect(f.shell.top is SignInScreen)

    // Someone else signs in: not on their screens, not among their drafts.
    f.shell.reset(to: AppFixture.screens(f.flow.signedIn(staff)))
    #expect(!f.screen().contains(secret))
    let theirs = try f.database.drafts.list(owner: staff.accountID)
    #expect(!theirs.contains { $0.payload.contains("Zzz") })
    f.flow.lock(f.shell)

    // The night worker signs in: their quick-log draft, offered first; it opens with the
    // resident the letters name.
    f.shell.reset(to: AppFixture.screens(f.flow.signedIn(night)))
    #expect(f.shell.top is DraftsScreen)
    #expect(f.flow.pendingLockedLog == nil)
    #expect(try f.database.drafts.find(owner: night.accountID, formKey: QuickLogScreen.draftKey).count == 1)
    _ = f.screen()
    f.press(.enter)
    let form = try #require(f.shell.top as? FormScreen<QuickLogField>)
    #expect(form.value(.resident) == String(resident.id) && form.value(.summary) == secret)
    f.press(.ctrl("s"))
    #expect(try f.database.episodes.list(residentID: resident.id, actor: night).contains { $0.summary == secret })
    #expect(try f.database.drafts.find(owner: night.accountID, formKey: QuickLogScreen.draftKey).isEmpty)
  }

  /// The terminal dies with the form open under the lock: nothing typed is lost, it waits as
  /// the named person's draft. A user name changed moves it; one that names nobody (or the
  /// admin) keeps it on screen only. Saving removes it with the episode.
  @Test func aLogTypedUnderTheLockOutlivesTheTerminal() throws {
    let f = try AppFixture(user: nil)
    let night = try actor(f, "nattevagt")
    let staff = try actor(f, "personale")
    let (letters, resident) = try uniqueLetters(f, for: night)
    f.press(.function(6))
    f.type("personale")
    f.press(.enter)
    f.type(letters)
    f.press(.enter)
    f.type("sparkede døren")
    func drafts(_ a: Actor) -> Int {
      (try? f.database.drafts.find(owner: a.accountID, formKey: QuickLogScreen.draftKey).count) ?? -1
    }
    #expect(drafts(staff) == 1 && drafts(night) == 0)
    let form = try #require(f.shell.top as? LockedQuickLogScreen)
    form.focus(.username)
    f.press(.ctrl("e"), .ctrl("u"))
    f.type("ingen-saadan")
    #expect(drafts(staff) == 0 && drafts(night) == 0)
    f.press(.ctrl("u"))
    f.type("admin")
    #expect(drafts(staff) == 0)
    f.press(.ctrl("u"))
    f.type("nattevagt")
    #expect(drafts(staff) == 0 && drafts(night) == 1)

    // The terminal dies: the program's memory is gone, the row is not.
    f.flow.pendingLockedLog = nil
    f.shell.reset(to: AppFixture.screens(f.flow.signedIn(night)))
    #expect(f.shell.top is DraftsScreen)
    #expect(f.screen().contains("sparkede døren"))
    f.press(.enter)
    let quick = try #require(f.shell.top as? FormScreen<QuickLogField>)
    #expect(quick.value(.resident) == String(resident.id))
  }

  /// Saved from under the lock: the draft goes with the episode, in its transaction.
  @Test func savingUnderTheLockRemovesTheDraft() throws {
    let f = try AppFixture(user: nil)
    let night = try actor(f, "nattevagt")
    let (letters, _) = try uniqueLetters(f, for: night)
    f.press(.function(6))
    f.type("nattevagt")
    f.press(.enter)
    f.type(letters)
    f.press(.enter)
    f.type("kastede en kop")
    #expect(try f.database.drafts.find(owner: night.accountID, formKey: QuickLogScreen.draftKey).count == 1)
    f.press(.tab)
    f.type(DemoHome.password)
    f.press(.enter)
    #expect(f.screen().contains("er gemt af"))
    #expect(try f.database.drafts.find(owner: night.accountID, formKey: QuickLogScreen.draftKey).isEmpty)
  }

  /// F6 on the first sign-in screen (nothing locked) says so in its title and intro.
  @Test func beforeAnyoneSignedInTheFormDoesNotSayLocked() throws {
    let f = try AppFixture(user: nil)
    f.press(.function(6))
    let screen = f.screen()
    #expect(screen.contains("Voldsom episode – før log ind") && !screen.contains("låst skærm"))
    #expect(screen.contains("ingen bliver logget"))
  }
}
