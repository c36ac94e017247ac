import Foundation
import Testing
import TovholderCore

@Suite struct EpisodesFollowUpRulesTests {
  let leader = Actor(accountID: 1, displayName: "Lene", role: .leader, unitIDs: [1])
  let t0 = Date(timeIntervalSince1970: 1_735_779_600)  // 2025-01-02 02:00 Copenhagen

  func episode(_ f: EpisodeFollowUp = EpisodeFollowUp(), completed: Bool = false, id: Int64 = 1, at: Date? = nil)
    -> ViolentEpisode
  {
    ViolentEpisode(
      id: id, residentID: 5, reporterID: 2, reporterName: "Sofie", occurredAt: at ?? t0, summary: "slog",
      followUp: f, completedAt: completed ? t0 : nil)
  }

  @Test func easyDeadlineIsFourteenDaysAfterFirstAbsence() {
    let first = CalendarDay(year: 2025, month: 1, day: 20)!
    #expect(FollowUpRules.easyDeadline(absenceFirstDay: first) == CalendarDay(year: 2025, month: 2, day: 3))
    let leap = CalendarDay(year: 2024, month: 2, day: 20)!
    #expect(FollowUpRules.easyDeadline(absenceFirstDay: leap) == CalendarDay(year: 2024, month: 3, day: 5))
  }

  @Test func easyStepStaysUntilReportedAndIsOverdueAfterDeadline() {
    var f = EpisodeFollowUp(absenceFirstDay: CalendarDay(year: 2025, month: 1, day: 3)!)
    var e = episode(f)
    let deadline = CalendarDay(year: 2025, month: 1, day: 17)!
    #expect(FollowUpRules.openSteps(e).contains(.easyReport(deadline: deadline)))
    #expect(!FollowUpRules.isEasyOverdue(e, today: deadline))
    #expect(FollowUpRules.isEasyOverdue(e, today: CalendarDay(year: 2025, month: 1, day: 18)!))
    f.easyReportedOn = CalendarDay(year: 2025, month: 1, day: 20)!
    e = episode(f)
    #expect(!FollowUpRules.openSteps(e).contains { $0.key == "easyReport" })
    #expect(!FollowUpRules.isEasyOverdue(e, today: CalendarDay(year: 2025, month: 3, day: 1)!))
  }

  @Test func openStepsInOrderAndNoneWhenDone() {
    #expect(
      FollowUpRules.openSteps(episode()).map(\.key) == ["complete", "defusing", "planDebriefing", "leaderReview"])
    let done = EpisodeFollowUp(
      defusedBy: "Sofie", defusedAt: t0, debriefingPlanned: CalendarDay(year: 2025, month: 1, day: 4),
      debriefingHeldAt: t0, reviewedAt: t0, reviewActions: "x")
    #expect(FollowUpRules.openSteps(episode(done, completed: true)).isEmpty)
  }

  @Test func debriefingWindowIsOneToFiveDays() throws {
    let e = episode()
    #expect(e.day == CalendarDay(year: 2025, month: 1, day: 2))
    let now = t0.addingTimeInterval(3_600)
    #expect(throws: EpisodeValidationError.self) {
      try FollowUpRules.apply(.debriefingPlanned(e.day), to: e, actor: leader, now: now)
    }
    #expect(throws: EpisodeValidationError.self) {
      try FollowUpRules.apply(
        .debriefingPlanned(CalendarDay(year: 2025, month: 1, day: 8)!), to: e, actor: leader, now: now)
    }
    for d in 3...7 {
      let planned = CalendarDay(year: 2025, month: 1, day: d)!
      #expect(
        try FollowUpRules.apply(.debriefingPlanned(planned), to: e, actor: leader, now: now).followUp.debriefingPlanned
          == planned)
    }
  }

  @Test func stepsOutOfOrderOrInFutureAreRefused() {
    let e = episode()
    let now = t0.addingTimeInterval(3_600)
    #expect(throws: EpisodeValidationError.stepOutOfOrder) {
      try FollowUpRules.apply(.debriefingHeld(at: now, note: ""), to: e, actor: leader, now: now)
    }
    #expect(throws: EpisodeValidationError.stepOutOfOrder) {
      try FollowUpRules.apply(.easyReported(on: e.day), to: e, actor: leader, now: now)
    }
    #expect(throws: EpisodeValidationError.inFuture) {
      try FollowUpRules.apply(.defused(by: "Sofie", at: now.addingTimeInterval(7_200)), to: e, actor: leader, now: now)
    }
    #expect(throws: EpisodeValidationError.absenceBeforeEpisode) {
      try FollowUpRules.apply(
        .absence(firstDay: CalendarDay(year: 2025, month: 1, day: 1)!), to: e, actor: leader, now: now)
    }
    #expect(throws: EpisodeValidationError.emptyReview) {
      try FollowUpRules.apply(.reviewed(actions: "  "), to: e, actor: leader, now: now)
    }
  }

  @Test func reviewRecordsLeaderAndTime() throws {
    let now = t0.addingTimeInterval(86_400)
    let e = try FollowUpRules.apply(.reviewed(actions: "Ny plan"), to: episode(), actor: leader, now: now)
    #expect(e.followUp.reviewerName == "Lene" && e.followUp.reviewedAt == now && e.followUp.reviewActions == "Ny plan")
  }

  @Test func leaderQueueIsOldestFirstAndSkipsDoneEpisodes() {
    let done = EpisodeFollowUp(
      defusedBy: "S", defusedAt: t0, debriefingPlanned: CalendarDay(year: 2025, month: 1, day: 4), debriefingHeldAt: t0,
      reviewedAt: t0, reviewActions: "x")
    let queue = FollowUpRules.leaderQueue([
      episode(id: 1, at: t0.addingTimeInterval(500)),
      episode(done, completed: true, id: 2, at: t0.addingTimeInterval(-900)),
      episode(id: 3, at: t0.addingTimeInterval(-100)),
    ])
    #expect(queue.map(\.0.id) == [3, 1])
  }

  @Test func quickLogAndCompletionValidation() {
    let now = t0
    #expect(throws: EpisodeValidationError.emptySummary) {
      try QuickLog(residentID: 1, occurredAt: now, summary: " \n").validate(now: now)
    }
    #expect(throws: EpisodeValidationError.inFuture) {
      try QuickLog(residentID: 1, occurredAt: now.addingTimeInterval(600), summary: "x").validate(now: now)
    }
    #expect(throws: EpisodeValidationError.forceUsedUnanswered) {
      try EpisodeDetails(place: "køkkenet", during: "slog").validate()
    }
    #expect(throws: EpisodeValidationError.injuriesNotDescribed) {
      try EpisodeDetails(place: "køkkenet", during: "slog", staffInjured: true, forceUsed: false).validate()
    }
    #expect(throws: Never.self) { try EpisodeDetails(place: "køkkenet", during: "slog", forceUsed: false).validate() }
  }
}
