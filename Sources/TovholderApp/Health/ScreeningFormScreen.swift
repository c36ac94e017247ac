import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// Recording a screening: one field per value of the template, then date, time and a note.
/// Enter moves to the next field and saves from the last; Ctrl-S saves from anywhere. A value
/// outside the valid range is refused at its field; outside the normal range it is saved and
/// the flag is shown. Kept as a draft while typed.
final class ScreeningFormScreen: AutosavingDraftForm {
  let session: Session
  let resident: Resident
  let template: ScreeningTemplate
  var form: FormState
  let latest: Screening?
  var lastSavedPayload: String?
  /// Called after a successful save (the due list reloads).
  var onSaved: (() -> Void)?

  init(session: Session, resident: Resident, template: ScreeningTemplate, context: AppContext) {
    self.session = session
    self.resident = resident
    self.template = template
    let latest = try? session.database.health.history(
      residentID: resident.id, templateKey: template.key, actor: session.actor, limit: 1
    ).first
    self.latest = latest
    let t = context.texts
    let lang = t.language.rawValue
    var fields: [FormField] = template.fields.map { f in
      let label = f.name.text(lang)
      switch f.kind {
      case .number(let spec):
        let previous = f.carriesForward ? latest?.values[f.key]?.number : nil
        let text = previous.map { HealthEntry.format($0, decimals: spec.decimals, language: lang) } ?? ""
        return FormField.text(
          id: f.key, label: "\(label) (\(spec.unit))", text: text, isRequired: !f.isOptional, maxLength: 12,
          validate: ScreeningFormScreen.numberCheck(spec, name: label, texts: t))
      case .yesNo:
        return FormField(
          id: f.key, label: label, isRequired: !f.isOptional,
          input: .choice(options: [t("health.no"), t("health.yes")], selected: nil))
      case .text:
        return FormField.text(
          id: f.key, label: label, isRequired: !f.isOptional, maxLength: ScreeningRules.maxTextLength)
      }
    }
    let now = context.clock()
    let today = CalendarDay(now, in: session.timeZone)
    fields.append(
      FormField(
        id: "date", label: t("health.field.date"), isRequired: true,
        input: .date(DateFieldState(date: today))))
    fields.append(
      FormField(
        id: "time", label: t("health.field.time"), isRequired: true,
        input: .time(TimeFieldState(time: TimeOfDay(now, in: session.timeZone)))))
    fields.append(FormField.text(id: "note", label: t("health.field.note"), maxLength: ScreeningRules.maxNoteLength))
    form = FormState(fields: fields, requiredMessage: t("form.required"))
    if let payload = loadDraft(context: context) { apply(payload) }
    lastSavedPayload = draftPayload()
  }

  static func numberCheck(_ spec: ScreeningField.NumberSpec, name: String, texts t: Texts)
    -> @Sendable (String) -> String?
  {
    let lang = t.language.rawValue
    return { text in
      guard !text.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
      guard let n = HealthEntry.number(text) else { return t("health.error.notANumber") }
      guard spec.valid.contains(n) else {
        func fmt(_ v: Double) -> String { HealthEntry.format(v, decimals: v == v.rounded() ? 0 : 1, language: lang) }
        return t("health.error.outOfValidRange", name, fmt(spec.valid.lowerBound), fmt(spec.valid.upperBound))
      }
      return nil
    }
  }

  static func restore(key: String, payload: String, session: Session, context: AppContext) -> ScreeningFormScreen? {
    let parts = key.split(separator: ".")
    guard parts.count == 4, let id = ResidentID(parts[2]),
      let resident = try? session.database.residents.fetch(id: id, actor: session.actor),
      let template = session.screeningTemplate(String(parts[3]))
    else { return nil }
    return ScreeningFormScreen(session: session, resident: resident, template: template, context: context)
  }

  var draftKey: String { "screening.new.\(resident.id).\(template.key)" }

  func draftPayload() -> String? {
    var values: [String: String] = [:]
    for f in form.fields {
      if let choice = f.selectedOption {
        values[f.id] = "#\(choice)"
      } else if case .text = f.input {
        values[f.id] = f.value
      }
    }
    let typed = template.fields.contains { f in !(values[f.key] ?? "").isEmpty && !f.carriesForward }
    guard typed || !(values["note"] ?? "").isEmpty else { return nil }
    values["date"] = form.value("date")
    values["time"] = form.value("time")
    return DraftCoding.encode(values)
  }

  private func apply(_ payload: String) {
    let v = DraftCoding.decode(payload)
    for i in form.fields.indices {
      guard let value = v[form.fields[i].id] else { continue }
      switch form.fields[i].input {
      case .choice(let options, _): form.fields[i].input = .choice(options: options, selected: Int(value.dropFirst()))
      case .text(var s, let secret):
        s = TextFieldState(text: value, maxLength: s.maxLength)
        form.fields[i].input = .text(s, secret: secret)
      case .date: form.fields[i].input = .date(DateFieldState(date: CalendarDay(iso: value)))
      default: break
      }
    }
  }

  func title(_ context: AppContext) -> String { template.name.text(context.texts.language.rawValue) }
  var scopes: [CommandScope] { [.form] }
  var isEditingText: Bool { true }

  func draw(into buffer: inout Buffer, area: Rect, context: AppContext) -> Point? {
    let f = context.healthFormat
    let inner = area.inset(horizontal: 1, vertical: 1)
    let head = context.texts("health.form.for", template.name.text(f.language), resident.name)
    buffer.put(head, x: inner.x, y: inner.y, maxWidth: inner.width, style: .header)
    let last = latest.map { context.texts("health.form.last", f.day($0.day), f.values($0, template: template)) }
    buffer.put(
      last ?? context.texts("health.form.first"), x: inner.x, y: inner.y + 1, maxWidth: inner.width, style: .muted)
    let formArea = Rect(x: inner.x, y: inner.y + 3, width: inner.width, height: max(0, inner.height - 3))
    Form(labelWidth: min(24, inner.width / 3)).render(into: &buffer, area: formArea, state: &form)
    return form.cursor
  }

  func perform(_ command: CommandID, context: AppContext) -> ScreenAction {
    command == .save ? save(context) : .unhandled
  }

  func hints(context: AppContext) -> [(String, String)] { [(context.keyName(.save), context.texts("cmd.save"))] }

  func handle(_ key: Key, context: AppContext) -> ScreenAction {
    handleFormKey(key, context: context, save: save)
  }

}
