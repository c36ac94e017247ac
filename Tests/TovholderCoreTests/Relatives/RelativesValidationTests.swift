import Foundation
import Testing
import TovholderCore

@Suite struct RelativesValidationTests {
  @Test(arguments: ["12345678", "+45 12 34 56 78", "(+45) 1234-5678", "112", "0045 20.30.40.50"])
  func phonesThatCanBeOnes(_ s: String) { #expect(ContactFormat.isPhone(s)) }

  @Test(arguments: ["12", "abc", "1234567a", "12+345678", "1234567890123456", "--", "", "✆ 12345678"])
  func phonesThatCannot(_ s: String) { #expect(!ContactFormat.isPhone(s)) }

  @Test(arguments: ["a@b.dk", "søster.hansen@mail.dk", "x+tag@sub.domain.com", "Æble@øl.dk"])
  func emailsThatCanBeOnes(_ s: String) { #expect(ContactFormat.isEmail(s)) }

  @Test(arguments: [
    "", "a", "a@", "@b.dk", "a@b", "a@b.", "a@@b.dk", "a b@c.dk", "a@b .dk", "a@.dk", "a@b.d", "a@b.12",
    ".a@b.dk", "a..b@c.dk", "a@-b.dk", "a@b_c.dk",
  ])
  func emailsThatCannot(_ s: String) { #expect(!ContactFormat.isEmail(s)) }

  @Test func relativeWithoutAnyWayToReachIsAllowed() throws {
    try NewRelative(residentID: 1, name: "Onkel Ib", relation: "onkel", preferredContact: .throughOthers).validate()
    try NewRelative(residentID: 1, name: "Onkel Ib", relation: "onkel", phone: "  ", email: "").validate()
  }

  @Test func relativeRefusals() {
    #expect(throws: RelativesError.emptyName) { try NewRelative(residentID: 1, name: " ", relation: "").validate() }
    #expect(throws: RelativesError.invalidPhone) {
      try NewRelative(residentID: 1, name: "A", relation: "", phone: "ring til mor").validate()
    }
    #expect(throws: RelativesError.invalidEmail) {
      try NewRelative(residentID: 1, name: "A", relation: "", email: "mette.mail.dk").validate()
    }
    #expect(throws: RelativesError.preferredContactMissing) {
      try NewRelative(residentID: 1, name: "A", relation: "", preferredContact: .email).validate()
    }
    #expect(throws: RelativesError.preferredContactMissing) {
      try NewRelative(residentID: 1, name: "A", relation: "", phone: "12345678", preferredContact: .letter).validate()
    }
  }

  @Test func consentDates() throws {
    let start = CalendarDay(year: 2024, month: 5, day: 10)!
    func new(_ ends: CalendarDay?, kind: String = "health") -> NewConsent {
      NewConsent(residentID: 1, relativeID: 1, kindCode: kind, givenOn: start, form: .written, endsOn: ends)
    }
    #expect(throws: RelativesError.consentEndsBeforeStart) {
      try new(CalendarDay(year: 2024, month: 5, day: 9)!).validate(catalogue: .standard, guardianships: [])
    }
    try new(start).validate(catalogue: .standard, guardianships: [])
    try new(nil).validate(catalogue: .standard, guardianships: [])
    #expect(throws: RelativesError.unknownInformationKind("x")) {
      try new(nil, kind: "x").validate(catalogue: .standard, guardianships: [])
    }
    let c = Consent(
      id: 1, residentID: 1, relativeID: 1, kindCode: "health", givenOn: start, form: .oral, recordedByID: 1,
      recordedByName: "A")
    #expect(throws: RelativesError.invalidWithdrawal) {
      try Consent.validateWithdrawal(of: c, on: CalendarDay(year: 2024, month: 5, day: 1)!)
    }
    var withdrawn = c
    withdrawn.withdrawnOn = start
    #expect(throws: RelativesError.invalidWithdrawal) { try Consent.validateWithdrawal(of: withdrawn, on: start) }
  }

  @Test func guardianshipRefusals() {
    let d = CalendarDay(year: 2024, month: 1, day: 1)!
    func v(
      _ g: Guardian = .relative(1), _ s: GuardianshipSection = .section5, _ a: Set<GuardianshipArea> = [.economic],
      ends: CalendarDay? = nil
    ) throws(RelativesError) {
      try NewGuardianship(residentID: 1, guardian: g, section: s, areas: a, decidedOn: d, endsOn: ends).validate()
    }
    #expect(throws: RelativesError.guardianMissing) { try v(.outside(name: " ", contact: "")) }
    #expect(throws: RelativesError.guardianshipWithoutArea) { try v(.relative(1), .section5, []) }
    #expect(throws: RelativesError.section6WithoutEconomy) { try v(.relative(1), .section6, [.personal]) }
    #expect(throws: RelativesError.guardianshipEndsBeforeDecision) {
      try v(ends: CalendarDay(year: 2023, month: 12, day: 31)!)
    }
    #expect(throws: Never.self) { try v(.outside(name: "Advokat Berg", contact: ""), .section7, [.personal]) }
  }

  @Test func contactLogRefusals() {
    let d = CalendarDay(year: 2024, month: 1, day: 1)!
    #expect(throws: RelativesError.emptyContactSummary) {
      try NewContactLogEntry(residentID: 1, relativeID: 1, kind: .call, occurredOn: d, said: " ").validate()
    }
    #expect(throws: RelativesError.followUpIncomplete) {
      try NewContactLogEntry(residentID: 1, relativeID: 1, kind: .call, occurredOn: d, said: "x", followUpOwnerID: 3)
        .validate()
    }
    #expect(throws: RelativesError.followUpIncomplete) {
      try NewContactLogEntry(residentID: 1, relativeID: 1, kind: .call, occurredOn: d, said: "x", followUpDue: d)
        .validate()
    }
  }

  @Test func catalogueParsing() throws {
    let good =
      #"{"version":1,"kinds":[{"code":"health","da":"Helbred","en":"Health","isHealth":true,"guardianArea":"personal","law":"x"}]}"#
    let c = try InformationKindCatalogue(json: Array(good.utf8))
    #expect(c.kinds.map(\.code) == ["health"])
    #expect(c.healthKinds.count == 1)
    #expect(throws: CatalogueError.unreadable) { try InformationKindCatalogue(json: Array("{".utf8)) }
    #expect(throws: CatalogueError.unsupportedVersion(2)) {
      try InformationKindCatalogue(json: Array(#"{"version":2,"kinds":[]}"#.utf8))
    }
    #expect(throws: CatalogueError.empty) {
      try InformationKindCatalogue(json: Array(#"{"version":1,"kinds":[]}"#.utf8))
    }
    let dup = InformationKindCatalogue.standard.kinds + [InformationKindCatalogue.standard.kinds[0]]
    #expect(throws: CatalogueError.duplicateCode("health")) { try InformationKindCatalogue(kinds: dup) }
  }

  @Test func policyInForceAndPoliceCheck() {
    let v1 = RelativesPolicyVersion(
      id: 1, number: 1, text: "a", adoptedOn: CalendarDay(year: 2022, month: 3, day: 1)!, recordedByName: "L")
    let v2 = RelativesPolicyVersion(
      id: 2, number: 2, text: "b", adoptedOn: CalendarDay(year: 2024, month: 3, day: 1)!, recordedByName: "L")
    #expect(RelativesPolicyVersion.inForce([v1, v2], on: CalendarDay(year: 2023, month: 1, day: 1)!) == v1)
    #expect(RelativesPolicyVersion.inForce([v1, v2], on: CalendarDay(year: 2024, month: 3, day: 1)!) == v2)
    #expect(RelativesPolicyVersion.inForce([v1, v2], on: CalendarDay(year: 2021, month: 1, day: 1)!) == nil)
    let vol = Volunteer(
      id: 1, name: "Kurt", helpsWith: "ture", policeCheckOn: CalendarDay(year: 2021, month: 5, day: 1)!)
    #expect(!vol.policeCheckDue(on: CalendarDay(year: 2024, month: 4, day: 30)!))
    #expect(vol.policeCheckDue(on: CalendarDay(year: 2024, month: 5, day: 1)!))
    #expect(Volunteer(id: 2, name: "Y", helpsWith: "").policeCheckDue(on: CalendarDay(year: 2024, month: 1, day: 1)!))
  }
}
