import Foundation
import GRDB
import Testing
import TovholderCore

@testable import TovholderStorage

@Suite struct AccountTests {
  @Test func firstRunCreatesHomeAndAdmin() throws {
    let f = try Fixture(seed: false)
    #expect(try !f.db.setup.isInitialized())
    let admin = try f.db.setup.initialize(
      homeName: "Lærkehøj",
      admin: NewAccount(username: "admin", displayName: "Admin", role: .admin, unitIDs: [], password: "demo1234"))
    #expect(admin.role == .admin)
    #expect(try f.db.setup.isInitialized())
    #expect(try f.db.setup.home() == Home(name: "Lærkehøj"))
    #expect(throws: StorageError.alreadyInitialized) {
      try f.db.setup.initialize(
        homeName: "X",
        admin: NewAccount(username: "admin2", displayName: "A", role: .admin, unitIDs: [], password: "demo1234"))
    }
  }

  @Test func signInAndWrongPassword() throws {
    let f = try Fixture()
    let me = try f.db.accounts.signIn(username: "ANNA", password: "demo1234")
    #expect(me == f.staffA)
    // A real and an unknown user name get the same answer (nothing tells them apart).
    #expect(throws: StorageError.signInRefused(.wrongCredentials)) {
      try f.db.accounts.signIn(username: "anna", password: "wrong")
    }
    #expect(throws: StorageError.signInRefused(.wrongCredentials)) {
      try f.db.accounts.signIn(username: "nobody", password: "wrong")
    }
    // The password is never stored in clear.
    let stored = try f.db.pool.read {
      try String.fetchOne($0, sql: "SELECT passwordHash FROM account WHERE username = 'anna'")
    }
    #expect(stored?.hasPrefix("scrypt$") == true)
    #expect(stored?.contains("demo1234") == false)
  }

  @Test func fiveWrongPasswordsLockAcrossReopen() throws {
    let f = try Fixture()
    for _ in 1...4 {
      #expect(throws: StorageError.self) { try f.db.accounts.signIn(username: "anna", password: "nej") }
    }
    let lockedUntil = f.clock.now.addingTimeInterval(300)
    // The fifth wrong password locks the account, but answers as for an unknown user name;
    // so does every wrong password while it is locked.
    for _ in 1...3 {
      #expect(throws: StorageError.signInRefused(.wrongCredentials)) {
        try f.db.accounts.signIn(username: "anna", password: "nej")
      }
      #expect(throws: StorageError.signInRefused(.wrongCredentials)) {
        try f.db.accounts.signIn(username: "nemo", password: "nej")
      }
    }
    // Another process (a new pool on the same file) sees the lock, even with the right password.
    let other = try f.reopen()
    #expect(throws: StorageError.signInRefused(.locked(until: lockedUntil))) {
      try other.accounts.signIn(username: "anna", password: "demo1234")
    }
    f.clock.advance(301)
    #expect(try other.accounts.signIn(username: "anna", password: "demo1234") == f.staffA)
  }

  @Test func leaderCreatesTempAccountThatExpires() throws {
    let f = try Fixture()
    let expiry = f.clock.now.addingTimeInterval(3600 * 8)
    let temp = try f.db.accounts.create(
      NewAccount(
        username: "vikar1", displayName: "Vikar Søren", role: .staff, unitIDs: [f.unitA.id],
        password: "sommer2024", expiresAt: expiry), by: f.leader)
    #expect(temp.isTemporary)
    #expect(try f.db.accounts.signIn(username: "vikar1", password: "sommer2024").accountID == temp.id)
    f.clock.advance(3600 * 8)
    #expect(throws: StorageError.signInRefused(.expired(at: expiry))) {
      try f.db.accounts.signIn(username: "vikar1", password: "sommer2024")
    }
    // A leader may not create a permanent account, nor staff any account.
    #expect(throws: StorageError.accessDenied) {
      try f.db.accounts.create(
        NewAccount(username: "fast", displayName: "F", role: .staff, unitIDs: [f.unitA.id], password: "12345678"),
        by: f.leader)
    }
    #expect(throws: StorageError.accessDenied) {
      try f.db.accounts.create(
        NewAccount(
          username: "v2", displayName: "V", role: .staff, unitIDs: [f.unitA.id], password: "12345678",
          expiresAt: f.clock.now.addingTimeInterval(60)), by: f.staffA)
    }
  }

  @Test func adminResetsPasswordAndLiftsLock() throws {
    let f = try Fixture()
    for _ in 1...5 { _ = try? f.db.accounts.signIn(username: "bo", password: "x") }
    try f.db.accounts.resetPassword(accountID: f.staffB.accountID, to: "nytkodeord", by: f.admin)
    #expect(try f.db.accounts.signIn(username: "bo", password: "nytkodeord") == f.staffB)
    #expect(throws: StorageError.accessDenied) {
      try f.db.accounts.resetPassword(accountID: f.staffB.accountID, to: "nytkodeord", by: f.leader)
    }
    #expect(throws: StorageError.usernameTaken) { try f.account("BO", "Bo 2", .staff, [f.unitA.id]) }
  }

  @Test func accountUpdateIsVersioned() throws {
    let f = try Fixture()
    var a = try #require(try f.db.accounts.fetch(id: f.staffA.accountID))
    a.unitIDs = [f.unitA.id, f.unitB.id]
    let saved = try f.db.accounts.update(a, by: f.admin)
    #expect(saved.version == a.version + 1)
    #expect(saved.unitIDs == [f.unitA.id, f.unitB.id])
    #expect(throws: StorageError.versionConflict(changedBy: "Admin", at: f.clock.now)) {
      try f.db.accounts.update(a, by: f.admin)
    }
  }

  @Test func productionHashingMeetsTheBar() throws {
    let p = AppDatabase.Options().passwordHashing
    #expect(p == .production)
    #expect(p.logN >= 15 && p.blockSize >= 8 && p.parallelism >= 1)
    let hash = PasswordHashing.production.hash("demo1234")
    #expect(hash.hasPrefix("scrypt$ln=15,r=8,p=1$"))
    #expect(PasswordHashing.verify("demo1234", against: hash))
    #expect(!PasswordHashing.verify("demo1235", against: hash))
    // Salted: the same password never gives the same hash.
    #expect(PasswordHashing.fastForTesting.hash("a") != PasswordHashing.fastForTesting.hash("a"))
    #expect(PasswordHashing.production.isWeaker(PasswordHashing.fastForTesting.hash("a")))
    #expect(!PasswordHashing.verify("x", against: "garbage"))
  }

  @Test func weakerHashIsRaisedAtSignIn() throws {
    let f = try Fixture()
    let stronger = try AppDatabase.open(
      at: f.path, options: .init(passwordHashing: PasswordHashing(logN: 5), clock: f.clock.clock))
    _ = try stronger.accounts.signIn(username: "anna", password: "demo1234")
    let stored = try f.db.pool.read {
      try String.fetchOne($0, sql: "SELECT passwordHash FROM account WHERE username = 'anna'")
    }
    #expect(stored?.hasPrefix("scrypt$ln=5,") == true)
  }
}

@Suite struct AccountListTests {
  @Test func listCarriesEachAccountsUnits() throws {
    let f = try Fixture()
    let all = try f.db.accounts.list(for: f.admin)
    #expect(all.first { $0.id == f.leader.accountID }?.unitIDs == [f.unitA.id, f.unitB.id])
    #expect(all.first { $0.id == f.staffB.accountID }?.unitIDs == [f.unitB.id])
    #expect(all.first { $0.id == f.admin.accountID }?.unitIDs == [])
    #expect(try f.db.accounts.list(for: f.staffA).map(\.id) == [f.staffA.accountID])
  }
}
