import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

extension TemplateFormScreen {
  /// Checks what is typed, saves the template and goes back to the list; a problem is shown
  /// at its field.
  func save(_ context: AppContext) -> ScreenAction {
    let t = context.texts
    guard form.validateAll() else { return .stay }
    let health = session.database.health
    let key =
      editing?.key
      ?? TemplateInput.key(
        forName: form.value("name"),
        taken: Set(((try? health.templates()) ?? []).map(\.key) + health.builtInTemplates.map(\.key)))
    let template: ScreeningTemplate
    do {
      template = try input.template(key: key)
    } catch {
      let (field, message) = Self.describe(error, t)
      form.setMessage(message, for: field)
      form.setFocus(id: field)
      return .stay
    }
    do {
      try health.saveTemplate(template, expectedVersion: editing == nil ? nil : version, by: session.actor)
    } catch {
      saveDraft(context: context)
      let message: String
      if case .health(let e) = error {
        message = HealthErrors.describe(e, t, template: editing)
      } else {
        message = ErrorMessages.describe(error, t)
      }
      context.show(message, kind: .error, seconds: 15)
      return .stay
    }
    discardDraft(context: context)
    onSaved?()
    context.show(t("health.templates.saved"))
    return .pop
  }

  /// The field a problem belongs to and its message.
  static func describe(_ p: TemplateInput.Problem, _ t: Texts) -> (String, String) {
    switch p {
    case .emptyName: return ("name", t("health.templates.error.name"))
    case .invalidInterval: return ("interval", t("health.templates.error.interval"))
    case .noMeasures: return (measureID(0, "name"), t("health.templates.error.noMeasures"))
    case .duplicateName(let i): return (measureID(i, "name"), t("health.templates.error.duplicateName"))
    case .missingUnit(let i): return (measureID(i, "unit"), t("health.templates.error.unit"))
    case .invalidRange(let i, let normal):
      return (measureID(i, normal ? "normal" : "valid"), t("health.templates.error.range"))
    case .missingValidRange(let i): return (measureID(i, "valid"), t("health.templates.error.validNeeded"))
    case .minAboveMax(let i, let normal):
      return (measureID(i, normal ? "normal" : "valid"), t("health.templates.error.minAboveMax"))
    case .normalOutsideValid(let i): return (measureID(i, "normal"), t("health.templates.error.normalOutsideValid"))
    case .changeNeedsNumber: return ("change", t("health.templates.error.changeMeasure"))
    case .invalidPercent: return ("percent", t("health.templates.error.percent"))
    case .invalidPeriod: return ("period", t("health.templates.error.period"))
    }
  }
}
