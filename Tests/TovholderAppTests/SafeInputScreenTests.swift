import Foundation
import GRDB
import TerminalUI
import Testing
import TovholderCore
import TovholderStorage

@testable import TovholderApp

/// Issue 17 on the real shell: the user is told once that the terminal is not sending
/// UTF-8, and a database held locked by another program never freezes typing.
@Suite(.serialized) struct SafeInputScreenTests {
  @Test func theUserIsToldTheTerminalIsNotSendingUTF8() throws {
    let f = try AppFixture(user: "personale")
    f.press(.function(5))
    f.press(.notUTF8)
    #expect(f.screen().contains("Terminalen sender ikke UTF-8"))
    #expect(f.shell.top is FormScreen<IncidentField>)
  }

  @Test func typingWhileAnotherProgramHoldsTheLockWaitsVisiblyAndSavesWhenFree() throws {
    let f = try AppFixture(user: "personale")
    f.press(.function(5))
    let screen = try #require(f.shell.top as? FormScreen<IncidentField>)
    screen.focus(.course)
    let lock = try OtherProgramLock(holding: f.url)
    f.type("Gled på gulvet")
    #expect(f.screen().contains("Databasen er optaget – skriv videre"))
    #expect(screen.value(.course) == "Gled på gulvet")
    #expect(f.context.isWaitingForDatabase)
    lock.release()
    f.context.retryWaitingWrites()
    #expect(!f.context.isWaitingForDatabase)
    #expect(f.screen().contains("Databasen er fri igen"))
    let draft = try #require(
      try f.database.drafts.find(owner: f.session.actor.accountID, formKey: "incident.new").first)
    #expect(DraftCoding.decode(draft.payload)["course"] == "Gled på gulvet")
  }

  /// Ctrl-S while another program holds the lock does not freeze: the form says it waits,
  /// keeps what is typed, and saves by itself once the lock is free.
  @Test func aSaveWaitsForTheLockAndHappensWhenItIsFree() throws {
    let f = try AppFixture(user: "personale")
    let before = try f.database.incidents.own(by: f.session.actor).count
    let screen = try IncidentBadInputTests.filledForm(f)
    let lock = try OtherProgramLock(holding: f.url)
    f.press(.ctrl("s"))
    #expect(f.screen().contains("gemmes af sig selv"))
    #expect(f.shell.top === screen)
    f.shell.tick()  // still locked: nothing happens, nothing waits
    #expect(f.shell.top === screen)
    lock.release()
    f.shell.tick()
    #expect(try f.database.incidents.own(by: f.session.actor).count == before + 1)
    #expect(!(f.shell.top is FormScreen<IncidentField>))
  }

  /// Opening a record (an audited read, so a write) while the lock stays taken past the busy
  /// timeout: no "try again", the screen says it happens by itself, and it does once free.
  @Test func aKeyThatMeetsTheLockIsDoneOnceItIsFree() throws {
    let f = try AppFixture(user: "personale", busyTimeout: 0.3)
    f.openMenu("Beboere")
    let list = f.shell.top
    let lock = try OtherProgramLock(holding: f.url)
    f.press(.enter)
    #expect(f.shell.top === list)
    #expect(f.screen().contains("Databasen er optaget – det sker af sig selv"))
    #expect(!f.screen().contains("Prøv igen om lidt"))
    f.shell.tick()  // still locked: nothing happens
    #expect(f.shell.top === list)
    lock.release()
    f.shell.tick()
    #expect(f.shell.top is RecordScreen)
    #expect(f.screen().contains("Databasen er fri igen"))
  }

  /// A tab that reads (and audits) what it shows as it is drawn, meeting the lock: the screen
  /// says it waits instead of "try again", and reads again once the lock is free.
  @Test func aTabThatMeetsTheLockReadsAgainOnceItIsFree() throws {
    let f = try AppFixture(user: "personale", busyTimeout: 0.3)
    f.openMenu("Beboere")
    f.press(.enter)
    let record = try #require(f.shell.top as? RecordScreen)
    let lock = try OtherProgramLock(holding: f.url)
    f.press(.tab)
    #expect(record.tab is NotesTab)
    #expect(f.screen().contains("Databasen er optaget – det sker af sig selv"))
    #expect(!f.screen().contains("Prøv igen om lidt"))
    lock.release()
    f.shell.tick()
    let notes = try #require(record.tab as? NotesTab)
    _ = f.screen()
    #expect(!notes.notes.isEmpty)
    #expect(f.screen().contains("Databasen er fri igen"))
  }

  /// Sign-in meeting the lock keeps the password and signs in once the database is free.
  @Test func aSignInThatMeetsTheLockSignsInOnceItIsFree() throws {
    let f = try AppFixture(user: nil, busyTimeout: 0.3)
    f.type("personale")
    f.press(.enter)
    f.type(DemoHome.password)
    let lock = try OtherProgramLock(holding: f.url)
    f.press(.enter)
    #expect(f.shell.top is SignInScreen)
    #expect(f.screen().contains("det sker af sig selv"))
    lock.release()
    f.shell.tick()
    #expect(f.context.session?.actor.displayName == "Mads Sørensen")
  }

  /// "svarede med en fejl (kode 11)" and "fejl 17" are said in words, with what to do.
  @Test func bareCodesAreSaidInWords() {
    let t = Texts(language: .da)
    let corrupt = ErrorMessages.describe(StorageError.database(code: 11), t)
    #expect(corrupt.contains("beskadiget") && corrupt.contains("tovholder check") && !corrupt.contains("11"))
    let exists = ErrorMessages.describe(StorageError.io(errno: EEXIST), t)
    #expect(exists.contains("findes allerede") && !exists.contains("17"))
    #expect(ErrorMessages.describe(StorageError.io(errno: EACCES), t).contains("ikke lov"))
    #expect(ErrorMessages.describe(StorageError.database(code: 1_034), t).contains("Disken"))  // SQLITE_IOERR_FSYNC
    let english = ErrorMessages.describe(StorageError.database(code: 11), Texts(language: .en))
    #expect(english.contains("damaged"))
  }
}

/// Another program holding the database's write lock until `release()`.
final class OtherProgramLock: @unchecked Sendable {
  private let releasing = DispatchSemaphore(value: 0)
  private let released = DispatchSemaphore(value: 0)

  init(holding url: URL) throws {
    let other = try DatabaseQueue(path: url.path)
    let holding = DispatchSemaphore(value: 0)
    Thread.detachNewThread { [releasing, released] in
      do {
        try other.writeWithoutTransaction { db in
          try db.execute(sql: "BEGIN IMMEDIATE")
          holding.signal()
          releasing.wait()
          try db.execute(sql: "COMMIT")
        }
      } catch {
        holding.signal()  // never leave the test waiting; its expectations then fail
      }
      released.signal()
    }
    holding.wait()
  }

  func release() {
    releasing.signal()
    released.wait()
  }
}
