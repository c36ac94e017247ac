import Testing
import TovholderCore

/// Every arrangement of start, end and withdrawal over a window of days, and every day in it.
@Suite struct RelativesConsentDatesTests {
  static func d(_ n: Int) -> CalendarDay { CalendarDay(year: 2024, month: 2, day: n)! }

  @Test func activeExactlyBetweenStartEndAndWithdrawal() {
    let days = (1...8).map(Self.d)
    let optional: [CalendarDay?] = [nil] + days
    var checked = 0
    for given in days {
      for ends in optional where ends.map({ $0 >= given }) ?? true {
        for withdrawn in optional where withdrawn.map({ $0 >= given }) ?? true {
          let c = Consent(
            id: 1, residentID: 1, relativeID: 1, kindCode: "health", givenOn: given, form: .oral, recordedByID: 1,
            recordedByName: "A", endsOn: ends, withdrawnOn: withdrawn)
          for day in (1...9).map(Self.d) {
            let expected = given <= day && (ends == nil || day <= ends!) && (withdrawn == nil || day < withdrawn!)
            #expect(
              c.isActive(on: day) == expected,
              "\(given) \(String(describing: ends)) \(String(describing: withdrawn)) \(day)")
            let rule = ConsentRule.decide(
              residentID: 1, relativeID: 1, kindCode: "health", on: day, consents: [c], guardianships: [],
              catalogue: .standard)
            #expect(rule.isAllowed == expected)
            checked += 1
          }
        }
      }
    }
    #expect(checked > 1_000)
  }

  @Test func guardianshipInForceFromDecisionToEnd() {
    for decided in 1...6 {
      for ends in [nil] + Array(decided...7) {
        let g = Guardianship(
          id: 1, residentID: 1, guardian: .relative(1), section: .section5, areas: [.personal],
          decidedOn: Self.d(decided), endsOn: ends.map(Self.d))
        for day in 1...9 {
          #expect(g.isActive(on: Self.d(day)) == (decided <= day && (ends == nil || day <= ends!)))
        }
      }
    }
  }

  /// Every section × set of areas × limitation × kind: the scope covers a kind exactly when
  /// its area is included and any limitation names it.
  @Test func guardianshipScope() {
    let areaSets: [Set<GuardianshipArea>] = [[.economic], [.personal], [.economic, .personal]]
    let limits: [Set<String>?] = [nil, ["plan"], ["health", "economy"], []]
    for section in GuardianshipSection.allCases {
      for areas in areaSets {
        for limit in limits {
          let g = Guardianship(
            id: 1, residentID: 1, guardian: .relative(1), section: section, areas: areas, limitedToKinds: limit,
            decidedOn: Self.d(1))
          for kind in InformationKindCatalogue.standard.kinds {
            let expected = areas.contains(kind.guardianArea) && (limit?.contains(kind.code) ?? true)
            #expect(g.scopeCovers(kind) == expected)
          }
        }
      }
    }
  }

  @Test func consentByGuardianNeedsScopeAndNotSection7() {
    let cat = InformationKindCatalogue.standard
    func g(_ s: GuardianshipSection, _ areas: Set<GuardianshipArea>) -> Guardianship {
      Guardianship(
        id: 5, residentID: 1, guardian: .outside(name: "V", contact: ""), section: s, areas: areas, decidedOn: Self.d(1)
      )
    }
    func consent(_ guardianships: [Guardianship]) -> SharingDecision {
      let c = Consent(
        id: 1, residentID: 1, relativeID: 2, kindCode: "health", givenOn: Self.d(2), form: .written,
        givenBy: .guardian(5), recordedByID: 1, recordedByName: "A")
      return ConsentRule.decide(
        residentID: 1, relativeID: 2, kindCode: "health", on: Self.d(3), consents: [c], guardianships: guardianships,
        catalogue: cat)
    }
    #expect(consent([g(.section5, [.personal])]) == .allowed(.consent(1)))
    #expect(consent([g(.section5, [.economic])]) == .refused(.guardianConsentLapsed))
    #expect(consent([g(.section7, [.personal])]) == .refused(.guardianConsentLapsed))
    #expect(consent([]) == .refused(.guardianConsentLapsed))
    // Recording such a consent is refused up front.
    let new = NewConsent(
      residentID: 1, relativeID: 2, kindCode: "health", givenOn: Self.d(2), form: .oral, givenBy: .guardian(5))
    #expect(throws: RelativesError.consentGiverNotGuardian) {
      try new.validate(catalogue: cat, guardianships: [g(.section5, [.economic])])
    }
    #expect(throws: Never.self) { try new.validate(catalogue: cat, guardianships: [g(.section5, [.personal])]) }
  }
}
