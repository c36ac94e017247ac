import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// A screening template of the home's own, new or edited (admin): name, interval, up to four
/// measures (a number with unit, valid and normal range; a yes/no question; a short text),
/// and the flag rules (a change beyond a limit within a period; any yes). Kept as a draft
/// while typed.
final class TemplateFormScreen: AutosavingDraftForm {
  let session: Session
  /// The saved template being edited, with the version read; nil for a new one.
  let editing: ScreeningTemplate?
  let version: Int?
  var form: FormState
  private let initialValues: [String: String]
  var lastSavedPayload: String?
  /// Called after a successful save (the list reloads).
  var onSaved: (() -> Void)?

  init(session: Session, editing: ScreeningTemplate?, context: AppContext) {
    self.session = session
    self.editing = editing
    version = editing.flatMap { try? session.database.health.templateVersion(key: $0.key) }
    let input = editing.map { TemplateInput(template: $0, language: context.texts.language.rawValue) }
    form = TemplateFormScreen.fields(input ?? TemplateInput(), texts: context.texts)
    initialValues = form.values
    if let payload = loadDraft(context: context) { form.setValues(DraftCoding.decode(payload)) }
    lastSavedPayload = draftPayload()
  }

  static func measureID(_ i: Int, _ part: String) -> String { "m\(i).\(part)" }

  static func fields(_ input: TemplateInput, texts t: Texts) -> FormState {
    var fields: [FormField] = [
      FormField.text(
        id: "name", label: t("health.templates.field.name"), text: input.name, isRequired: true, maxLength: 60),
      FormField.text(
        id: "interval", label: t("health.templates.field.interval"), text: input.interval, isRequired: true,
        maxLength: 6),
    ]
    let kinds = TemplateInput.Measure.Kind.allCases.map { t("health.templates.kind.\($0)") }
    for i in 0..<TemplateInput.maxMeasures {
      let m = input.measures.indices.contains(i) ? input.measures[i] : TemplateInput.Measure()
      fields += [
        FormField.text(
          id: measureID(i, "name"), label: t("health.templates.field.measure", i + 1), text: m.name, maxLength: 40),
        FormField(
          id: measureID(i, "kind"), label: t("health.templates.field.kind"),
          input: .choice(options: kinds, selected: m.kind.rawValue)),
        FormField.text(id: measureID(i, "unit"), label: t("health.templates.field.unit"), text: m.unit, maxLength: 12),
        FormField.text(
          id: measureID(i, "valid"), label: t("health.templates.field.valid"), text: m.valid, maxLength: 20),
        FormField.text(
          id: measureID(i, "normal"), label: t("health.templates.field.normal"), text: m.normal, maxLength: 20),
      ]
    }
    let measureOptions =
      [t("health.templates.field.changeNone")]
      + (1...TemplateInput.maxMeasures).map { t("health.templates.field.measure", $0) }
    fields += [
      FormField(
        id: "change", label: t("health.templates.field.change"),
        input: .choice(options: measureOptions, selected: (input.changeMeasure ?? -1) + 1)),
      FormField.text(
        id: "percent", label: t("health.templates.field.percent"), text: input.changePercent, maxLength: 6),
      FormField.text(id: "period", label: t("health.templates.field.period"), text: input.changePeriod, maxLength: 6),
      FormField(
        id: "flagYes", label: t("health.templates.field.flagYes"),
        input: .choice(options: [t("health.no"), t("health.yes")], selected: input.flagYes ? 1 : 0)),
    ]
    return FormState(fields: fields, requiredMessage: t("form.required"))
  }

  /// What is typed, as the input the core checks.
  var input: TemplateInput {
    var input = TemplateInput(name: form.value("name"), interval: form.value("interval"))
    let saved = editing.map { TemplateInput(template: $0).measures } ?? []
    for i in 0..<TemplateInput.maxMeasures {
      func v(_ part: String) -> String { form.value(Self.measureID(i, part)) }
      let kind = form.fields[form.index(of: Self.measureID(i, "kind"))!].selectedOption ?? 0
      input.measures.append(
        TemplateInput.Measure(
          key: saved.indices.contains(i) ? saved[i].key : nil, name: v("name"),
          kind: TemplateInput.Measure.Kind(rawValue: kind) ?? .number, unit: v("unit"), valid: v("valid"),
          normal: v("normal")))
    }
    let change = form.fields[form.index(of: "change")!].selectedOption ?? 0
    input.changeMeasure = change == 0 ? nil : change - 1
    input.changePercent = form.value("percent")
    input.changePeriod = form.value("period")
    input.flagYes = form.fields[form.index(of: "flagYes")!].selectedOption == 1
    return input
  }

  var draftKey: String { editing.map { "health.template.edit.\($0.key)" } ?? "health.template.new" }

  func draftPayload() -> String? {
    let values = form.values
    return values == initialValues ? nil : DraftCoding.encode(values)
  }

  static func restore(key: String, session: Session, context: AppContext) -> TemplateFormScreen? {
    guard HealthAccess.canEditTemplates(actor: session.actor) else { return nil }
    if key == "health.template.new" { return TemplateFormScreen(session: session, editing: nil, context: context) }
    let prefix = "health.template.edit."
    guard key.hasPrefix(prefix), let template = session.screeningTemplate(String(key.dropFirst(prefix.count))),
      template.isCustom
    else { return nil }
    return TemplateFormScreen(session: session, editing: template, context: context)
  }

  func title(_ context: AppContext) -> String {
    context.texts(editing == nil ? "health.templates.form.new" : "health.templates.form.edit")
  }
  var scopes: [CommandScope] { [.form] }
  var isEditingText: Bool { true }

  func draw(into buffer: inout Buffer, area: Rect, context: AppContext) -> Point? {
    let inner = area.inset(horizontal: 1, vertical: 1)
    buffer.put(
      context.texts("health.templates.form.help"), x: inner.x, y: inner.y, maxWidth: inner.width, style: .muted)
    let formArea = Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: max(0, inner.height - 2))
    Form(labelWidth: min(26, inner.width / 2)).render(into: &buffer, area: formArea, state: &form)
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
