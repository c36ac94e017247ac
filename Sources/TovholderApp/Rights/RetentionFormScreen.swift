import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// Sets the retention period of one kind of record and the rule it follows (admin). Two
/// fields: the period as typed ("5 år", "18 mdr"; empty keeps the kind until a period is set)
/// and the rule. What is typed is kept as a draft (`retention.<kind>`).
final class RetentionFormScreen: AutosavingDraftForm {
  let session: Session
  let kind: RetentionKind
  var form: FormState
  var lastSavedPayload: String?
  private let initialPayload: String
  /// Called after a save, so the list shows the new period.
  var onSaved: (() -> Void)?

  init(session: Session, kind: RetentionKind, current: RetentionRule?, context: AppContext) {
    self.session = session
    self.kind = kind
    let t = context.texts
    let period = current?.months.map { RightsWords.period($0, t) } ?? ""
    form = FormState(
      fields: [
        .text(id: "period", label: t("rights.retention.field.period"), text: period, maxLength: 20),
        .text(
          id: "rule", label: t("rights.retention.field.rule"), text: current?.rule ?? "",
          maxLength: RetentionRule.maximumRuleLength),
      ], requiredMessage: t("form.required"))
    initialPayload = DraftCoding.encode(form.values)
    if let saved = loadDraft(context: context) { form.setValues(DraftCoding.decode(saved)) }
    lastSavedPayload = draftPayload()
  }

  var draftKey: String { "retention.\(kind.rawValue)" }

  func draftPayload() -> String? {
    let payload = DraftCoding.encode(form.values)
    return payload == initialPayload ? nil : payload
  }

  func title(_ context: AppContext) -> String {
    context.texts("rights.retention.form.title", RightsWords.kind(kind, context.texts))
  }

  var scopes: [CommandScope] { [.form] }
  var isEditingText: Bool { true }

  func draw(into buffer: inout Buffer, area: Rect, context: AppContext) -> Point? {
    let inner = area.inset(horizontal: 1, vertical: 0)
    buffer.put(
      RightsWords.kind(kind, context.texts), x: inner.x, y: inner.y, maxWidth: inner.width, style: .header)
    buffer.put(
      context.texts("rights.retention.form.help"), x: inner.x, y: inner.y + 1, maxWidth: inner.width, style: .muted)
    let formArea = Rect(x: inner.x, y: inner.y + 3, width: inner.width, height: max(0, inner.height - 3))
    Form(labelWidth: min(12, inner.width / 3)).render(into: &buffer, area: formArea, state: &form)
    return form.cursor
  }

  func perform(_ command: CommandID, context: AppContext) -> ScreenAction {
    command == .save ? save(context) : .unhandled
  }

  func hints(context: AppContext) -> [(String, String)] { [(context.keyName(.save), context.texts("cmd.save"))] }

  func handle(_ key: Key, context: AppContext) -> ScreenAction {
    handleFormKey(key, context: context, save: save)
  }

  /// Reads the period (empty clears it), saves with the rule, or shows what is wrong at the
  /// field and keeps everything as typed.
  func save(_ context: AppContext) -> ScreenAction {
    let t = context.texts
    let periodText = form.value("period").trimmingCharacters(in: .whitespaces)
    var months: Int?
    if !periodText.isEmpty {
      do { months = try RetentionPeriod.months(from: periodText) } catch {
        return refuse(error.message(t), field: "period", context)
      }
    }
    do {
      try session.database.retention.setRule(kind, months: months, rule: form.value("rule"), by: session.actor)
    } catch .retention(let e) {
      return refuse(e.message(t), field: e == .ruleMissing || e == .ruleTooLong ? "rule" : "period", context)
    } catch {
      saveDraft(context: context)
      context.show(ErrorMessages.describe(error, t), kind: .error, seconds: 15)
      return .stay
    }
    discardDraft(context: context)
    lastSavedPayload = nil
    let name = RightsWords.kind(kind, t)
    context.show(months == nil ? t("rights.retention.cleared", name) : t("rights.retention.saved", name))
    onSaved?()
    return .pop
  }

  private func refuse(_ message: String, field: String, _ context: AppContext) -> ScreenAction {
    form.setMessage(message, for: field)
    form.setFocus(id: field)
    saveDraft(context: context)
    return .stay
  }
}
