import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// Adds a screening to a resident (choose the template) or changes one: the interval
/// (`3m`, `14d`, `2u`, `1å`; empty = the template's), the first due day, who is responsible
/// (the contact person unless someone of the unit is named), and whether it still applies.
/// Kept as a draft while typed.
final class ScreeningAssignmentFormScreen: AutosavingDraftForm {
  let session: Session
  let resident: Resident
  let editing: HealthOverview.Item?
  let choices: [ScreeningTemplate]
  /// Who may be named responsible (staff of the unit), after the contact person.
  let people: [(id: AccountID, name: String)]
  var form: FormState
  var lastSavedPayload: String?
  private var initialValues: [String: String] = [:]

  init(session: Session, resident: Resident, editing: HealthOverview.Item, context: AppContext) {
    self.session = session
    self.resident = resident
    self.editing = editing
    self.choices = [editing.template]
    var people = Self.people(session: session, resident: resident)
    if let id = editing.assignment.responsibleID, !people.contains(where: { $0.id == id }) {
      people.append((id, editing.responsibleName ?? "–"))
    }
    self.people = people
    form = ScreeningAssignmentFormScreen.fields(
      context: context, choices: nil, interval: editing.assignment.interval, start: editing.assignment.startDay,
      template: editing.template, people: people, contactName: Self.contactName(resident, people, session: session),
      responsible: editing.assignment.responsibleID)
    restoreDraft(context)
  }

  init(session: Session, resident: Resident, choices: [ScreeningTemplate], context: AppContext) {
    self.session = session
    self.resident = resident
    self.editing = nil
    self.choices = choices
    people = Self.people(session: session, resident: resident)
    form = ScreeningAssignmentFormScreen.fields(
      context: context, choices: choices, interval: nil, start: CalendarDay(context.clock(), in: .danish),
      template: nil, people: people, contactName: Self.contactName(resident, people, session: session), responsible: nil
    )
    restoreDraft(context)
  }

  static func people(session: Session, resident: Resident) -> [(id: AccountID, name: String)] {
    (try? session.database.health.responsibleChoices(residentID: resident.id, actor: session.actor)) ?? []
  }

  static func contactName(_ r: Resident, _ people: [(id: AccountID, name: String)], session: Session) -> String? {
    guard let id = r.contactPersonID else { return nil }
    return people.first { $0.id == id }?.name ?? (try? session.database.accounts.fetch(id: id))?.displayName
  }

  private func restoreDraft(_ context: AppContext) {
    initialValues = form.values
    if let payload = loadDraft(context: context) { apply(DraftCoding.decode(payload)) }
    lastSavedPayload = draftPayload()
  }

  var draftKey: String {
    "screening.assign.\(resident.id)" + (editing.map { ".\($0.template.key)" } ?? "")
  }

  /// The values, with the template by key and the responsible person by account id: the
  /// lists may have changed before the draft is re-opened.
  func draftPayload() -> String? {
    var values = form.values
    guard values != initialValues else { return nil }
    if let i = Int(values["template"] ?? ""), choices.indices.contains(i) { values["template"] = choices[i].key }
    values["responsible"] = responsibleID.map(String.init) ?? ""
    return DraftCoding.encode(values)
  }

  private func apply(_ draft: [String: String]) {
    var values = draft
    values["template"] = draft["template"].flatMap { key in choices.firstIndex { $0.key == key } }.map(String.init)
    values["responsible"] = String(
      draft["responsible"].flatMap(AccountID.init).flatMap { id in people.firstIndex { $0.id == id } }.map { $0 + 1 }
        ?? 0)
    form.setValues(values)
  }

  /// The form again from its draft key (`screening.assign.<resident>[.<template>]`).
  static func restore(key: String, session: Session, context: AppContext) -> ScreeningAssignmentFormScreen? {
    let parts = key.split(separator: ".").map(String.init)
    guard parts.count >= 3, let id = ResidentID(parts[2]),
      let resident = try? session.database.residents.fetch(id: id, actor: session.actor),
      let overview = try? session.database.health.overview(residentID: id, actor: session.actor)
    else { return nil }
    if parts.count == 4 {
      guard let item = overview.items.first(where: { $0.template.key == parts[3] }) else { return nil }
      return ScreeningAssignmentFormScreen(session: session, resident: resident, editing: item, context: context)
    }
    guard !overview.unassigned.isEmpty else { return nil }
    return ScreeningAssignmentFormScreen(
      session: session, resident: resident, choices: overview.unassigned, context: context)
  }

  static func fields(
    context: AppContext, choices: [ScreeningTemplate]?, interval: ScreeningInterval?, start: CalendarDay,
    template: ScreeningTemplate?, people: [(id: AccountID, name: String)], contactName: String?,
    responsible: AccountID?
  ) -> FormState {
    let t = context.texts
    let f = context.healthFormat
    var fields: [FormField] = []
    if let choices {
      fields.append(
        FormField(
          id: "template", label: t("health.assign.template"), isRequired: true,
          input: .choice(options: choices.map { $0.name.text(f.language) }, selected: nil)))
    }
    let standard = template.map { f.interval($0.interval) } ?? t("health.assign.templateDefault")
    fields.append(
      FormField.text(
        id: "interval", label: t("health.assign.interval", standard), text: interval?.description ?? "", maxLength: 6,
        validate: { text in
          text.trimmingCharacters(in: .whitespaces).isEmpty || ScreeningInterval(text) != nil
            ? nil : t("health.error.invalidInterval")
        }))
    fields.append(
      FormField(
        id: "start", label: t("health.assign.start"), isRequired: true,
        input: .date(DateFieldState(date: start))))
    let contact = contactName.map { t("health.assign.contactPerson", $0) } ?? t("health.assign.contactPersonNone")
    fields.append(
      FormField(
        id: "responsible", label: t("health.assign.responsible"),
        input: .choice(
          options: [contact] + people.map(\.name),
          selected: responsible.flatMap { id in people.firstIndex { $0.id == id }.map { $0 + 1 } } ?? 0)))
    if template != nil {
      fields.append(
        FormField(
          id: "active", label: t("health.assign.active"),
          input: .choice(options: [t("health.no"), t("health.yes")], selected: 1)))
    }
    return FormState(fields: fields, requiredMessage: t("form.required"))
  }

  func title(_ context: AppContext) -> String {
    context.texts(editing == nil ? "health.assign.title" : "health.assign.editTitle")
  }
  var scopes: [CommandScope] { [.form] }
  var isEditingText: Bool { true }

  func draw(into buffer: inout Buffer, area: Rect, context: AppContext) -> Point? {
    let inner = area.inset(horizontal: 1, vertical: 1)
    let name = editing.map { $0.template.name.text(context.texts.language.rawValue) + " – " } ?? ""
    buffer.put(name + resident.name, x: inner.x, y: inner.y, maxWidth: inner.width, style: .header)
    buffer.put(context.texts("health.assign.help"), x: inner.x, y: inner.y + 1, maxWidth: inner.width, style: .muted)
    let formArea = Rect(x: inner.x, y: inner.y + 3, width: inner.width, height: max(0, inner.height - 3))
    Form(labelWidth: min(30, inner.width / 2)).render(into: &buffer, area: formArea, state: &form)
    return form.cursor
  }

  func perform(_ command: CommandID, context: AppContext) -> ScreenAction {
    command == .save ? save(context) : .unhandled
  }

  func handle(_ key: Key, context: AppContext) -> ScreenAction {
    handleFormKey(key, context: context, save: save)
  }

  func hints(context: AppContext) -> [(String, String)] { [(context.keyName(.save), context.texts("cmd.save"))] }

  /// The person chosen, nil for the contact person.
  var responsibleID: AccountID? {
    let i = form.fields[form.index(of: "responsible")!].selectedOption ?? 0
    return i > 0 && people.indices.contains(i - 1) ? people[i - 1].id : nil
  }

  private func save(_ context: AppContext) -> ScreenAction {
    guard form.validateAll() else { return .stay }
    let interval = ScreeningInterval(form.value("interval"))
    let today = CalendarDay(context.clock(), in: .danish)
    guard let i = form.index(of: "start"), case .date(let ds) = form.fields[i].input,
      case .success(let start) = ds.value(today: today)
    else {
      form.setMessage(context.texts("health.error.date"), for: "start")
      return .stay
    }
    do {
      if let editing {
        var a = editing.assignment
        a.interval = interval
        a.startDay = start
        a.responsibleID = responsibleID
        a.isActive = form.fields[form.index(of: "active")!].selectedOption != 0
        try session.database.health.updateAssignment(a, by: session.actor)
      } else {
        guard let choice = form.fields[0].selectedOption else { return .stay }
        try session.database.health.assign(
          residentID: resident.id, templateKey: choices[choice].key, interval: interval, startDay: start,
          responsibleID: responsibleID, by: session.actor)
      }
      discardDraft(context: context)
      context.show(context.texts("health.assign.saved"))
      return .pop
    } catch {
      context.show(ErrorMessages.describe(error, context.texts), kind: .error, seconds: 15)
      return .stay
    }
  }
}
