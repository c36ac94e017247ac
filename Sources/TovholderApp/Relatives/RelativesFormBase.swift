import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// What the relatives forms share: a heading, a `Form`, Enter to the next field (saving on
/// the last), Ctrl-S to save, and every key kept as a draft under `draftKey` (re-opened by
/// `RelativesArea.restoreDraft`). A subclass gives the fields and `commit`.
class RelativesFormBase: AutosavingDraftForm {
  let session: Session
  let heading: String
  let titleText: String
  /// `rel.<form>.<resident or 0>.<record or 0>`.
  let draftKey: String
  var form: FormState
  private var initialPayload: String?
  var lastSavedPayload: String?

  init(
    session: Session, title: String, heading: String, draftKey: String, fields: [FormField], context: AppContext
  ) {
    self.session = session
    self.titleText = title
    self.heading = heading
    self.draftKey = draftKey
    form = FormState(fields: fields, requiredMessage: context.texts("form.required"))
    initialPayload = DraftCoding.encode(form.values)
    if let saved = loadDraft(context: context) { form.setValues(DraftCoding.decode(saved)) }
    lastSavedPayload = draftPayload()
  }

  /// Field id → value as typed (a choice as its index); nil while nothing was changed.
  func draftPayload() -> String? {
    let payload = DraftCoding.encode(form.values)
    return payload == initialPayload ? nil : payload
  }

  func title(_ context: AppContext) -> String { titleText }
  var scopes: [CommandScope] { [.form] }
  var isEditingText: Bool { true }

  func draw(into buffer: inout Buffer, area: Rect, context: AppContext) -> Point? {
    let inner = area.inset(horizontal: 1, vertical: 0)
    buffer.put(heading, x: inner.x, y: inner.y, maxWidth: inner.width, style: .header)
    let formArea = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: max(0, inner.height - 1))
    Form(labelWidth: min(20, inner.width / 3)).render(into: &buffer, area: formArea, state: &form)
    return form.cursor
  }

  func perform(_ command: CommandID, context: AppContext) -> ScreenAction {
    command == .save ? save(context) : .unhandled
  }

  func hints(context: AppContext) -> [(String, String)] {
    [(context.keyName(.save), context.texts("cmd.save"))]
  }

  func handle(_ key: Key, context: AppContext) -> ScreenAction {
    handleFormKey(key, context: context, save: save)
  }

  /// Validates, then `commit`; an error is shown and the form stays as typed.
  func save(_ context: AppContext) -> ScreenAction {
    guard form.validateAll() else { return .stay }
    do {
      guard let message = try commit(context) else {
        saveDraft(context: context)
        return .stay
      }
      discardDraft(context: context)
      lastSavedPayload = nil
      context.show(message)
      return .pop
    } catch {
      saveDraft(context: context)
      context.show(ErrorMessages.describe(error, context.texts), kind: .error, seconds: 15)
      return .stay
    }
  }

  /// Saves; returns the confirmation, or nil when a field got a message instead.
  func commit(_ context: AppContext) throws -> String? { nil }

  /// A date field's value; sets the field's message and returns `.failure` when wrong.
  func date(_ id: String, _ context: AppContext) -> CalendarDay?? {
    switch RelativesWords.parse(form.value(id), context: context) {
    case .success(let d): return .some(d)
    case .failure(let e):
      form.setMessage(RelativesWords.dateError(e, context.texts), for: id)
      form.setFocus(id: id)
      return nil
    }
  }

  func choice(_ id: String) -> Int? { form.index(of: id).flatMap { form.fields[$0].selectedOption } }

  static func choice(_ id: String, _ label: String, _ options: [String], _ selected: Int?, required: Bool = false)
    -> FormField
  {
    FormField(id: id, label: label, isRequired: required, input: .choice(options: options, selected: selected))
  }
}
