import Foundation
import TerminalUI
import Testing
import TovholderCore
import TovholderStorage

@testable import TovholderApp

/// The plan screens driven through the shell with keys, against a copy of the demo home.
@Suite struct PlanScreenTests {
  /// A new resident (no plan yet) in personale's first unit, with the record open on the Plan tab.
  static func newResident(_ app: AppFixture) throws -> Resident {
    let leader = try app.database.accounts.signIn(username: "leder", password: DemoHome.password)
    let unit = app.session.actor.unitIDs.sorted().first!
    let r = try app.database.residents.create(
      NewResident(
        unitID: unit, name: "Åse Ørnebjerg", cpr: try CPRNumber("300199-1234"),
        movedIn: CalendarDay(year: 2024, month: 1, day: 1)!, contactPersonID: app.session.actor.accountID,
        coordinatorID: leader.accountID), by: leader)
    openPlanTab(app, r.id)
    return r
  }

  static func openPlanTab(_ app: AppFixture, _ id: ResidentID) {
    guard (try? app.openRecord(id)) != nil else { return }
    app.shell.handle(.tab)
    app.shell.handle(.tab)
    _ = app.shell.render(size: Size(width: 80, height: 24))
  }

  /// Keys one at a time, drawing after each as the terminal does.
  func keys(_ app: AppFixture, _ keys: Key...) {
    for k in keys {
      app.shell.handle(k)
      _ = app.shell.render(size: Size(width: 80, height: 24))
    }
  }

  @Test func theDemoPlanTabShowsTheWishGoalsSubGoalsAndSparklines() throws {
    let app = try AppFixture()
    let id = try app.database.residents.list(for: app.session.actor).first!.id
    Self.openPlanTab(app, id)
    for (w, h) in [(80, 24), (60, 16)] {
      let screen = app.screen(width: w, height: h)
      #expect(screen.contains("Ønske: "), "\(w)×\(h)")
      #expect(screen.contains("■ "))
      #expect(screen.contains("  · "))
      #expect(screen.contains { "▁▂▃▄▅▆▇█".contains($0) })
      #expect(screen.contains("Næste opfølgning"))
    }
  }

  @Test func makeAPlanWithGoalAndSubGoalRecordValuesSeeTheChartAndHoldAFollowUp() throws {
    let app = try AppFixture()
    let r = try Self.newResident(app)
    #expect(app.screen().contains("Borgeren har ingen plan endnu."))
    // The plan: the wish in the resident's words.
    keys(app, .ctrl("n"))
    app.type("Jeg vil lave min egen mad")
    keys(app, .ctrl("s"))
    #expect(app.screen().contains("Ønske: Jeg vil lave min egen mad"))
    // A goal: the wording and a theme picked by typing; the rest has defaults.
    keys(app, .ctrl("n"))
    app.type("Laver selv aftensmad")
    keys(app, .tab)
    app.type("prak")
    keys(app, .enter, .ctrl("s"))
    #expect(app.screen().contains("■ Laver selv aftensmad"))
    // A sub-goal on the 0–4 scale with target 3.
    keys(app, .down, .ctrl("n"))
    app.type("Handler ind efter liste")
    keys(app, .tab)
    app.type("0–4")
    keys(app, .enter)  // picks the measure and moves on to the target
    app.type("3")
    keys(app, .ctrl("s"))
    #expect(app.screen().contains("· Handler ind efter liste"))
    // Three values, two keys each: the digit and Ctrl-S (Enter would move on to the note).
    keys(app, .down)
    for v in ["1", "2", "4"] { keys(app, .char(Character(v)), .ctrl("s")) }
    #expect(app.screen().contains("4 ▃▅█"))
    // The sub-goal screen: the run chart with the target line.
    keys(app, .enter)
    let chart = app.screen()
    #expect(chart.contains("mål 3"))
    #expect(chart.contains("median 2"))
    #expect(chart.contains("Måles: Skala 0–4 · Mål: 3"))
    keys(app, .escape)
    // A follow-up: the goal continues with score 3.
    keys(app, .function(7), .down, .down, .down, .down)
    app.type("3")
    keys(app, .ctrl("s"))
    let doc = try #require(try app.database.plans.document(residentID: r.id, actor: app.session.actor))
    #expect(doc.followUps.count == 1)
    #expect(doc.followUps[0].decisions.map(\.decision) == [.continue])
    #expect(doc.followUps[0].decisions[0].score == 3)
    #expect(doc.goals[0].subGoals[0].progress.map(\.value) == [1, 2, 4])
    #expect(doc.goals[0].goal.themeID == "praktiske-opgaver")
  }

  @Test func badInputGetsAClearDanishMessageAndKeepsTheForm() throws {
    let app = try AppFixture()
    _ = try Self.newResident(app)
    keys(app, .ctrl("n"))
    app.type("Bo selv")
    keys(app, .ctrl("s"), .ctrl("n"))
    app.type("Mål")
    keys(app, .tab)
    app.type("egen")
    keys(app, .enter, .ctrl("s"), .down, .ctrl("n"))
    app.type("Sover godt")
    keys(app, .tab)
    app.type("0–4")
    keys(app, .enter)  // picks the measure and moves on to the target
    app.type("9")
    keys(app, .ctrl("s"))
    var screen = app.screen()
    #expect(screen.contains("Målet skal være fra 0 til 4."))
    #expect(screen.contains("Sover godt"))
    // A follow-up date before the plan's start.
    keys(app, .backspace)
    app.type("3")
    keys(app, .tab, .ctrl("a"), .ctrl("k"))
    app.type("01-01-2020")
    keys(app, .ctrl("s"))
    screen = app.screen()
    #expect(screen.contains("Datoen ligger før planens start"))
    // A value out of range on a saved sub-goal (the date field has the focus after its error).
    keys(app, .ctrl("a"), .ctrl("k"))
    app.type("i dag")
    keys(app, .ctrl("s"), .down, .down, .char("7"), .ctrl("s"))
    #expect(app.screen().contains("Skriv et tal fra 0 til 4."))
  }

  @Test func twoEditorsOfOneGoalSeeWhoChangedItAndKeepTheirText() throws {
    let app = try AppFixture()
    let r = try Self.newResident(app)
    let plan = try app.database.plans.create(
      NewPlan(residentID: r.id, wish: "Bo selv", startDate: CalendarDay(year: 2024, month: 1, day: 1)!),
      by: app.session.actor)
    let goal = try app.database.plans.addGoal(
      NewGoal(
        planID: plan.id,
        fields: GoalFields(
          title: "Handler selv", themeID: "egenomsorg", goalTypeID: "udvikle", functionalLevelID: "let",
          supportNeedID: "let", responsible: .contactPerson)), by: app.session.actor)
    Self.openPlanTab(app, r.id)
    keys(app, .down, .enter)
    app.type(" og laver mad")
    // Meanwhile the leader saves the same goal.
    let leader = try app.database.accounts.signIn(username: "leder", password: DemoHome.password)
    var theirs = goal
    theirs.title = "Handler selv i Netto"
    _ = try app.database.plans.updateGoal(theirs, by: leader)
    keys(app, .ctrl("s"))
    let screen = app.screen()
    #expect(screen.contains("Lene Holm ændrede det samme"))
    #expect(screen.contains("Handler selv og laver mad"))
    // What was typed is kept as a draft and comes back from it.
    let draft = try #require(
      try app.database.drafts.load(owner: app.session.actor.accountID, formKey: "plan.goalEdit.\(r.id).\(goal.id)"))
    let restored = try #require(
      AreaCatalog.restoreDraft(key: "plan.goalEdit.\(r.id).\(goal.id)", payload: draft.payload, context: app.context))
    var buffer = Buffer(width: 80, height: 20)
    _ = restored.draw(into: &buffer, area: Rect(x: 0, y: 0, width: 80, height: 20), context: app.context)
    #expect(buffer.text.contains("Handler selv og laver mad"))
  }

  @Test func theDueListAndMyTasksListTheDemoHomesPlans() throws {
    let app = try AppFixture(user: "leder")
    let due = PlanLists.dueList(session: app.session)
    app.shell.reset(to: due)
    let screen = app.screen()
    #expect(screen.contains("Planer til opfølgning"))
    #expect(screen.contains("dage over tid") || screen.contains("om "))
    let mine = try AppFixture(user: "personale")
    mine.shell.reset(to: PlanLists.myTasks(session: mine.session))
    #expect(mine.screen().contains("→ "))
    #expect(mine.screen(width: 60, height: 16).contains("Mine planopgaver"))
  }

  @Test func aValueIsRecordedFromMyTasksWithADigitAndEnter() throws {
    let app = try AppFixture(user: "personale")
    let list = PlanLists.myTasks(session: app.session)
    app.shell.reset(to: list)
    _ = app.screen()
    let task = try #require((list as? PlanTaskListScreen)?.tasks.first)
    #expect(task.kind == .subGoal)
    keys(app, .char("1"))
    #expect(app.screen().contains("Registrér fremskridt"))
    // Enter moves on to the note; Enter on the last field saves.
    keys(app, .enter)
    #expect(app.screen().contains("Registrér fremskridt"))
    keys(app, .enter)
    let doc = try #require(try app.database.plans.document(residentID: task.residentID, actor: app.session.actor))
    let last = try #require(doc.subGoal(task.subGoalID)?.progress.last)
    #expect(last.value == 1)
    #expect(last.authorName == "Mads Sørensen")
  }
}
