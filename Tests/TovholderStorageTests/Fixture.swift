import Foundation
import GRDB
import TovholderCore

@testable import TovholderStorage

/// A temporary folder removed when the fixture goes away.
final class TempFolder: @unchecked Sendable {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("tovholder-tests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  func file(_ name: String) -> URL { url.appendingPathComponent(name) }
}

/// The storage tests' clock: it stands at Wednesday 29 May 2024, 18:26:40 Danish summer time
/// (16:26:40 UTC) until a test sets or moves it.
typealias TestClock = SettableClock

extension SettableClock {
  static let storageTestsStart = CalendarDay(year: 2024, month: 5, day: 29)!.at(hour: 18, minute: 26, second: 40)!

  convenience init() { self.init(SettableClock.storageTestsStart) }
}

/// A small home: two units, an admin, a leader of both, staff in unit A and in unit B,
/// and one resident in each unit.
final class Fixture: @unchecked Sendable {
  let folder: TempFolder
  let clock = TestClock()
  let db: AppDatabase
  var admin: Actor!
  var leader: Actor!
  var staffA: Actor!
  var staffB: Actor!
  var unitA: TovholderCore.Unit!
  var unitB: TovholderCore.Unit!
  var residentA: Resident!
  var residentB: Resident!

  var path: URL { db.url }

  init(seed: Bool = true) throws {
    folder = try TempFolder()
    db = try Fixture.open(folder.file("home.sqlite"), clock: clock)
    guard seed else { return }
    admin = try db.setup.initialize(
      homeName: "Solsikken",
      admin: NewAccount(username: "admin", displayName: "Admin", role: .admin, unitIDs: [], password: "demo1234"))
    unitA = try db.units.create(name: "Hus A", by: admin)
    unitB = try db.units.create(name: "Hus B", by: admin)
    leader = try account("leder", "Lise Leder", .leader, [unitA.id, unitB.id])
    staffA = try account("anna", "Anna Ærø", .staff, [unitA.id])
    staffB = try account("bo", "Bo Østergård", .staff, [unitB.id])
    residentA = try db.residents.create(
      NewResident(
        unitID: unitA.id, name: "Bjørn Ågård", cpr: try CPRNumber("010190-1234"),
        movedIn: CalendarDay(year: 2020, month: 1, day: 1)!), by: leader)
    residentB = try db.residents.create(
      NewResident(
        unitID: unitB.id, name: "Birgit Bøgh", cpr: try CPRNumber("020285-4321"),
        movedIn: CalendarDay(year: 2021, month: 3, day: 1)!), by: leader)
  }

  func account(_ user: String, _ name: String, _ role: Role, _ units: Set<UnitID>) throws -> Actor {
    try db.accounts.create(
      NewAccount(username: user, displayName: name, role: role, unitIDs: units, password: "demo1234"), by: admin
    ).actor
  }

  static func open(_ url: URL, clock: TestClock = TestClock(), busyTimeout: TimeInterval = 5) throws -> AppDatabase {
    try AppDatabase.open(
      at: url,
      options: AppDatabase.Options(passwordHashing: .fastForTesting, busyTimeout: busyTimeout, clock: clock.clock))
  }

  /// A second, independent pool on the same file (another terminal).
  func reopen() throws -> AppDatabase { try Fixture.open(path, clock: clock) }

  /// A plain connection that bypasses the program (for tampering).
  func raw() throws -> DatabaseQueue { try DatabaseQueue(path: path.path) }
}

func bytes(_ url: URL) -> Data? { FileManager.default.contents(atPath: url.path) }

func mode(_ path: String) -> Int {
  ((try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? NSNumber)?.intValue ?? -1
}
