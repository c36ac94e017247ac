import Foundation
import TerminalUI
import Testing
import TovholderCore
import TovholderStorage

@testable import TovholderApp

/// Every form of the program, made the way its screen makes it, on a copy of the demo home.
/// The key-rule tests run each rule against every entry; `everyFormIsInTheTable` fails when
/// a form's field ids are declared in the sources but no entry makes that form.
struct FormEntry: CustomTestStringConvertible, Sendable {
  let name: String
  let user: String?
  let make: @Sendable (AppFixture) throws -> any AnyFormScreen

  var testDescription: String { name }

  /// The fixture (signed in as `user`) with the form on top of the main menu.
  func open() throws -> (AppFixture, any AnyFormScreen) {
    let f = try AppFixture(user: user)
    let form = try make(f)
    f.shell.reset(to: [f.shell.stack[0], form])
    _ = f.screen()
    return (f, form)
  }
}

enum AllForms {
  static func resident(_ f: AppFixture) throws -> Resident {
    try #require(try f.database.residents.list(for: f.session.actor).first)
  }

  static func relative(_ f: AppFixture) throws -> (Resident, Relative, [Relative]) {
    for r in try f.database.residents.list(for: f.session.actor) {
      let relatives = try RelativesWords.repository(f.session).overview(residentID: r.id, actor: f.session.actor)
        .relatives
      if let first = relatives.first { return (r, first, relatives) }
    }
    throw CancellationError()
  }

  static func episode(_ f: AppFixture) throws -> (ViolentEpisode, String) {
    let r = try resident(f)
    let e = try f.database.episodes.quickLog(
      QuickLog(residentID: r.id, occurredAt: f.context.clock().addingTimeInterval(-3600), summary: "Slog ud"),
      by: f.session.actor)
    return (e, r.name)
  }

  static func plan(_ f: AppFixture) throws -> PlanDocument {
    for r in try f.database.residents.list(for: f.session.actor) {
      if let doc = try f.database.plans.document(residentID: r.id, actor: f.session.actor),
        let goal = doc.goals.first, !goal.subGoals.isEmpty
      {
        return doc
      }
    }
    throw CancellationError()
  }

  static func report(_ f: AppFixture) throws -> ForceReport {
    try #require(try f.database.force.openQueue(actor: f.session.actor).first).report
  }

  static func incidentUnderReview(_ f: AppFixture) throws -> Incident {
    let queue = try f.database.incidents.queue(by: f.session.actor)
    let id = try #require(queue.first { $0.status == .underReview }?.id)
    return try f.database.incidents.get(id, by: f.session.actor)
  }

  static let all: [FormEntry] =
    residents + episodes + relatives + health + plans + incidents + accounts + rights
}

extension AllForms {
  static let residents: [FormEntry] = [
    FormEntry(name: "note", user: "personale") { f in
      NoteFormScreen.make(session: f.session, resident: try resident(f), editing: nil, context: f.context)
    },
    FormEntry(name: "resident.new", user: "leder") { f in
      ResidentFormScreen.make(session: f.session, context: f.context)
    },
    FormEntry(name: "resident.edit", user: "leder") { f in
      ResidentEditScreen.make(session: f.session, resident: try resident(f), context: f.context)
    },
    FormEntry(name: "signIn", user: nil) { f in SignInScreen(flow: f.flow) },
    FormEntry(name: "lockedQuickLog", user: nil) { f in LockedQuickLogScreen(flow: f.flow, username: "", locked: true)
    },
    FormEntry(name: "firstRun", user: nil) { f in FirstRunScreen(flow: f.flow) },
  ]

  static let episodes: [FormEntry] =
    [
      FormEntry(name: "quickLog", user: "nattevagt") { f in QuickLogScreen.make(session: f.session, context: f.context)
      },
      FormEntry(name: "episode.complete", user: "nattevagt") { f in
        let (e, name) = try episode(f)
        return CompletionForm.make(session: f.session, episode: e, residentName: name, context: f.context)
      },
      FormEntry(name: "risk.check", user: "nattevagt") { f in
        let r = try #require(try f.database.risk.atRisk(actor: f.session.actor).first)
        return RiskCheckScreen.form(session: f.session, resident: r, context: f.context)
      },
    ]
    + FollowUpForms.Kind.allCases.map { kind in
      FormEntry(name: "episode.step.\(kind.rawValue)", user: "leder") { f in
        FollowUpForms.make(kind, session: f.session, episode: try episode(f).0, context: f.context)
      }
    }
    + ForceForm.Kind.allCases.map { kind in
      FormEntry(name: "force.\(kind.rawValue)", user: "nattevagt") { f in
        ForceFormScreen.make(session: f.session, kind: kind, episode: try episode(f).0, context: f.context)
      }
    }
    + ForceStepForms.Step.allCases.map { step in
      FormEntry(name: "force.step.\(step.rawValue)", user: "leder") { f in
        ForceStepForms.make(step, session: f.session, report: try report(f), context: f.context)
      }
    }

  static let relatives: [FormEntry] = [
    FormEntry(name: "rel.relative", user: "personale") { f in
      RelativeFormScreen.make(session: f.session, resident: try relative(f).0, editing: nil, context: f.context)
    },
    FormEntry(name: "rel.consent", user: "personale") { f in
      let (r, rel, _) = try relative(f)
      return ConsentFormScreen.make(session: f.session, resident: r, relative: rel, context: f.context)
    },
    FormEntry(name: "rel.contact", user: "personale") { f in
      let (r, rel, _) = try relative(f)
      return ContactFormScreen.make(session: f.session, resident: r, relativeID: rel.id, context: f.context)
    },
    FormEntry(name: "rel.expectations", user: "personale") { f in
      ExpectationsFormScreen.make(session: f.session, resident: try relative(f).0, current: nil, context: f.context)
    },
    FormEntry(name: "rel.guardianship", user: "personale") { f in
      let (r, _, all) = try relative(f)
      return GuardianshipFormScreen.make(
        session: f.session, resident: r, relatives: all, editing: nil, context: f.context)
    },
    FormEntry(name: "rel.policy", user: "leder") { f in HomeFormScreen.policy(session: f.session, context: f.context) },
    FormEntry(name: "rel.meeting", user: "leder") { f in HomeFormScreen.meeting(session: f.session, context: f.context)
    },
    FormEntry(name: "rel.request", user: "leder") { f in
      HomeFormScreen.request(session: f.session, editing: nil, context: f.context)
    },
    FormEntry(name: "rel.volunteer", user: "leder") { f in
      HomeFormScreen.volunteer(session: f.session, context: f.context)
    },
  ]

  static let health: [FormEntry] = [
    FormEntry(name: "screening", user: "personale") { f in
      let r = try resident(f)
      let item = try #require(try f.database.health.overview(residentID: r.id, actor: f.session.actor).items.first)
      return ScreeningFormScreen.make(session: f.session, resident: r, template: item.template, context: f.context)
    },
    FormEntry(name: "screening.assign", user: "personale") { f in
      let r = try resident(f)
      let o = try f.database.health.overview(residentID: r.id, actor: f.session.actor)
      return ScreeningAssignmentFormScreen.make(
        session: f.session, resident: r, choices: o.unassigned, context: f.context)
    },
    FormEntry(name: "screening.assign.edit", user: "leder") { f in
      let r = try resident(f)
      let item = try #require(try f.database.health.overview(residentID: r.id, actor: f.session.actor).items.first)
      return ScreeningAssignmentFormScreen.make(session: f.session, resident: r, editing: item, context: f.context)
    },
    FormEntry(name: "health.consent", user: "personale") { f in
      HealthConsentFormScreen.make(session: f.session, resident: try resident(f), context: f.context)
    },
    FormEntry(name: "health.template", user: "admin") { f in
      TemplateFormScreen.make(session: f.session, editing: nil, context: f.context)
    },
    FormEntry(name: "health.seen", user: "leder") { f in
      let flagged = try #require(try f.database.health.flagList(actor: f.session.actor).first)
      return ScreeningSeenScreen.make(
        session: f.session, flagged: flagged, template: f.session.screeningTemplate(flagged.screening.templateKey),
        context: f.context)
    },
  ]

  static let plans: [FormEntry] = [
    FormEntry(name: "plan.wish", user: "personale") { f in
      let doc = try plan(f)
      return WishFormScreen.make(session: f.session, resident: doc.resident, plan: doc.plan, context: f.context)
    },
    FormEntry(name: "plan.goal", user: "personale") { f in
      GoalFormScreen.make(session: f.session, doc: try plan(f), goal: nil, context: f.context)
    },
    FormEntry(name: "plan.subGoal", user: "personale") { f in
      let doc = try plan(f)
      return SubGoalFormScreen.make(
        session: f.session, doc: doc, goal: doc.goals[0].goal, subGoal: nil, context: f.context)
    },
    FormEntry(name: "plan.intervention", user: "personale") { f in
      let doc = try plan(f)
      return InterventionFormScreen.make(
        session: f.session, doc: doc, subGoal: doc.goals[0].subGoals[0].subGoal, context: f.context)
    },
    FormEntry(name: "plan.progress", user: "personale") { f in
      let doc = try plan(f)
      return ProgressFormScreen.make(
        session: f.session, residentID: doc.resident.id, subGoal: doc.goals[0].subGoals[0].subGoal, value: "",
        context: f.context)
    },
    FormEntry(name: "plan.followUp", user: "personale") { f in
      FollowUpScreen.make(session: f.session, doc: try plan(f), context: f.context)
    },
    FormEntry(name: "plan.correct", user: "personale") { f in
      let doc = try plan(f)
      let node = try #require(doc.goals.flatMap(\.subGoals).first { !$0.history.isEmpty })
      return ProgressCorrectionScreen.make(
        session: f.session, residentID: doc.resident.id, subGoal: node.subGoal, entry: try #require(node.history.last),
        context: f.context)
    },
  ]

  static let incidents: [FormEntry] = [
    FormEntry(name: "incident.new", user: "personale") { f in
      IncidentFormScreen.make(session: f.session, context: f.context)
    },
    FormEntry(name: "incident.review", user: "leder") { f in
      IncidentReviewScreen(session: f.session, incident: try incidentUnderReview(f), context: f.context)
    },
    FormEntry(name: "incident.reject", user: "leder") { f in
      IncidentRejectForm.make(
        session: f.session, incident: try incidentUnderReview(f), reason: .duplicate, context: f.context
      ) { _ in }
    },
  ]

  static let accounts: [FormEntry] = [
    FormEntry(name: "account.new", user: "admin") { f in AccountFormScreen.make(session: f.session, context: f.context)
    },
    FormEntry(name: "account.temp", user: "leder") { f in AccountFormScreen.make(session: f.session, context: f.context)
    },
    FormEntry(name: "account.password", user: "admin") { f in
      let account = try #require(try f.database.accounts.list(for: f.session.actor).first { $0.role == .staff })
      return PasswordResetScreen.make(session: f.session, account: account, context: f.context)
    },
    FormEntry(name: "unit.new", user: "admin") { f in UnitFormScreen.make(session: f.session, context: f.context) },
    FormEntry(name: "home.settings", user: "admin") { f in
      HomeSettingsScreen.make(session: f.session, context: f.context)
    },
  ]

  static let rights: [FormEntry] = [
    FormEntry(name: "retention", user: "admin") { f in
      RetentionFormScreen.make(session: f.session, kind: .notes, current: nil, context: f.context)
    }
  ]
}
