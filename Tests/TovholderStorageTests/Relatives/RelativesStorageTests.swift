import Foundation
import GRDB
import Testing
import TovholderCore

@testable import TovholderStorage

@Suite struct RelativesStorageTests {
  static let day = CalendarDay(year: 2024, month: 5, day: 29)!  // the fixture clock's day

  func auditActions(_ f: Fixture) throws -> [String] {
    try f.raw().read { try String.fetchAll($0, sql: "SELECT action FROM auditLog ORDER BY id") }
  }

  @Test func networkRoundTripAndAudit() throws {
    let f = try Fixture()
    let r = f.residentA!
    let mette = try f.db.relatives.add(
      NewRelative(
        residentID: r.id, name: "Mette Ågård", relation: "søster", phone: "+45 20 30 40 50", email: "mette@post.dk",
        address: "Østergade 1, 8000 Aarhus", preferredContact: .phone, notes: "Ring efter kl. 16"), by: f.staffA)
    let ib = try f.db.relatives.add(
      NewRelative(residentID: r.id, name: "Ib", relation: "ven", preferredContact: .throughOthers), by: f.staffA)
    try f.db.relatives.setExpectationsMeeting(
      residentID: r.id, on: CalendarDay(year: 2020, month: 1, day: 15)!, by: f.staffA)
    let o = try f.db.relatives.overview(residentID: r.id, actor: f.staffA)
    #expect(o.relatives.map(\.name) == ["Ib", "Mette Ågård"])
    #expect(o.relatives.last == mette)
    #expect(ib.phone == nil && ib.email == nil)
    #expect(o.expectationsMeetingOn == CalendarDay(year: 2020, month: 1, day: 15)!)
    #expect(o.day == Self.day)
    let actions = try auditActions(f)
    #expect(actions.suffix(4) == ["relative.create", "relative.create", "relatives.expectations", "relatives.read"])
    #expect(try f.db.audit.verify().isIntact)
  }

  @Test func otherUnitsStaffSeeNothing() throws {
    let f = try Fixture()
    #expect(throws: StorageError.residentNotAvailable) {
      try f.db.relatives.add(NewRelative(residentID: f.residentA.id, name: "X", relation: ""), by: f.staffB)
    }
    #expect(throws: StorageError.residentNotAvailable) {
      try f.db.relatives.overview(residentID: f.residentA.id, actor: f.staffB)
    }
    #expect(throws: StorageError.residentNotAvailable) {
      try f.db.relatives.overview(residentID: f.residentA.id, actor: f.admin)
    }
  }

  @Test func badInputIsRefusedAndNothingSaved() throws {
    let f = try Fixture()
    let id = f.residentA.id
    #expect(throws: StorageError.relatives(.invalidEmail)) {
      try f.db.relatives.add(NewRelative(residentID: id, name: "A", relation: "", email: "a@b"), by: f.staffA)
    }
    #expect(throws: StorageError.relatives(.invalidPhone)) {
      try f.db.relatives.add(NewRelative(residentID: id, name: "A", relation: "", phone: "tlf"), by: f.staffA)
    }
    let a = try f.db.relatives.add(NewRelative(residentID: id, name: "A", relation: ""), by: f.staffA)
    #expect(throws: StorageError.relatives(.consentEndsBeforeStart)) {
      try f.db.relatives.addConsent(
        NewConsent(
          residentID: id, relativeID: a.id, kindCode: "plan", givenOn: Self.day, form: .oral,
          endsOn: CalendarDay(year: 2024, month: 5, day: 28)!), by: f.staffA)
    }
    let o = try f.db.relatives.overview(residentID: id, actor: f.staffA)
    #expect(o.relatives.count == 1 && o.consents.isEmpty)
    // A relative of another resident cannot be given consent here.
    #expect(throws: StorageError.notFound) {
      try f.db.relatives.addConsent(
        NewConsent(residentID: f.residentB.id, relativeID: a.id, kindCode: "plan", givenOn: Self.day, form: .oral),
        by: f.leader)
    }
  }

  @Test func versionConflictOnRelative() throws {
    let f = try Fixture()
    let a = try f.db.relatives.add(NewRelative(residentID: f.residentA.id, name: "A", relation: ""), by: f.staffA)
    var first = a
    first.relation = "bror"
    _ = try f.reopen().relatives.update(first, by: f.leader)
    var second = a
    second.notes = "ny"
    #expect(throws: StorageError.versionConflict(changedBy: "Lise Leder", at: f.clock.now)) {
      try f.db.relatives.update(second, by: f.staffA)
    }
    #expect(try f.db.relatives.overview(residentID: f.residentA.id, actor: f.staffA).relatives[0].relation == "bror")
  }

  @Test func consentWithdrawalKeepsHistoryAndSharingCheckRefuses() throws {
    let f = try Fixture()
    let id = f.residentA.id
    let mette = try f.db.relatives.add(NewRelative(residentID: id, name: "Mette", relation: "søster"), by: f.staffA)
    let ole = try f.db.relatives.add(NewRelative(residentID: id, name: "Ole", relation: "bror"), by: f.staffA)
    let c = try f.db.relatives.addConsent(
      NewConsent(residentID: id, relativeID: mette.id, kindCode: "health", givenOn: Self.day, form: .written),
      by: f.staffA)
    #expect(c.recordedByName == "Anna Ærø" && c.form == .written && c.withdrawnOn == nil)
    let check = f.db.sharingCheck
    #expect(
      try check.require(residentID: id, relativeID: mette.id, kindCode: "health", actor: f.staffA) == .consent(c.id))
    #expect(throws: StorageError.relatives(.sharingRefused(.noConsent))) {
      try check.require(residentID: id, relativeID: ole.id, kindCode: "health", actor: f.staffA)
    }
    #expect(try check.recipients(residentID: id, kindCode: "health", actor: f.staffA).map(\.name) == ["Mette"])
    let w = try f.db.relatives.withdrawConsent(c.id, by: f.staffA)
    #expect(w.withdrawnOn == Self.day && w.withdrawnByName == "Anna Ærø")
    #expect(throws: StorageError.relatives(.invalidWithdrawal)) {
      try f.db.relatives.withdrawConsent(c.id, by: f.staffA)
    }
    #expect(throws: StorageError.relatives(.sharingRefused(.consentWithdrawn(on: Self.day)))) {
      try check.require(residentID: id, relativeID: mette.id, kindCode: "health", actor: f.staffA)
    }
    let o = try f.db.relatives.overview(residentID: id, actor: f.staffA)
    #expect(o.consents.count == 1 && o.consents[0].withdrawnOn == Self.day)
    let actions = try auditActions(f)
    #expect(actions.filter { $0 == "sharing.allowed" }.count == 1)
    #expect(actions.filter { $0 == "sharing.refused" }.count == 2)
    #expect(actions.contains("consent.withdraw"))
  }

  @Test func guardianWithinScopeIsToldWithoutConsent() throws {
    let f = try Fixture()
    let id = f.residentA.id
    let bror = try f.db.relatives.add(NewRelative(residentID: id, name: "Ole", relation: "bror"), by: f.staffA)
    let g = try f.db.relatives.addGuardianship(
      NewGuardianship(
        residentID: id, guardian: .relative(bror.id), section: .section5, areas: [.economic],
        namedMatters: ["Bankforhold", "Boligstøtte"], decidedOn: CalendarDay(year: 2022, month: 2, day: 1)!),
      by: f.staffA)
    #expect(g.namedMatters == ["Bankforhold", "Boligstøtte"])
    #expect(
      try f.db.sharingCheck.require(residentID: id, relativeID: bror.id, kindCode: "economy", actor: f.staffA)
        == .guardian(g.id))
    #expect(throws: StorageError.relatives(.sharingRefused(.outsideGuardianScope(g.id)))) {
      try f.db.sharingCheck.require(residentID: id, relativeID: bror.id, kindCode: "health", actor: f.staffA)
    }
    var ended = g
    ended.endsOn = CalendarDay(year: 2024, month: 5, day: 1)!
    let saved = try f.db.relatives.updateGuardianship(ended, by: f.staffA)
    #expect(saved.version == 2)
    #expect(throws: StorageError.relatives(.sharingRefused(.guardianshipNotInForce(g.id)))) {
      try f.db.sharingCheck.require(residentID: id, relativeID: bror.id, kindCode: "economy", actor: f.staffA)
    }
    let outside = try f.db.relatives.addGuardianship(
      NewGuardianship(
        residentID: id, guardian: .outside(name: "Advokat Berg", contact: "12345678"), section: .section6,
        areas: [.economic, .personal], decidedOn: CalendarDay(year: 2023, month: 1, day: 1)!), by: f.staffA)
    #expect(outside.guardian == .outside(name: "Advokat Berg", contact: "12345678"))
    #expect(throws: StorageError.relatives(.section6WithoutEconomy)) {
      try f.db.relatives.addGuardianship(
        NewGuardianship(
          residentID: id, guardian: .relative(bror.id), section: .section6, areas: [.personal], decidedOn: Self.day),
        by: f.staffA)
    }
  }

  @Test func contactLogToldAboutHealthIsCheckedAndFollowUpsListed() throws {
    let f = try Fixture()
    let id = f.residentA.id
    let ole = try f.db.relatives.add(NewRelative(residentID: id, name: "Ole", relation: "bror"), by: f.staffA)
    let call = NewContactLogEntry(
      residentID: id, relativeID: ole.id, kind: .call, occurredOn: Self.day, said: "Talte om lægebesøget",
      agreed: "Ole ringer til lægen", toldAboutHealth: true, followUpOwnerID: f.staffA.accountID,
      followUpDue: CalendarDay(year: 2024, month: 6, day: 3)!)
    // Told about health without a consent: recorded as it happened, marked, audited as such.
    #expect(try f.db.relatives.uncoveredSharing(call, actor: f.staffA) == ["health"])
    let uncovered = try f.db.relatives.logContact(call, by: f.staffA)
    #expect(uncovered.uncoveredSharing == ["health"] && uncovered.uncoveredSeenAt == nil)
    #expect(try f.db.relatives.overview(residentID: id, actor: f.staffA).contactLog.map(\.id) == [uncovered.id])
    #expect(try auditActions(f).contains("sharing.refused"))
    #expect(try auditActions(f).contains("sharing.uncovered"))
    // It is on the leader's list (never on staff's) until the leader marks it seen.
    #expect(try f.db.relatives.uncoveredSharingList(actor: f.staffA).isEmpty)
    let listed = try f.db.relatives.uncoveredSharingList(actor: f.leader)
    #expect(listed.map(\.entry.id) == [uncovered.id] && listed[0].residentName == "Bjørn Ågård")
    #expect(throws: StorageError.accessDenied) { try f.db.relatives.markUncoveredSeen(uncovered, by: f.staffA) }
    let seen = try f.db.relatives.markUncoveredSeen(uncovered, by: f.leader)
    #expect(seen.uncoveredSeenAt != nil && seen.uncoveredSharing == ["health"])
    #expect(try f.db.relatives.uncoveredSharingList(actor: f.leader).isEmpty)
    #expect(try auditActions(f).contains("sharing.uncovered.seen"))
    _ = try f.db.relatives.completeFollowUp(seen, by: f.staffA)
    var notHealth = call
    notHealth.toldAboutHealth = false
    let entry = try f.db.relatives.logContact(notHealth, by: f.staffA)
    #expect(entry.followUp?.ownerName == "Anna Ærø" && entry.relativeName == "Ole")
    // A follow-up owner who cannot see the resident is refused.
    var wrongOwner = notHealth
    wrongOwner.followUpOwnerID = f.staffB.accountID
    #expect(throws: StorageError.accessDenied) { try f.db.relatives.logContact(wrongOwner, by: f.staffA) }
    let tasks = try f.db.relatives.followUps(for: f.staffA)
    #expect(tasks.map(\.agreed) == ["Ole ringer til lægen"] && tasks[0].residentName == "Bjørn Ågård")
    #expect(try f.db.relatives.followUps(for: f.staffB).isEmpty)
    let done = try f.db.relatives.completeFollowUp(entry, by: f.staffA)
    #expect(done.followUp?.doneOn == Self.day)
    #expect(try f.db.relatives.followUps(for: f.staffA).isEmpty)
    #expect(throws: StorageError.notFound) { try f.db.relatives.completeFollowUp(done, by: f.staffA) }
    // With a health consent the same entry is saved unmarked.
    _ = try f.db.relatives.addConsent(
      NewConsent(residentID: id, relativeID: ole.id, kindCode: "health", givenOn: Self.day, form: .oral), by: f.staffA)
    let covered = try f.db.relatives.logContact(call, by: f.staffA)
    #expect(covered.toldAboutHealth && covered.uncoveredSharing.isEmpty)
    #expect(try f.db.audit.verify().isIntact)
  }

  @Test func homePolicyCouncilVolunteers() throws {
    let f = try Fixture()
    let home = f.db.relativesHome
    #expect(throws: StorageError.accessDenied) {
      try home.adoptPolicy(text: "x", adoptedOn: Self.day, by: f.staffA)
    }
    _ = try home.adoptPolicy(
      text: "Vi samarbejder.", adoptedOn: CalendarDay(year: 2022, month: 1, day: 1)!, by: f.leader)
    let v2 = try home.adoptPolicy(text: "Vi samarbejder tæt.", adoptedOn: Self.day, by: f.leader)
    #expect(v2.number == 2 && v2.recordedByName == "Lise Leder")
    #expect(try home.policyVersions().map(\.number) == [1, 2])
    let m = try home.addCouncilMeeting(heldOn: Self.day, agenda: "1. Velkomst", by: f.leader)
    var edited = m
    edited.minutes = "Referat"
    #expect(try home.updateCouncilMeeting(edited, by: f.leader).version == 2)
    #expect(throws: StorageError.self) { try home.updateCouncilMeeting(edited, by: f.leader) }
    var req = try home.addCouncilRequest(text: "Flere udflugter", raisedOn: Self.day, meetingID: m.id, by: f.leader)
    req.status = .done
    req.outcome = "Bus lejet to gange om året"
    #expect(try home.updateCouncilRequest(req, by: f.leader).status == .done)
    _ = try home.addCouncilMember(name: "Grethe Ø", role: "pårørende, Hus A", from: Self.day, by: f.leader)
    #expect(try home.councilMembers().count == 1)
    #expect(throws: StorageError.relatives(.invalidEmail)) {
      try home.addVolunteer(Volunteer(id: 0, name: "Kurt", helpsWith: "gåture", email: "kurt"), by: f.leader)
    }
    let v = try home.addVolunteer(
      Volunteer(id: 0, name: "Kurt", helpsWith: "gåture", phone: "22 33 44 55", policeCheckOn: Self.day), by: f.leader)
    #expect(try home.volunteers() == [v])
    #expect(try auditActions(f).filter { $0.hasPrefix("council.") }.count == 5)
  }
}
