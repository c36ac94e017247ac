import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

enum WishField: String, FormFieldID { case wish, start, next }
enum GoalField: String, FormFieldID { case title, theme, type, functional, support, responsible, outside }

/// What the plan forms share: the heading, the confirmation, and a message on every save.
enum PlanForm {
  static func finish<ID>(_ screen: FormScreen<ID>, heading: String, about: String) -> FormScreen<ID> {
    screen.header = { _ in [(heading, .header)] }
    screen.labelWidth = 20
    screen.draftAbout = { _ in about }
    return screen
  }
}

/// Making a plan or editing its wish and dates.
enum WishFormScreen {
  static func make(session: Session, resident: Resident, plan: Plan?, context: AppContext) -> FormScreen<WishField> {
    let t = context.texts
    var fields: [FieldSpec<WishField>] = [
      .area(.wish, t("plans.field.wish"), plan?.wish ?? "", height: 4, required: true),
      .date(
        .start, t("plans.field.start"), plan?.startDate ?? CalendarDay(context.clock(), in: session.timeZone),
        required: true),
    ]
    if let plan { fields.append(.date(.next, t("plans.field.nextFollowUp"), plan.nextFollowUp, required: true)) }
    let screen = FormScreen<WishField>(
      title: t(plan == nil ? "plans.new.title" : "plans.edit.title"), context: context, fields: fields,
      draftKey: "plan.wish.\(resident.id).\(plan?.id ?? 0)"
    ) { s, context in
      guard let start = s.day(.start) else { throw FieldProblem(WishField.start, context.texts("form.required")) }
      if var plan {
        guard let next = s.day(.next) else { throw FieldProblem(WishField.next, context.texts("form.required")) }
        plan.wish = s.raw(.wish)
        plan.startDate = start
        plan.nextFollowUp = next
        _ = try session.database.plans.update(plan, by: session.actor)
      } else {
        _ = try session.database.plans.create(
          NewPlan(residentID: resident.id, wish: s.raw(.wish), startDate: start), by: session.actor)
      }
      return FormSaved(context.texts("plans.saved"))
    }
    return PlanForm.finish(screen, heading: t("plans.for", resident.name), about: resident.name)
  }
}

/// The choices for who is responsible, kept by key ("coordinator", "staff.12" …).
struct ResponsibleChoice {
  var options: [ChoiceOption]
  static let inherit = "inherit"

  /// `inherit`: a first option "as the goal".
  init(doc: PlanDocument, current: ResponsibleParty?, inherit: Bool, texts t: Texts, catalog: PlanCatalog) {
    let w = PlanTexts.wording(t, catalog)
    options =
      (inherit ? [ChoiceOption(Self.inherit, t("plans.responsible.inherit"))] : []) + [
        ChoiceOption(Self.key(.coordinator), w.responsible(.coordinator, name: doc.coordinatorName)),
        ChoiceOption(Self.key(.contactPerson), w.responsible(.contactPerson, name: doc.contactPersonName)),
        ChoiceOption(Self.key(.outside("")), t("plans.responsible.outside")),
      ]
    if case .staff(let id)? = current {
      options.append(ChoiceOption(Self.key(.staff(id)), doc.staffNames[id] ?? t("plans.responsible.staff")))
    }
  }

  static func key(_ p: ResponsibleParty?) -> String {
    switch p {
    case nil: return inherit
    case .coordinator?: return "coordinator"
    case .contactPerson?: return "contactPerson"
    case .outside?: return "outside"
    case .staff(let id)?: return "staff.\(id)"
    }
  }

  static func party(_ key: String?, outsideName: String) -> ResponsibleParty? {
    switch key {
    case "coordinator": return .coordinator
    case "contactPerson": return .contactPerson
    case "outside": return .outside(outsideName)
    case let k? where k.hasPrefix("staff."): return AccountID(k.dropFirst(6)).map { .staff($0) }
    default: return nil
    }
  }

  static func outsideName(_ p: ResponsibleParty?) -> String {
    if case .outside(let n)? = p { return n }
    return ""
  }
}

/// A new goal or an edited one: text, VUM theme, goal type, levels, responsible.
enum GoalFormScreen {
  static func make(session: Session, doc: PlanDocument, goal: Goal?, context: AppContext) -> FormScreen<GoalField> {
    let t = context.texts
    let c = session.catalogues.plans
    let lang = t.language.rawValue
    let responsible = ResponsibleChoice(
      doc: doc, current: goal?.responsible, inherit: false, texts: t, catalog: session.catalogues.plans)
    let levels = c.levels.map { ChoiceOption($0.id, $0.label.text(lang)) }
    let screen = FormScreen<GoalField>(
      title: t(goal == nil ? "plans.goal.new" : "plans.goal.edit"), context: context,
      fields: [
        .text(.title, t("plans.field.goal"), goal?.title ?? "", required: true),
        .choice(
          .theme, t("plans.field.theme"), c.themes.map { ChoiceOption($0.id, $0.label.text(lang)) }, goal?.themeID,
          required: true),
        .choice(
          .type, t("plans.field.goalType"), c.goalTypes.map { ChoiceOption($0.id, $0.label.text(lang)) },
          goal?.goalTypeID ?? c.goalTypes.first?.id, required: true),
        .choice(
          .functional, t("plans.field.functional"), levels, goal?.functionalLevelID ?? c.notAssessed?.id, required: true
        ),
        .choice(.support, t("plans.field.support"), levels, goal?.supportNeedID ?? c.notAssessed?.id, required: true),
        .choice(
          .responsible, t("plans.field.responsible"), responsible.options,
          ResponsibleChoice.key(goal?.responsible ?? .contactPerson), required: true),
        .text(.outside, t("plans.field.outsideName"), ResponsibleChoice.outsideName(goal?.responsible)),
      ],
      draftKey: goal.map { "plan.goalEdit.\(doc.resident.id).\($0.id)" }
        ?? "plan.goal.\(doc.resident.id).\(doc.plan.id)"
    ) { s, context in
      guard let theme = s.choice(.theme), let type = s.choice(.type), let fl = s.choice(.functional),
        let sn = s.choice(.support)
      else { throw FieldProblem(GoalField.theme, context.texts("form.required")) }
      let fields = GoalFields(
        title: s.raw(.title), themeID: theme, goalTypeID: type, functionalLevelID: fl, supportNeedID: sn,
        responsible: ResponsibleChoice.party(s.choice(.responsible), outsideName: s.raw(.outside)) ?? .contactPerson)
      if var goal {
        goal.title = fields.title
        goal.themeID = fields.themeID
        goal.goalTypeID = fields.goalTypeID
        goal.functionalLevelID = fields.functionalLevelID
        goal.supportNeedID = fields.supportNeedID
        goal.responsible = fields.responsible
        _ = try session.database.plans.updateGoal(goal, catalog: c, by: session.actor)
      } else {
        _ = try session.database.plans.addGoal(
          NewGoal(planID: doc.plan.id, fields: fields), catalog: c, by: session.actor)
      }
      return FormSaved(context.texts("plans.saved"))
    }
    return PlanForm.finish(screen, heading: t("plans.for", doc.resident.name), about: doc.resident.name)
  }
}
