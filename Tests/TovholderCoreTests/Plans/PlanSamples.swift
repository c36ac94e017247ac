import Foundation
import TovholderCore

/// Sample plans and the shipped catalogue, for the core tests.
enum PlanSamples {
  static func day(_ iso: String) -> CalendarDay { CalendarDay(iso: iso)! }

  static var cataloguesFolder: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Resources/catalogues/plans")
  }

  static func file(_ name: String) -> Data {
    FileManager.default.contents(atPath: cataloguesFolder.appendingPathComponent(name).path)!
  }

  static let catalog: PlanCatalog = try! PlanCatalog.parse(
    themes: file("plans-themes.json"), goalTypes: file("plans-goal-types.json"), scales: file("plans-scales.json"))

  static let texts: [String: String] = {
    let url = cataloguesFolder.deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("texts/plans.da.json")
    return try! JSONDecoder().decode([String: String].self, from: FileManager.default.contents(atPath: url.path)!)
  }()

  static let wording = PlanWording(catalog: catalog, language: "da") { texts[$0] ?? $0 }

  static let resident = Resident(
    id: 7, unitID: 1, name: "Bjørn Ågård", cpr: try! CPRNumber("010190-1234"), movedIn: day("2020-01-01"),
    contactPersonID: 11, coordinatorID: 10)

  static func goal(
    _ id: GoalID, _ title: String, _ party: ResponsibleParty = .coordinator, status: GoalStatus = .active
  )
    -> Goal
  {
    Goal(
      id: id, planID: 1, title: title, themeID: "egenomsorg", goalTypeID: "udvikle", functionalLevelID: "moderat",
      supportNeedID: "let", responsible: party, status: status)
  }

  static func sub(
    _ id: SubGoalID, goal: GoalID, _ text: String, _ date: String, measure: Measure = .scale(min: 0, max: 4),
    target: Int? = 3, party: ResponsibleParty? = nil
  ) -> SubGoal {
    SubGoal(
      id: id, goalID: goal,
      fields: SubGoalFields(text: text, measure: measure, target: target, followUpDate: day(date), responsible: party))
  }

  static func value(_ id: ProgressID, sub: SubGoalID, _ v: Int, _ iso: String) -> ProgressEntry {
    ProgressEntry(
      id: id, subGoalID: sub, value: v, note: nil, recordedAt: day(iso).start(in: .danish).addingTimeInterval(36_000),
      authorID: 11, authorName: "Anna Ærø")
  }

  /// Two goals: one with a scale sub-goal (three values, two interventions), one with a
  /// yes/no sub-goal held by the GP; one follow-up.
  static var document: PlanDocument {
    let plan = Plan(
      id: 1, residentID: 7, wish: "Jeg vil gerne lave min egen mad", startDate: day("2024-01-10"),
      nextFollowUp: day("2024-07-10"))
    let g1 = goal(1, "Laver selv aftensmad", .contactPerson)
    let g2 = goal(2, "Går til lægen", .outside("Egen læge"))
    let s1 = sub(1, goal: 1, "Laver mad to gange om ugen", "2024-04-01")
    let s2 = sub(2, goal: 2, "Møder op til blodprøve", "2024-03-01", measure: .yesNo, target: 1)
    let i1 = Intervention(
      id: 1, subGoalID: 1, text: "Handler ind sammen med Bjørn", frequency: Frequency(times: 1, per: .week))
    let i2 = Intervention(
      id: 2, subGoalID: 1, text: "Ringer til kommunen", frequency: .asNeeded, responsible: .staff(12))
    let meeting = FollowUpMeeting(
      id: 1, planID: 1, heldOn: day("2024-04-02"), participants: "Bjørn, søster",
      decisions: [
        .init(goalID: 1, goalTitle: "Laver selv aftensmad", decision: .continue, score: 3, note: "Godt på vej"),
        .init(goalID: 2, goalTitle: "Går til lægen", decision: .change, score: 2, note: "Nu hver tredje måned"),
      ], nextFollowUp: day("2024-07-10"), authorName: "Lise Leder",
      recordedAt: day("2024-04-02").at(hour: 15, minute: 0, second: 0)!)
    return PlanDocument(
      plan: plan, resident: resident, coordinatorName: "Lise Leder", contactPersonName: "Anna Ærø",
      goals: [
        .init(
          goal: g1,
          subGoals: [
            .init(
              subGoal: s1, interventions: [i1, i2],
              progress: [
                value(1, sub: 1, 1, "2024-01-15"), value(2, sub: 1, 2, "2024-02-15"), value(3, sub: 1, 4, "2024-03-15"),
              ])
          ]),
        .init(goal: g2, subGoals: [.init(subGoal: s2, interventions: [], progress: [])]),
      ], followUps: [meeting], history: [], staffNames: [10: "Lise Leder", 11: "Anna Ærø", 12: "Per Hansen"])
  }
}
