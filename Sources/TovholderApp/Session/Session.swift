import Foundation
import TovholderCore
import TovholderStorage

/// The person signed in at this terminal, and the database they work in.
public final class Session {
  public let database: AppDatabase
  public let actor: Actor
  /// One per sign-in: the drafts this session writes are its own.
  public let id: String
  /// When the same person signed in before this session, if ever.
  public let previousSignIn: Date?
  public let timeZone: TimeZone
  /// Unit names by id, for status lines and lists.
  public let unitNames: [UnitID: String]
  /// Notices what other terminals save, so open screens can show it (`Shell.tick`).
  let changes: ChangeWatch

  public init(
    database: AppDatabase, actor: Actor, id: String = UUID().uuidString, previousSignIn: Date? = nil,
    timeZone: TimeZone = .danish, unitNames: [UnitID: String]
  ) {
    self.database = database
    self.actor = actor
    self.id = id
    self.previousSignIn = previousSignIn
    self.timeZone = timeZone
    self.unitNames = unitNames
    changes = database.changeWatch()
  }

  /// The catalogues loaded at start (carried by the database's options).
  public var catalogues: Catalogues { database.catalogues }

  public var isLeader: Bool { actor.role == .leader }
  public var isAdmin: Bool { actor.role == .admin }

  /// The units shown in the status bar: the person's own, by name.
  public var unitSummary: String? {
    let names = actor.unitIDs.sorted().compactMap { unitNames[$0] }
    return names.isEmpty ? nil : names.joined(separator: ", ")
  }
}
