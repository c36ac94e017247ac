import Foundation
import GRDB
import TovholderCore

/// A fictional demo home. Every account's password is `DemoHome.password`.
public enum DemoHome {
  public static let password = "demo1234"
  public static let usernames = ["admin", "leder", "personale", "nattevagt"]

  /// How much to make.
  public struct Size: Sendable {
    public var days: Int
    public var currentResidents: Int
    public var formerResidents: Int
    public var notes: Int
    /// Unintended events, spread over `incidentDays` days back from today.
    public var incidents: Int
    public var incidentDays: Int

    public init(
      days: Int, currentResidents: Int, formerResidents: Int, notes: Int, incidents: Int = 120,
      incidentDays: Int = 365
    ) {
      self.days = days
      self.currentResidents = currentResidents
      self.formerResidents = formerResidents
      self.notes = notes
      self.incidents = incidents
      self.incidentDays = incidentDays
    }

    /// About 30 residents and three months of notes.
    public static let standard = Size(days: 90, currentResidents: 27, formerResidents: 3, notes: 3_000)
    /// The performance dataset: ten years, 60 current and 200 former residents, 500,000 notes,
    /// 50,000 unintended events.
    public static let large = Size(
      days: 3_652, currentResidents: 60, formerResidents: 200, notes: 500_000, incidents: 50_000,
      incidentDays: 3_652)
  }

  public struct Summary: Equatable, Sendable {
    public var units: Int
    public var accounts: Int
    public var residents: Int
    public var notes: Int
    public var incidents: Int
  }

  /// Creates the demo home in an empty database (else `.databaseNotEmpty`).
  ///
  /// Audit: the home, units and accounts are made through the repositories and audited as
  /// usual; residents and notes are bulk-inserted with one `demo.create` audit row in total
  /// (the standard size also writes a `note.create` row per note). `progress(done, total)`
  /// reports notes written.
  @discardableResult
  public static func create(
    in db: AppDatabase, size: Size = .standard, seed: UInt64 = 20_240_601,
    progress: (@Sendable (Int, Int) -> Void)? = nil
  ) throws(StorageError) -> Summary {
    let empty = try db.read { db in
      try HomeRow.fetchCount(db) + AccountRow.fetchCount(db) + ResidentRow.fetchCount(db) == 0
    }
    guard empty else { throw .databaseNotEmpty }
    let admin = try db.setup.initialize(
      homeName: DemoNames.homeName,
      admin: NewAccount(
        username: "admin", displayName: "Admin (demo)", role: .admin, unitIDs: [], password: password))
    let units = try DemoNames.units.map { name throws(StorageError) in try db.units.create(name: name, by: admin) }
    var staff: [Actor] = []
    for (user, name, role, unitIndexes) in DemoNames.accounts {
      staff.append(
        try db.accounts.create(
          NewAccount(
            username: user, displayName: name, role: role,
            unitIDs: Set(unitIndexes.map { units[$0].id }), password: password), by: admin
        ).actor)
    }
    var rng = DemoRandom(seed: seed)
    let bulk = DemoBulk(db: db, size: size, units: units, staff: staff, auditEachNote: size.notes <= 10_000)
    let residents = try bulk.insertResidents(using: &rng)
    let notes = try bulk.insertNotes(residents: residents, using: &rng, progress: progress)
    let incidents = try IncidentDemo(
      db: db, units: units, staff: staff,
      residents: residents.map { ($0.resident.id, $0.resident.unitID, $0.to) }, days: size.incidentDays,
      count: size.incidents, auditEach: size.incidents <= 10_000
    ).insert(using: &rng)
    try PlanDemo(db: db, staff: staff, longHistory: size.days > 1_000).insert(residents: residents, seed: seed)
    _ = try DemoHealth(db: db, size: size, staff: staff, auditEach: size.notes <= 10_000)
      .insert(stays: residents, seed: seed)
    var episodeRandom = DemoRandom(seed: seed &+ 9)
    try DemoEpisodes(db: db, staff: staff).insert(days: max(size.days, 365), using: &episodeRandom)
    try RelativesDemo.create(
      in: db, residents: residents.map(\.resident), staff: staff, leader: staff[0], using: &rng)
    return Summary(
      units: units.count, accounts: staff.count + 1, residents: residents.count, notes: notes, incidents: incidents)
  }
}
