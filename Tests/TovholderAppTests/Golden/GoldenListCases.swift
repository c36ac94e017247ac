import Foundation
import TerminalUI
import Testing
import TovholderCore
import TovholderStorage

@testable import TovholderApp

/// The golden cases of the list screens, the record's tabs and the screens opened from them
/// (episodes, force reports, plans, health, relatives, rights), as a user reaches them: main-menu
/// entries by their names, tabs by their titles.
extension GoldenScreenTests {
  /// A main-menu entry, opened by typing its name as a user may.
  static func menu(_ name: String, _ titleKey: String, user: String) -> Case {
    Case(name: name, user: user) { f in f.openMenu(f.context.texts(titleKey)) }
  }

  /// A screen put on top of the main menu, made the way the screen before it makes it.
  static func over(_ name: String, user: String, _ make: @escaping @Sendable (AppFixture) throws -> any Screen) -> Case
  {
    Case(name: name, user: user) { f in
      let screen = try make(f)
      f.shell.reset(to: [f.shell.stack[0], screen])
      _ = f.screen()
    }
  }

  /// A resident's record, on the tab titled by `tabKey`.
  static func record(_ f: AppFixture, _ resident: ResidentID, tab tabKey: String) throws -> any Screen {
    guard
      case .push(let screen) = RecordScreen.open(
        resident, session: f.session, context: f.context, tab: f.context.texts(tabKey))
    else { throw CancellationError() }
    let record = try #require(screen as? RecordScreen)
    #expect(record.tab.title(f.context) == f.context.texts(tabKey), "no tab \(tabKey)")
    return record
  }

  /// The first resident marked at risk (the demo gives them episodes).
  static func atRisk(_ f: AppFixture) throws -> Resident {
    try #require(try f.database.risk.atRisk(actor: f.session.actor).first)
  }

  static let lists: [Case] = [
    menu("handover", "menu.handover", user: "personale"),
    menu("search", "menu.search", user: "personale"),
    menu("episodes.followUp", "menu.episodes.followUp", user: "leder"),
    menu("episodes.risk", "menu.episodes.risk", user: "nattevagt"),
    menu("episodes.forceQueue", "menu.episodes.force", user: "leder"),
    menu("incidents.own", "menu.incidents.own", user: "personale"),
    menu("incidents.queue", "menu.incidents.queue", user: "leder"),
    menu("incidents.stats", "menu.incidents.stats", user: "leder"),
    menu("plans.due", "plans.menu.due", user: "leder"),
    menu("plans.myTasks", "plans.menu.myTasks", user: "personale"),
    menu("health.due", "menu.health.due", user: "personale"),
    menu("health.flags", "menu.health.flags", user: "leder"),
    menu("health.templates", "menu.health.templates", user: "admin"),
    menu("rel.tasks", "menu.rel.tasks", user: "personale"),
    menu("rel.policy", "menu.rel.policy", user: "admin"),
    menu("rel.council", "menu.rel.council", user: "admin"),
    menu("rel.requests", "menu.rel.requests", user: "admin"),
    menu("rel.volunteers", "menu.rel.volunteers", user: "admin"),
    menu("accounts", "menu.accounts", user: "admin"),
    menu("units", "menu.units", user: "admin"),
    menu("rights.retention", "rights.retention.menu", user: "admin"),
  ]

  static let tabs: [Case] = [
    over("record.notes", user: "personale") { f in try record(f, try AllForms.resident(f).id, tab: "record.tab.notes")
    },
    over("record.plan", user: "personale") { f in try record(f, try AllForms.plan(f).resident.id, tab: "plans.tab") },
    over("record.health", user: "personale") { f in try record(f, try AllForms.resident(f).id, tab: "health.tab") },
    over("record.episodes", user: "personale") { f in try record(f, try atRisk(f).id, tab: "episodes.tab.title") },
    over("record.relatives", user: "personale") { f in try record(f, try AllForms.relative(f).0.id, tab: "rel.tab") },
    over("record.contactLog", user: "personale") { f in
      try record(f, try AllForms.relative(f).0.id, tab: "rel.log.tab")
    },
    over("record.incidents", user: "leder") { f in
      try record(f, try AllForms.resident(f).id, tab: "incidents.tab.title")
    },
  ]

  static let details: [Case] = [
    over("episode.detail", user: "leder") { f in
      let e = try #require(try f.database.episodes.list(residentID: try atRisk(f).id, actor: f.session.actor).first)
      return EpisodeDetailScreen(session: f.session, episodeID: e.id)
    },
    over("force.report", user: "leder") { f in
      ForceReportScreen(session: f.session, reportID: try AllForms.report(f).id)
    },
    over("plan.whoDoesWhat", user: "personale") { f in
      PlanLists.whoDoesWhat(session: f.session, resident: try AllForms.plan(f).resident)
    },
    over("plan.subGoal", user: "personale") { f in
      let doc = try AllForms.plan(f)
      let goal = try #require(doc.goals.first { !$0.subGoals.isEmpty })
      return SubGoalScreen(session: f.session, doc: doc, goal: goal.goal, node: goal.subGoals[0])
    },
    over("health.history", user: "personale") { f in
      let r = try AllForms.resident(f)
      let item = try #require(try f.database.health.overview(residentID: r.id, actor: f.session.actor).items.first)
      return HealthHistoryScreen(session: f.session, resident: r, template: item.template)
    },
    over("rel.relative", user: "personale") { f in
      let (r, rel, _) = try AllForms.relative(f)
      return RelativeScreen(session: f.session, resident: r, relativeID: rel.id, name: rel.name)
    },
    over("rel.guardianships", user: "personale") { f in
      GuardianshipsScreen(session: f.session, resident: try AllForms.relative(f).0)
    },
    over("rights.whatMayITell", user: "personale") { f in
      let (r, rel, _) = try AllForms.relative(f)
      return WhatMayITellScreen(session: f.session, resident: r, relative: rel)
    },
    over("rights.accessLog", user: "leder") { f in
      AccessLogScreen.make(session: f.session, resident: try AllForms.resident(f), context: f.context)
    },
    Case(name: "force.sent.confirm", user: "leder") { f in
      let form = ForceStepForms.make(.sent, session: f.session, report: try AllForms.report(f), context: f.context)
      f.shell.reset(to: [f.shell.stack[0], form])
      f.press(.ctrl("s"))
    },
  ]
}
