import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// The fields of the template form: name and interval, five per measure (by its place, one to
/// four), and the flag rules.
enum TemplateField: FormFieldID {
  case name, interval, change, percent, period, flagYes
  case measure(Int, Part)

  enum Part: String, Sendable { case name, kind, unit, valid, normal }

  var key: String {
    switch self {
    case .measure(let i, let part): return "m\(i).\(part.rawValue)"
    case .name: return "name"
    case .interval: return "interval"
    case .change: return "change"
    case .percent: return "percent"
    case .period: return "period"
    case .flagYes: return "flagYes"
    }
  }
}

/// A screening template of the home's own, new or edited (admin): name, interval, up to four
/// measures (a number with unit, valid and normal range; a yes/no question; a short text),
/// and the flag rules (a change beyond a limit within a period; any yes). Kept as a draft
/// while typed; a problem the core finds goes on its field.
enum TemplateFormScreen {
  static let noMeasure = "none"

  static func make(session: Session, editing: ScreeningTemplate?, context: AppContext) -> FormScreen<TemplateField> {
    let t = context.texts
    let version = editing.flatMap { try? session.database.health.templateVersion(key: $0.key) }
    let input = editing.map { TemplateInput(template: $0, language: t.language.rawValue) } ?? TemplateInput()
    let kinds = TemplateInput.Measure.Kind.allCases.map {
      ChoiceOption("\($0.rawValue)", t("health.templates.kind.\($0)"))
    }
    var fields: [FieldSpec<TemplateField>] = [
      .text(.name, t("health.templates.field.name"), input.name, required: true, max: 60),
      .text(.interval, t("health.templates.field.interval"), input.interval, required: true, max: 6),
    ]
    for i in 0..<TemplateInput.maxMeasures {
      let m = input.measures.indices.contains(i) ? input.measures[i] : TemplateInput.Measure()
      fields += [
        .text(.measure(i, .name), t("health.templates.field.measure", i + 1), m.name, max: 40),
        .choice(.measure(i, .kind), t("health.templates.field.kind"), kinds, "\(m.kind.rawValue)"),
        .text(.measure(i, .unit), t("health.templates.field.unit"), m.unit, max: 12),
        .text(.measure(i, .valid), t("health.templates.field.valid"), m.valid, max: 20),
        .text(.measure(i, .normal), t("health.templates.field.normal"), m.normal, max: 20),
      ]
    }
    let measures =
      [ChoiceOption(noMeasure, t("health.templates.field.changeNone"))]
      + (0..<TemplateInput.maxMeasures).map { ChoiceOption("\($0)", t("health.templates.field.measure", $0 + 1)) }
    fields += [
      .choice(.change, t("health.templates.field.change"), measures, input.changeMeasure.map(String.init) ?? noMeasure),
      .text(.percent, t("health.templates.field.percent"), input.changePercent, max: 6),
      .text(.period, t("health.templates.field.period"), input.changePeriod, max: 6),
      .yesNo(.flagYes, t("health.templates.field.flagYes"), input.flagYes),
    ]
    let screen = FormScreen<TemplateField>(
      title: t(editing == nil ? "health.templates.form.new" : "health.templates.form.edit"), context: context,
      fields: fields, draftKey: editing.map { "health.template.edit.\($0.key)" } ?? "health.template.new"
    ) { s, context in
      let t = context.texts
      let health = session.database.health
      let key =
        editing?.key
        ?? TemplateInput.key(
          forName: s.raw(.name),
          taken: Set(((try? health.templates()) ?? []).map(\.key) + health.builtInTemplates.map(\.key)))
      let template: ScreeningTemplate
      do {
        template = try typed(s, editing: editing).template(key: key)
      } catch let problem as TemplateInput.Problem {
        let (field, message) = describe(problem, t)
        throw FieldProblem(field, message)
      }
      try health.saveTemplate(template, expectedVersion: editing == nil ? nil : version, by: session.actor)
      return FormSaved(t("health.templates.saved"))
    }
    screen.header = { context in [(context.texts("health.templates.form.help"), .muted)] }
    screen.labelWidth = 26
    return screen
  }

  /// What is typed, as the input the core checks.
  static func typed(_ s: FormReading<TemplateField>, editing: ScreeningTemplate?) -> TemplateInput {
    var input = TemplateInput(name: s.raw(.name), interval: s.raw(.interval))
    let saved = editing.map { TemplateInput(template: $0).measures } ?? []
    for i in 0..<TemplateInput.maxMeasures {
      input.measures.append(
        TemplateInput.Measure(
          key: saved.indices.contains(i) ? saved[i].key : nil, name: s.raw(.measure(i, .name)),
          kind: Int(s.choice(.measure(i, .kind)) ?? "").flatMap(TemplateInput.Measure.Kind.init(rawValue:)) ?? .number,
          unit: s.raw(.measure(i, .unit)), valid: s.raw(.measure(i, .valid)), normal: s.raw(.measure(i, .normal))))
    }
    input.changeMeasure = s.choice(.change).flatMap { Int($0) }
    input.changePercent = s.raw(.percent)
    input.changePeriod = s.raw(.period)
    input.flagYes = s.flag(.flagYes) == true
    return input
  }

  static func restore(key: String, session: Session, context: AppContext) -> FormScreen<TemplateField>? {
    guard HealthAccess.canEditTemplates(actor: session.actor) else { return nil }
    if key == "health.template.new" { return make(session: session, editing: nil, context: context) }
    let prefix = "health.template.edit."
    guard key.hasPrefix(prefix), let template = session.screeningTemplate(String(key.dropFirst(prefix.count))),
      template.isCustom
    else { return nil }
    return make(session: session, editing: template, context: context)
  }

  /// The field a problem belongs to and its message.
  static func describe(_ p: TemplateInput.Problem, _ t: Texts) -> (TemplateField, String) {
    switch p {
    case .emptyName: return (.name, t("health.templates.error.name"))
    case .invalidInterval: return (.interval, t("health.templates.error.interval"))
    case .noMeasures: return (.measure(0, .name), t("health.templates.error.noMeasures"))
    case .duplicateName(let i): return (.measure(i, .name), t("health.templates.error.duplicateName"))
    case .missingUnit(let i): return (.measure(i, .unit), t("health.templates.error.unit"))
    case .invalidRange(let i, let normal):
      return (.measure(i, normal ? .normal : .valid), t("health.templates.error.range"))
    case .missingValidRange(let i): return (.measure(i, .valid), t("health.templates.error.validNeeded"))
    case .minAboveMax(let i, let normal):
      return (.measure(i, normal ? .normal : .valid), t("health.templates.error.minAboveMax"))
    case .normalOutsideValid(let i): return (.measure(i, .normal), t("health.templates.error.normalOutsideValid"))
    case .changeNeedsNumber: return (.change, t("health.templates.error.changeMeasure"))
    case .invalidPercent: return (.percent, t("health.templates.error.percent"))
    case .invalidPeriod: return (.period, t("health.templates.error.period"))
    }
  }
}
