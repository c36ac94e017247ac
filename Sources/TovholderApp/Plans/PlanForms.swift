import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// Making a plan or editing its wish and dates.
final class WishFormScreen: PlanFormScreen {
  let plan: Plan?

  init(session: Session, resident: Resident, plan: Plan?, context: AppContext) {
    self.plan = plan
    let t = context.texts
    let today = CalendarDay(context.clock(), in: session.timeZone)
    var fields = [
      FormField(
        id: "wish", label: t("plans.field.wish"), isRequired: true,
        input: .area(TextAreaState(text: plan?.wish ?? ""), height: 4)),
      PlanFormScreen.dateField("start", t("plans.field.start"), plan?.startDate ?? today),
    ]
    if plan != nil {
      fields.append(PlanFormScreen.dateField("next", t("plans.field.nextFollowUp"), plan?.nextFollowUp))
    }
    super.init(
      session: session, residentID: resident.id, titleKey: plan == nil ? "plans.new.title" : "plans.edit.title",
      heading: t("plans.for", resident.name), draftKey: "plan.wish.\(resident.id).\(plan?.id ?? 0)", fields: fields,
      context: context)
  }

  override func submit(_ context: AppContext) throws -> ScreenAction? {
    guard let start = day("start", context: context) else { return nil }
    if var plan {
      guard let next = day("next", context: context) else { return nil }
      plan.wish = form.value("wish")
      plan.startDate = start
      plan.nextFollowUp = next
      _ = try session.database.plans.update(plan, by: session.actor)
    } else {
      _ = try session.database.plans.create(
        NewPlan(residentID: residentID, wish: form.value("wish"), startDate: start), by: session.actor)
    }
    return .pop
  }
}

/// The choices for who is responsible, and reading them back.
struct ResponsibleChoice {
  var parties: [ResponsibleParty?]
  var labels: [String]

  /// `inherit`: first option "as the goal" (nil).
  init(doc: PlanDocument, current: ResponsibleParty?, inherit: Bool, texts t: Texts, catalog: PlanCatalog) {
    let w = PlanTexts.wording(t, catalog)
    parties = (inherit ? [nil] : []) + [.coordinator, .contactPerson, .outside("")]
    labels =
      (inherit ? [t("plans.responsible.inherit")] : []) + [
        w.responsible(.coordinator, name: doc.coordinatorName),
        w.responsible(.contactPerson, name: doc.contactPersonName),
        t("plans.responsible.outside"),
      ]
    if case .staff(let id)? = current {
      parties.append(current)
      labels.append(doc.staffNames[id] ?? t("plans.responsible.staff"))
    }
  }

  func index(of p: ResponsibleParty?) -> Int {
    if case .outside? = p {
      return parties.firstIndex { if case .outside? = $0 { return true } else { return false } }!
    }
    return parties.firstIndex { $0 == p } ?? 0
  }

  func party(at i: Int?, outsideName: String) -> ResponsibleParty? {
    guard let i, parties.indices.contains(i) else { return parties.first ?? nil }
    if case .outside? = parties[i] { return .outside(outsideName) }
    return parties[i]
  }

  static func outsideName(_ p: ResponsibleParty?) -> String {
    if case .outside(let n)? = p { return n }
    return ""
  }
}

/// A new goal or an edited one: text, VUM theme, goal type, levels, responsible.
final class GoalFormScreen: PlanFormScreen {
  let doc: PlanDocument
  let goal: Goal?
  let responsible: ResponsibleChoice

  init(session: Session, doc: PlanDocument, goal: Goal?, context: AppContext) {
    self.doc = doc
    self.goal = goal
    let t = context.texts
    let c = session.catalogues.plans
    let lang = t.language.rawValue
    responsible = ResponsibleChoice(
      doc: doc, current: goal?.responsible, inherit: false, texts: t, catalog: session.catalogues.plans)
    func choice(_ id: String, _ label: String, _ ids: [String], _ labels: [String], _ current: String?) -> FormField {
      FormField(
        id: id, label: label, isRequired: true,
        input: .choice(options: labels, selected: current.flatMap { ids.firstIndex(of: $0) }))
    }
    let levels = c.levels
    let fields = [
      FormField.text(id: "title", label: t("plans.field.goal"), text: goal?.title ?? "", isRequired: true),
      choice("theme", t("plans.field.theme"), c.themes.map(\.id), c.themes.map { $0.label.text(lang) }, goal?.themeID),
      choice(
        "type", t("plans.field.goalType"), c.goalTypes.map(\.id), c.goalTypes.map { $0.label.text(lang) },
        goal?.goalTypeID ?? c.goalTypes.first?.id),
      choice(
        "functional", t("plans.field.functional"), levels.map(\.id), levels.map { $0.label.text(lang) },
        goal?.functionalLevelID ?? c.notAssessed?.id),
      choice(
        "support", t("plans.field.support"), levels.map(\.id), levels.map { $0.label.text(lang) },
        goal?.supportNeedID ?? c.notAssessed?.id),
      FormField(
        id: "responsible", label: t("plans.field.responsible"), isRequired: true,
        input: .choice(
          options: responsible.labels, selected: responsible.index(of: goal?.responsible ?? .contactPerson))),
      FormField.text(
        id: "outside", label: t("plans.field.outsideName"), text: ResponsibleChoice.outsideName(goal?.responsible)),
    ]
    super.init(
      session: session, residentID: doc.resident.id, titleKey: goal == nil ? "plans.goal.new" : "plans.goal.edit",
      heading: t("plans.for", doc.resident.name),
      draftKey: goal.map { "plan.goalEdit.\(doc.resident.id).\($0.id)" }
        ?? "plan.goal.\(doc.resident.id).\(doc.plan.id)",
      fields: fields, context: context)
  }

  override func submit(_ context: AppContext) throws -> ScreenAction? {
    let c = session.catalogues.plans
    guard let theme = choice("theme"), let type = choice("type"), let fl = choice("functional"),
      let sn = choice("support")
    else { return nil }
    let fields = GoalFields(
      title: form.value("title"), themeID: c.themes[theme].id, goalTypeID: c.goalTypes[type].id,
      functionalLevelID: c.levels[fl].id, supportNeedID: c.levels[sn].id,
      responsible: responsible.party(at: choice("responsible"), outsideName: form.value("outside")) ?? .contactPerson)
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
    return .pop
  }
}
