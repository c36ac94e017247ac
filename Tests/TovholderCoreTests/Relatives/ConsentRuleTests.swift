import Testing
import TovholderCore

/// The consent rule, exhaustively: every consent state × every guardianship state × every
/// kind, with unrelated consents around that must never count, against an oracle written
/// from the law's words rather than from the code.
@Suite struct RelativesConsentRuleTests {
  static let cat = InformationKindCatalogue.standard
  static let day = CalendarDay(year: 2024, month: 6, day: 15)!
  static let yesterday = CalendarDay(year: 2024, month: 6, day: 14)!
  static let tomorrow = CalendarDay(year: 2024, month: 6, day: 16)!
  static let longAgo = CalendarDay(year: 2023, month: 1, day: 10)!
  static let resident: ResidentID = 7
  static let relative: RelativeID = 1
  static let sister: RelativeID = 2

  enum ConsentState: CaseIterable {
    case none, active, endsToday, expiredYesterday, startsTomorrow, withdrawnToday, withdrawnTomorrow
    case withdrawnYesterday, byGuardianValid, byGuardianSection7, byGuardianEnded

    /// Whether the consent alone lets the relative be told, by the law's words.
    var permits: Bool { [.active, .endsToday, .withdrawnTomorrow, .byGuardianValid].contains(self) }
  }

  enum GuardianState: CaseIterable {
    case none, coversAll, economicOnly, personalOnly, limitedToPlan, endedYesterday, startsTomorrow, endsToday
    case otherRelativeCoversAll
  }

  /// The outside guardian (id 90) who may give consent on the resident's behalf.
  static func giverGuardianships(_ s: ConsentState) -> [Guardianship] {
    let section: GuardianshipSection = s == .byGuardianSection7 ? .section7 : .section5
    let ends: CalendarDay? = s == .byGuardianEnded ? yesterday : nil
    return [
      Guardianship(
        id: 90, residentID: resident, guardian: .outside(name: "Advokat", contact: ""), section: section,
        areas: [.economic, .personal], decidedOn: longAgo, endsOn: ends)
    ]
  }

  static func consents(_ s: ConsentState, kind: String) -> [Consent] {
    func c(
      _ id: ConsentID, rel: RelativeID = relative, kind: String = kind, res: ResidentID = resident,
      from: CalendarDay = longAgo, ends: CalendarDay? = nil, withdrawn: CalendarDay? = nil,
      by: ConsentGiver = .resident
    ) -> Consent {
      Consent(
        id: id, residentID: res, relativeID: rel, kindCode: kind, givenOn: from, form: .written, givenBy: by,
        recordedByID: 1, recordedByName: "Anna", endsOn: ends, withdrawnOn: withdrawn)
    }
    // Noise that must never count: another kind, another relative, another resident.
    let other = cat.kinds.map(\.code).first { $0 != kind }!
    var list = [c(100, kind: other), c(101, rel: sister), c(102, res: 99)]
    switch s {
    case .none: break
    case .active: list.append(c(1))
    case .endsToday: list.append(c(1, ends: day))
    case .expiredYesterday: list.append(c(1, ends: yesterday))
    case .startsTomorrow: list.append(c(1, from: tomorrow))
    case .withdrawnToday: list.append(c(1, withdrawn: day))
    case .withdrawnTomorrow: list.append(c(1, withdrawn: tomorrow))
    case .withdrawnYesterday: list.append(c(1, withdrawn: yesterday))
    case .byGuardianValid, .byGuardianSection7, .byGuardianEnded: list.append(c(1, by: .guardian(90)))
    }
    return list
  }

  static func guardianships(_ g: GuardianState) -> [Guardianship] {
    func make(
      _ rel: RelativeID = relative, areas: Set<GuardianshipArea> = [.economic, .personal],
      limited: Set<String>? = nil, from: CalendarDay = longAgo, ends: CalendarDay? = nil
    ) -> [Guardianship] {
      [
        Guardianship(
          id: 50, residentID: resident, guardian: .relative(rel), section: .section5, areas: areas,
          namedMatters: limited == nil ? [] : ["Planmøder"], limitedToKinds: limited, decidedOn: from, endsOn: ends)
      ]
    }
    switch g {
    case .none: return []
    case .coversAll: return make()
    case .economicOnly: return make(areas: [.economic])
    case .personalOnly: return make(areas: [.personal])
    case .limitedToPlan: return make(areas: [.personal], limited: ["plan"])
    case .endedYesterday: return make(ends: yesterday)
    case .startsTomorrow: return make(from: tomorrow)
    case .endsToday: return make(ends: day)
    case .otherRelativeCoversAll: return make(sister)
    }
  }

  /// Whether the guardian state lets relative 1 be told `kind`, by the law's words.
  static func guardianPermits(_ g: GuardianState, kind: InformationKind) -> Bool {
    switch g {
    case .coversAll, .endsToday: return true
    case .economicOnly: return kind.guardianArea == .economic
    case .personalOnly: return kind.guardianArea == .personal
    case .limitedToPlan: return kind.code == "plan"
    case .none, .endedYesterday, .startsTomorrow, .otherRelativeCoversAll: return false
    }
  }

  @Test func everyCombination() {
    var checked = 0
    for kind in Self.cat.kinds {
      for cs in ConsentState.allCases {
        for gs in GuardianState.allCases {
          let decision = ConsentRule.decide(
            residentID: Self.resident, relativeID: Self.relative, kindCode: kind.code, on: Self.day,
            consents: Self.consents(cs, kind: kind.code),
            guardianships: Self.guardianships(gs) + Self.giverGuardianships(cs), catalogue: Self.cat)
          let byGuardian = Self.guardianPermits(gs, kind: kind)
          let expected: SharingDecision? =
            byGuardian ? .allowed(.guardian(50)) : cs.permits ? .allowed(.consent(1)) : nil
          if let expected {
            #expect(decision == expected, "\(kind.code) \(cs) \(gs)")
          } else {
            #expect(!decision.isAllowed, "\(kind.code) \(cs) \(gs)")
            #expect(decision.refusal == Self.expectedRefusal(cs, gs), "\(kind.code) \(cs) \(gs)")
          }
          checked += 1
        }
      }
    }
    #expect(checked == 4 * 11 * 9)
  }

  /// The reason given: the latest consent's state first, then the guardianship, else none.
  static func expectedRefusal(_ cs: ConsentState, _ gs: GuardianState) -> SharingRefusal {
    switch cs {
    case .expiredYesterday: return .consentExpired(on: yesterday)
    case .startsTomorrow: return .consentNotYetGiven(from: tomorrow)
    case .withdrawnToday: return .consentWithdrawn(on: day)
    case .withdrawnYesterday: return .consentWithdrawn(on: yesterday)
    case .byGuardianSection7, .byGuardianEnded: return .guardianConsentLapsed
    default: break
    }
    switch gs {
    case .coversAll, .economicOnly, .personalOnly, .limitedToPlan, .endsToday: return .outsideGuardianScope(50)
    case .endedYesterday, .startsTomorrow: return .guardianshipNotInForce(50)
    case .none, .otherRelativeCoversAll: return .noConsent
    }
  }

  @Test func unknownKindIsRefused() {
    let d = ConsentRule.decide(
      residentID: 7, relativeID: 1, kindCode: "sexlife", on: Self.day, consents: [], guardianships: [],
      catalogue: Self.cat)
    #expect(d == .refused(.unknownKind("sexlife")))
  }

  /// Plan and daily life never cover health (sundhedsloven: health needs its own consent).
  @Test func otherKindsNeverCoverHealth() {
    let consents = ["plan", "dailyLife", "economy"].enumerated().map { i, code in
      Consent(
        id: Int64(i + 1), residentID: 7, relativeID: 1, kindCode: code, givenOn: Self.longAgo, form: .written,
        recordedByID: 1, recordedByName: "Anna")
    }
    let m = ConsentRule.row(
      residentID: 7, relativeID: 1, on: Self.day, consents: consents, guardianships: [], catalogue: Self.cat)
    #expect(m["health"] == .refused(.noConsent))
    #expect(m["plan"]?.isAllowed == true && m["dailyLife"]?.isAllowed == true && m["economy"]?.isAllowed == true)
  }

  /// A renewed consent after a withdrawal counts again; the history stays.
  @Test func renewedAfterWithdrawal() {
    let old = Consent(
      id: 1, residentID: 7, relativeID: 1, kindCode: "health", givenOn: Self.longAgo, form: .oral,
      recordedByID: 1, recordedByName: "A", withdrawnOn: CalendarDay(year: 2024, month: 1, day: 1)!)
    let new = Consent(
      id: 2, residentID: 7, relativeID: 1, kindCode: "health", givenOn: CalendarDay(year: 2024, month: 3, day: 1)!,
      form: .written, recordedByID: 1, recordedByName: "A")
    func on(_ m: Int) -> SharingDecision {
      ConsentRule.decide(
        residentID: 7, relativeID: 1, kindCode: "health", on: CalendarDay(year: 2024, month: m, day: 15)!,
        consents: [old, new], guardianships: [], catalogue: Self.cat)
    }
    // Between the two, the newest consent explains: it begins on 1 March.
    #expect(on(2) == .refused(.consentNotYetGiven(from: CalendarDay(year: 2024, month: 3, day: 1)!)))
    #expect(on(4) == .allowed(.consent(2)))
  }
}
