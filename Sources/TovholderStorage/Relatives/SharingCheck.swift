import Foundation
import GRDB
import TovholderCore

extension AppDatabase {
  /// The check every area makes before sharing a resident's information with a relative.
  public var sharingCheck: SharingCheck { SharingCheck(db: self, catalogue: catalogues.informationKinds) }
  public func sharingCheck(catalogue: InformationKindCatalogue) -> SharingCheck {
    SharingCheck(db: self, catalogue: catalogue)
  }
}

/// Sharing is checked, not trusted. Before a status report, a health summary or anything
/// else goes to a relative, call `require` (or `decide`) with the kind of information; it
/// applies `ConsentRule` to what is stored and writes an audit row saying whether sharing
/// was allowed or refused.
///
///     try db.sharingCheck.require(residentID: r, relativeID: sister, kindCode: "plan", actor: me)
///     // throws StorageError.relatives(.sharingRefused(.noConsent)) when nothing covers it
public struct SharingCheck: Sendable {
  let db: AppDatabase
  public let catalogue: InformationKindCatalogue

  /// The code of the kind health summaries and screenings are shared under.
  public static let health = "health"
  public static let plan = "plan"
  public static let dailyLife = "dailyLife"
  public static let economy = "economy"

  /// Whether `relativeID` may be told `kindCode` about the resident on `day` (today if nil).
  /// Audited as `sharing.allowed` or `sharing.refused`, subject = the relative.
  public func decide(
    residentID: ResidentID, relativeID: RelativeID, kindCode: String, actor: Actor, on day: CalendarDay? = nil
  ) throws(StorageError) -> SharingDecision {
    let now = db.now
    let day = day ?? CalendarDay(now, in: .danish)
    let catalogue = catalogue
    return try db.write { db in
      try SharingCheck.decide(
        db, residentID: residentID, relativeID: relativeID, kindCode: kindCode, actor: actor, day: day, now: now,
        catalogue: catalogue)
    }
  }

  /// As `decide`, but throws `.relatives(.sharingRefused(reason))` when refused.
  @discardableResult
  public func require(
    residentID: ResidentID, relativeID: RelativeID, kindCode: String, actor: Actor, on day: CalendarDay? = nil
  ) throws(StorageError) -> SharingGround {
    switch try decide(residentID: residentID, relativeID: relativeID, kindCode: kindCode, actor: actor, on: day) {
    case .allowed(let ground): return ground
    case .refused(let reason): throw .relatives(.sharingRefused(reason))
    }
  }

  /// The relatives who may be told `kindCode` on `day` (e.g. recipients of a filtered status
  /// report). Audited as one read.
  public func recipients(residentID: ResidentID, kindCode: String, actor: Actor, on day: CalendarDay? = nil)
    throws(StorageError) -> [Relative]
  {
    let now = db.now
    let day = day ?? CalendarDay(now, in: .danish)
    let catalogue = catalogue
    return try db.write { db in
      _ = try ResidentRow.visible(db, id: residentID, actor: actor)
      let matrix = ConsentMatrix(
        relatives: try RelativeRows.relatives(db, residentID: residentID), on: day,
        consents: try RelativeRows.consents(db, residentID: residentID),
        guardianships: try RelativeRows.guardianships(db, residentID: residentID), catalogue: catalogue)
      try AuditLog.append(db, at: now, actor: actor, action: .readRelatives, residentID: residentID)
      return matrix.recipients(of: kindCode)
    }
  }

  /// The decision inside a caller's transaction, with its audit row.
  static func decide(
    _ db: Database, residentID: ResidentID, relativeID: RelativeID, kindCode: String, actor: Actor,
    day: CalendarDay, now: Date, catalogue: InformationKindCatalogue
  ) throws -> SharingDecision {
    _ = try ResidentRow.visible(db, id: residentID, actor: actor)
    guard let relative = try RelativeRows.fetchRelative(db, id: relativeID), relative.residentID == residentID else {
      throw StorageError.notFound
    }
    let decision = ConsentRule.decide(
      residentID: residentID, relativeID: relativeID, kindCode: kindCode, on: day,
      consents: try RelativeRows.consents(db, residentID: residentID),
      guardianships: try RelativeRows.guardianships(db, residentID: residentID), catalogue: catalogue)
    try AuditLog.append(
      db, at: now, actor: actor, action: decision.isAllowed ? .sharingAllowed : .sharingRefused,
      residentID: residentID, subjectID: relativeID)
    return decision
  }
}
