import Foundation

/// Why a relative may be told something.
public enum SharingGround: Hashable, Sendable {
  /// An active consent for this relative and kind.
  case consent(ConsentID)
  /// The relative is a guardian acting within the scope of an active guardianship.
  case guardian(GuardianshipID)
}

/// Why a relative may not be told something. Each has a plain explanation in the texts.
public enum SharingRefusal: Hashable, Sendable {
  case unknownKind(String)
  /// No consent for this relative and kind has ever been recorded.
  case noConsent
  case consentWithdrawn(on: CalendarDay)
  case consentExpired(on: CalendarDay)
  case consentNotYetGiven(from: CalendarDay)
  /// The consent was given by a guardian whose guardianship no longer covers the kind.
  case guardianConsentLapsed
  /// The relative is a guardian, but this kind is outside the guardianship's scope.
  case outsideGuardianScope(GuardianshipID)
  /// The relative was a guardian; the guardianship ended (or has not begun).
  case guardianshipNotInForce(GuardianshipID)
}

public enum SharingDecision: Hashable, Sendable {
  case allowed(SharingGround)
  case refused(SharingRefusal)

  public var isAllowed: Bool {
    if case .allowed = self { return true }
    return false
  }

  public var refusal: SharingRefusal? {
    if case .refused(let r) = self { return r }
    return nil
  }
}

/// The consent rule: who may be told what, on a given day. Pure; the storage layer and the
/// screens ask it and never decide for themselves.
///
/// A relative may be told a kind of information on `day` when
/// 1. they are the guardian of an active guardianship whose scope covers the kind (a
///    guardian within scope is told what the law gives them, consent or not), or
/// 2. a consent for exactly this relative and kind is active that day: given on or before,
///    not past its end date, not withdrawn on or before — and, if a guardian gave it on the
///    resident's behalf (sundhedsloven § 18), that guardianship still covers the kind, and
///    it is not a § 7 co-guardianship (the resident keeps their own capacity).
/// Health (sundhedsloven §§ 17–18, 43) follows the same rule with its own kind: a consent
/// for plan or daily life never covers health.
public enum ConsentRule {
  public static func decide(
    residentID: ResidentID, relativeID: RelativeID, kindCode: String, on day: CalendarDay,
    consents: [Consent], guardianships: [Guardianship], catalogue: InformationKindCatalogue
  ) -> SharingDecision {
    guard let kind = catalogue.kind(kindCode) else { return .refused(.unknownKind(kindCode)) }
    let mine = guardianships.filter { $0.residentID == residentID && $0.isGuardian(relativeID) }
    if let g = mine.first(where: { $0.covers(kind, on: day) }) { return .allowed(.guardian(g.id)) }

    let relevant = consents.filter {
      $0.residentID == residentID && $0.relativeID == relativeID && $0.kindCode == kindCode
    }
    func giverValid(_ c: Consent) -> Bool {
      guard case .guardian(let gid) = c.givenBy else { return true }
      guard let g = guardianships.first(where: { $0.id == gid && $0.residentID == residentID }) else {
        return false
      }
      return g.section != .section7 && g.covers(kind, on: day)
    }
    if let c = relevant.filter({ $0.isActive(on: day) && giverValid($0) }).min(by: { $0.id < $1.id }) {
      return .allowed(.consent(c.id))
    }
    // Refused: say why, from the most recent consent, else from a guardianship, else none.
    if let latest = relevant.max(by: { ($0.givenOn, $0.id) < ($1.givenOn, $1.id) }) {
      switch latest.status(on: day) {
      case .withdrawn(let on): return .refused(.consentWithdrawn(on: on))
      case .expired(let on): return .refused(.consentExpired(on: on))
      case .notYetGiven(let from): return .refused(.consentNotYetGiven(from: from))
      case .active: return .refused(.guardianConsentLapsed)
      }
    }
    if let g = mine.first(where: { $0.isActive(on: day) }) { return .refused(.outsideGuardianScope(g.id)) }
    if let g = mine.max(by: { $0.decidedOn < $1.decidedOn }) { return .refused(.guardianshipNotInForce(g.id)) }
    return .refused(.noConsent)
  }

  /// Decides for `relative` and every kind in the catalogue (one row of the matrix).
  public static func row(
    residentID: ResidentID, relativeID: RelativeID, on day: CalendarDay, consents: [Consent],
    guardianships: [Guardianship], catalogue: InformationKindCatalogue
  ) -> [String: SharingDecision] {
    var row: [String: SharingDecision] = [:]
    for kind in catalogue.kinds {
      row[kind.code] = decide(
        residentID: residentID, relativeID: relativeID, kindCode: kind.code, on: day, consents: consents,
        guardianships: guardianships, catalogue: catalogue)
    }
    return row
  }
}

/// Who may be told what, for a resident's whole network on one day.
public struct ConsentMatrix: Hashable, Sendable {
  public struct Row: Hashable, Sendable {
    public var relative: Relative
    public var decisions: [String: SharingDecision]
    /// Active guardianships in which this relative is the guardian (their scope is shown).
    public var guardianships: [Guardianship]
  }

  public var day: CalendarDay
  public var kinds: [InformationKind]
  public var rows: [Row]

  public init(
    relatives: [Relative], on day: CalendarDay, consents: [Consent], guardianships: [Guardianship],
    catalogue: InformationKindCatalogue
  ) {
    self.day = day
    self.kinds = catalogue.kinds
    self.rows = relatives.map { r in
      Row(
        relative: r,
        decisions: ConsentRule.row(
          residentID: r.residentID, relativeID: r.id, on: day, consents: consents,
          guardianships: guardianships, catalogue: catalogue),
        guardianships: guardianships.filter { $0.isGuardian(r.id) && $0.isActive(on: day) })
    }
  }

  /// The relatives who may be told `kindCode` (e.g. to filter a status report's recipients).
  public func recipients(of kindCode: String) -> [Relative] {
    rows.filter { $0.decisions[kindCode]?.isAllowed == true }.map(\.relative)
  }
}
