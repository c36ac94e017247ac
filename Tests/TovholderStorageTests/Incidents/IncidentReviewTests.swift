import Foundation
import GRDB
import Testing
import TovholderCore

@testable import TovholderStorage

@Suite struct IncidentsReviewTests {
  @Test func leaderReviewsClosesAndReporterSeesFeedback() throws {
    let x = try IncidentFixture()
    let saved = try x.register()
    let reviewing = try x.db.incidents.startReview(saved.id, version: saved.version, by: x.f.leader)
    #expect(reviewing.status == .underReview)
    let draft = IncidentReview(analysis: "Første udkast", actions: [], feedback: "")
    let drafted = try x.db.incidents.saveReview(saved.id, review: draft, version: reviewing.version, by: x.f.leader)
    x.f.clock.advance(3_600)
    let closed = try x.db.incidents.close(saved.id, review: x.closing, version: drafted.version, by: x.f.leader)
    #expect(closed.status == .closed && closed.review == x.closing)
    let own = try x.db.incidents.own(by: x.f.staffA)
    #expect(own.map(\.status) == [.closed] && own[0].hasFeedback)
    let seen = try x.db.incidents.get(saved.id, by: x.f.staffA)
    #expect(seen.review.feedback == "Tak – vi har købt en skridsikker måtte")
    #expect(seen.review.actions.first?.owner == "Teamleder")
    #expect(
      try x.auditActions() == [
        "incident.create", "incident.review", "incident.review.save", "incident.close", "incidents.list",
        "incident.read",
      ])
    let who = try x.db.pool.read {
      try String.fetchAll(
        $0, sql: "SELECT actorName FROM auditLog WHERE action IN ('incident.review', 'incident.close')")
    }
    #expect(who == ["Lise Leder", "Lise Leder"])
    #expect(try x.db.audit.verify().isIntact)
  }

  @Test func refusedStepsChangeNothing() throws {
    let x = try IncidentFixture()
    let saved = try x.register()
    #expect(throws: StorageError.incidentTransition(.notAllowed(from: .registered, to: .closed))) {
      try x.db.incidents.close(saved.id, review: x.closing, version: 1, by: x.f.leader)
    }
    #expect(throws: StorageError.accessDenied) { try x.db.incidents.startReview(saved.id, version: 1, by: x.f.staffA) }
    let r = try x.db.incidents.startReview(saved.id, version: 1, by: x.f.leader)
    #expect(throws: StorageError.versionConflict(changedBy: "Lise Leder", at: x.f.clock.now)) {
      try x.db.incidents.reject(saved.id, reason: .testCase, comment: "Test", version: 1, by: x.f.leader)
    }
    #expect(throws: StorageError.incidentTransition(.missingFeedback)) {
      try x.db.incidents.close(saved.id, review: IncidentReview(analysis: "x"), version: r.version, by: x.f.leader)
    }
    let now = try x.db.incidents.get(saved.id, by: x.f.leader)
    #expect(now.status == .underReview && now.version == r.version && now.review.analysis.isEmpty)
    // Reporter can no longer edit once under review.
    #expect(throws: StorageError.accessDenied) {
      try x.db.incidents.update(now, catalogue: x.catalogue, by: x.f.staffA)
    }
  }

  @Test func rejectWithReason() throws {
    let x = try IncidentFixture()
    let saved = try x.register()
    let rejected = try x.db.incidents.reject(saved.id, reason: .workEnvironment, comment: "Afvist i test", version: 1, by: x.f.leader)
    #expect(rejected.status == .rejected && rejected.rejection == .workEnvironment)
    #expect(throws: StorageError.incidentTransition(.notAllowed(from: .rejected, to: .underReview))) {
      try x.db.incidents.startReview(saved.id, version: rejected.version, by: x.f.leader)
    }
  }

  @Test func aRejectionNeedsACommentAndADuplicateNamesTheEventItRepeats() throws {
    let x = try IncidentFixture()
    let first = try x.register()
    let second = try x.register()
    #expect(throws: StorageError.incidentTransition(.missingRejectionComment)) {
      try x.db.incidents.reject(second.id, reason: .testCase, comment: "  ", version: 1, by: x.f.leader)
    }
    for other: IncidentID? in [nil, second.id, 999_999] {
      #expect(throws: StorageError.incidentTransition(.duplicateNotFound)) {
        try x.db.incidents.reject(
          second.id, reason: .duplicate, comment: "Samme fald", duplicateOf: other, version: 1, by: x.f.leader)
      }
    }
    #expect(try x.db.incidents.get(second.id, by: x.f.leader).status == .registered, "nothing saved on a refusal")
    let rejected = try x.db.incidents.reject(
      second.id, reason: .duplicate, comment: " Samme fald som nr. \(first.id) ", duplicateOf: first.id, version: 1,
      by: x.f.leader)
    #expect(rejected.rejection == .duplicate && rejected.duplicateOf == first.id)
    #expect(rejected.rejectionComment == "Samme fald som nr. \(first.id)")
    #expect(try x.db.incidents.get(second.id, by: x.f.leader).duplicateOf == first.id)
  }

  @Test func queueOldestFirstWithDaysAndFilters() throws {
    let x = try IncidentFixture()
    let first = try x.register()
    x.f.clock.advance(86_400 * 2)
    let second = try x.register(x.report(category: "medicine.administration", actual: .none, possible: .severe))
    x.f.clock.advance(86_400)
    let third = try x.register(x.report(resident: false))
    _ = try x.db.incidents.reject(third.id, reason: .testCase, comment: "Afvist i test", version: 1, by: x.f.leader)
    let queue = try x.db.incidents.queue(by: x.f.leader)
    #expect(queue.map(\.id) == [first.id, second.id])
    #expect(queue.map(\.daysSinceRegistration) == [3, 1])
    #expect(queue[1].severity == .seriousRisk && queue[0].unitName == "Hus A")
    #expect(try x.db.incidents.queue(IncidentQueueFilter(categoryCode: "fall"), by: x.f.leader).map(\.id) == [first.id])
    #expect(
      try x.db.incidents.queue(IncidentQueueFilter(severity: .seriousRisk), by: x.f.leader).map(\.id) == [second.id])
    #expect(try x.db.incidents.queue(IncidentQueueFilter(status: .rejected), by: x.f.leader).map(\.id) == [third.id])
    #expect(try x.db.incidents.queue(IncidentQueueFilter(unitID: x.f.unitB.id), by: x.f.leader).isEmpty)
    #expect(throws: StorageError.accessDenied) { try x.db.incidents.queue(by: x.f.staffA) }
  }
}
