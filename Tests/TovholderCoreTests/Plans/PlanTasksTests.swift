import Testing
import TovholderCore

@Suite struct PlanTasksTests {
  @Test func whoDoesWhatFallsBackFromInterventionToSubGoalToGoal() {
    let tasks = PlanTasks.whoDoesWhat(PlanSamples.document)
    #expect(
      tasks.map(\.text) == [
        "Møder op til blodprøve", "Laver mad to gange om ugen", "Handler ind sammen med Bjørn", "Ringer til kommunen",
      ])
    // Sub-goal 2 inherits the GP from its goal; no staff account holds it.
    #expect(tasks[0].responsible == .outside("Egen læge"))
    #expect(tasks[0].responsibleName == "Egen læge")
    #expect(tasks[0].accountID == nil)
    // Goal 1 is the contact person's (account 11): the sub-goal and first intervention inherit it.
    #expect(tasks[1].accountID == 11)
    #expect(tasks[2].responsibleName == "Anna Ærø")
    #expect(tasks[2].kind == .intervention(1, Frequency(times: 1, per: .week)))
    // The second intervention names a staff member.
    #expect(tasks[3].accountID == 12)
    #expect(tasks[3].responsibleName == "Per Hansen")
    #expect(tasks.allSatisfy { $0.residentName == "Bjørn Ågård" })
  }

  @Test func endedGoalsClosedSubGoalsAndStoppedInterventionsAreNotTasks() {
    var doc = PlanSamples.document
    doc.goals[1].goal.status = .ended
    doc.goals[0].subGoals[0].interventions[1].isActive = false
    #expect(PlanTasks.whoDoesWhat(doc).map(\.text) == ["Laver mad to gange om ugen", "Handler ind sammen med Bjørn"])
    doc.goals[0].subGoals[0].subGoal.isClosed = true
    #expect(PlanTasks.whoDoesWhat(doc).isEmpty)
  }

  @Test func myTasksFollowTheRoleToWhoeverHoldsIt() {
    var doc = PlanSamples.document
    #expect(PlanTasks.myTasks([doc], accountID: 11).count == 2)
    #expect(PlanTasks.myTasks([doc], accountID: 12).map(\.text) == ["Ringer til kommunen"])
    #expect(PlanTasks.myTasks([doc], accountID: 10).isEmpty)
    // A new contact person takes over the role's tasks.
    doc.resident.contactPersonID = 10
    #expect(PlanTasks.myTasks([doc], accountID: 10).count == 2)
    #expect(PlanTasks.myTasks([doc], accountID: 11).isEmpty)
    // The coordinator role is resolved too.
    doc.goals[0].goal.responsible = .coordinator
    doc.resident.coordinatorID = 99
    #expect(PlanTasks.myTasks([doc], accountID: 99).count == 2)
  }
}
