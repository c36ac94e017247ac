import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

enum AssignmentField: String, FormFieldID { case template, interval, start, responsible, active }

/// Adds a screening to a resident (choose the template) or changes one: the interval
/// (`3m`, `14d`, `2u`, `1å`; empty = the template's), the first due day, who is responsible
/// (the contact person unless someone of the unit is named), and whether it still applies.
/// Kept as a draft while typed; the template and the person are kept by key and id.
enum ScreeningAssignmentFormScreen {
  static let contactPerson = "contact"

  /// Changing the screening `editing`.
  static func make(session: Session, resident: Resident, editing: HealthOverview.Item, context: AppContext)
    -> FormScreen<AssignmentField>
  {
    var people = people(session: session, resident: resident)
    if let id = editing.assignment.responsibleID, !people.contains(where: { $0.id == id }) {
      people.append((id, editing.responsibleName ?? "–"))
    }
    return make(
      session: session, resident: resident, choices: nil, editing: editing, people: people,
      interval: editing.assignment.interval, start: editing.assignment.startDay, context: context)
  }

  /// Adding one of `choices` to the resident.
  static func make(session: Session, resident: Resident, choices: [ScreeningTemplate], context: AppContext)
    -> FormScreen<AssignmentField>
  {
    make(
      session: session, resident: resident, choices: choices, editing: nil,
      people: people(session: session, resident: resident), interval: nil,
      start: CalendarDay(context.clock(), in: session.timeZone), context: context)
  }

  private static func make(
    session: Session, resident: Resident, choices: [ScreeningTemplate]?, editing: HealthOverview.Item?,
    people: [(id: AccountID, name: String)], interval: ScreeningInterval?, start: CalendarDay, context: AppContext
  ) -> FormScreen<AssignmentField> {
    let t = context.texts
    let f = context.healthFormat
    var fields: [FieldSpec<AssignmentField>] = []
    if let choices {
      fields.append(
        .choice(
          .template, t("health.assign.template"), choices.map { ChoiceOption($0.key, $0.name.text(f.language)) }, nil,
          required: true))
    }
    let standard = editing.map { f.interval($0.template.interval) } ?? t("health.assign.templateDefault")
    fields.append(
      .text(.interval, t("health.assign.interval", standard), interval?.description ?? "", max: 6) { [t] text in
        ScreeningInterval(text) != nil ? nil : t("health.error.invalidInterval")
      })
    fields.append(.date(.start, t("health.assign.start"), start, required: true))
    let contact =
      contactName(resident, people, session: session).map { t("health.assign.contactPerson", $0) }
      ?? t("health.assign.contactPersonNone")
    fields.append(
      .choice(
        .responsible, t("health.assign.responsible"),
        [ChoiceOption(contactPerson, contact)] + people.map { ChoiceOption(id: $0.id, $0.name) },
        editing?.assignment.responsibleID.map(String.init) ?? contactPerson))
    if editing != nil {
      fields.append(.yesNo(.active, t("health.assign.active"), editing?.assignment.isActive ?? true))
    }
    let screen = FormScreen<AssignmentField>(
      title: t(editing == nil ? "health.assign.title" : "health.assign.editTitle"), context: context, fields: fields,
      draftKey: "screening.assign.\(resident.id)" + (editing.map { ".\($0.template.key)" } ?? "")
    ) { s, context in
      let interval = ScreeningInterval(s.text(.interval))
      guard let start = s.day(.start) else { throw FieldProblem(AssignmentField.start, context.texts("form.required")) }
      let responsible = s.rowID(.responsible)
      if let editing {
        var a = editing.assignment
        a.interval = interval
        a.startDay = start
        a.responsibleID = responsible
        a.isActive = s.flag(.active) != false
        try session.database.health.updateAssignment(a, by: session.actor)
      } else {
        guard let key = s.choice(.template) else {
          throw FieldProblem(AssignmentField.template, context.texts("form.required"))
        }
        try session.database.health.assign(
          residentID: resident.id, templateKey: key, interval: interval, startDay: start, responsibleID: responsible,
          by: session.actor)
      }
      return FormSaved(context.texts("health.assign.saved"))
    }
    screen.header = { context in
      let name = editing.map { $0.template.name.text(context.texts.language.rawValue) + " – " } ?? ""
      return [(name + resident.name, .header), (context.texts("health.assign.help"), .muted)]
    }
    screen.labelWidth = 30
    screen.draftAbout = { _ in resident.name }
    return screen
  }

  static func people(session: Session, resident: Resident) -> [(id: AccountID, name: String)] {
    (try? session.database.health.responsibleChoices(residentID: resident.id, actor: session.actor)) ?? []
  }

  static func contactName(_ r: Resident, _ people: [(id: AccountID, name: String)], session: Session) -> String? {
    guard let id = r.contactPersonID else { return nil }
    return people.first { $0.id == id }?.name ?? (try? session.database.accounts.fetch(id: id))?.displayName
  }

  /// The form again from its draft key (`screening.assign.<resident>[.<template>]`).
  static func restore(key: String, session: Session, context: AppContext) -> FormScreen<AssignmentField>? {
    let parts = key.split(separator: ".").map(String.init)
    guard parts.count >= 3, let id = ResidentID(parts[2]),
      let resident = try? session.database.residents.fetch(id: id, actor: session.actor),
      let overview = try? session.database.health.overview(residentID: id, actor: session.actor)
    else { return nil }
    if parts.count == 4 {
      guard let item = overview.items.first(where: { $0.template.key == parts[3] }) else { return nil }
      return make(session: session, resident: resident, editing: item, context: context)
    }
    guard !overview.unassigned.isEmpty else { return nil }
    return make(session: session, resident: resident, choices: overview.unassigned, context: context)
  }
}
