import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// The base of the plan area's forms: a `FormState` kept as a draft after every key
/// (by field id), Ctrl-S (or Enter on the last single-line field) saves through `submit`,
/// and a refused save keeps what was typed and shows the reason in Danish.
class PlanFormScreen: AutosavingDraftForm {
  let session: Session
  let residentID: ResidentID
  let heading: String
  let titleKey: String
  let draftKey: String
  var form: FormState
  /// Called after a successful save (e.g. to reload the tab below).
  var onSaved: (() -> Void)?
  private var initialPayload: String?
  var lastSavedPayload: String?

  init(
    session: Session, residentID: ResidentID, titleKey: String, heading: String, draftKey: String,
    fields: [FormField], context: AppContext
  ) {
    self.session = session
    self.residentID = residentID
    self.titleKey = titleKey
    self.heading = heading
    self.draftKey = draftKey
    form = FormState(fields: fields, requiredMessage: context.texts("form.required"))
    initialPayload = DraftCoding.encode(values())
    if let saved = loadDraft(context: context) { restore(DraftCoding.decode(saved)) }
    lastSavedPayload = draftPayload()
  }

  func title(_ context: AppContext) -> String { context.texts(titleKey) }
  var scopes: [CommandScope] { [.form] }
  var isEditingText: Bool { true }

  /// Saves the form's content for real; throws a StorageError (or a field message was set
  /// and nil is returned to stay).
  func submit(_ context: AppContext) throws -> ScreenAction? { .pop }

  // MARK: Drafts

  /// Field id → value: text as typed, a choice as its index.
  func values() -> [String: String] { form.values }

  func restore(_ v: [String: String]) { form.setValues(v) }

  func draftPayload() -> String? {
    let payload = DraftCoding.encode(values())
    return payload == initialPayload ? nil : payload
  }

  // MARK: Drawing and keys

  func draw(into buffer: inout Buffer, area: Rect, context: AppContext) -> Point? {
    let inner = area.inset(horizontal: 1, vertical: 0)
    buffer.put(heading, x: inner.x, y: inner.y, maxWidth: inner.width, style: .header)
    let formArea = Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: max(0, inner.height - 2))
    Form(labelWidth: min(20, inner.width / 3)).render(into: &buffer, area: formArea, state: &form)
    return form.cursor
  }

  func perform(_ command: CommandID, context: AppContext) -> ScreenAction {
    command == .save ? save(context) : .unhandled
  }

  func hints(context: AppContext) -> [(String, String)] { [(context.keyName(.save), context.texts("cmd.save"))] }

  func handle(_ key: Key, context: AppContext) -> ScreenAction {
    if form.picker == nil, key == .enter, form.focusedField?.isSingleLine == true {
      if case .choice = form.focusedField?.input {
      } else {
        // Enter moves on; on the last field it saves.
        if form.focus == form.fields.count - 1 { return save(context) }
        _ = form.handle(.tab)
        return .stay
      }
    }
    if form.handle(key) { autosave(context) }
    return .stay
  }

  func save(_ context: AppContext) -> ScreenAction {
    guard form.validateAll() else { return .stay }
    do {
      guard let action = try submit(context) else {
        saveDraft(context: context)
        return .stay
      }
      discardDraft(context: context)
      lastSavedPayload = nil
      onSaved?()
      context.show(context.texts("plans.saved"))
      return action
    } catch {
      saveDraft(context: context)
      context.show(ErrorMessages.describe(error, context.texts), kind: .error, seconds: 15)
      return .stay
    }
  }

  // MARK: Reading fields

  func choice(_ id: String) -> Int? { form.index(of: id).flatMap { form.fields[$0].selectedOption } }

  /// The day typed in a date field, or nil with the field's message set.
  func day(_ id: String, context: AppContext) -> CalendarDay? {
    guard let i = form.index(of: id), case .date(let s) = form.fields[i].input else { return nil }
    let today = CalendarDay(context.clock(), in: session.timeZone)
    switch s.value(today: today) {
    case .success(let d): return d
    case .failure:
      form.setMessage(context.texts("plans.form.badDate"), for: id)
      form.setFocus(id: id)
      return nil
    }
  }

  /// The whole number typed in a text field (nil when empty); sets a message when not a number.
  func number(_ id: String, context: AppContext) -> Int?? {
    let text = form.value(id).trimmingCharacters(in: .whitespaces)
    if text.isEmpty { return .some(nil) }
    guard let n = Int(text) else {
      form.setMessage(context.texts("plans.form.badNumber"), for: id)
      form.setFocus(id: id)
      return nil
    }
    return .some(n)
  }

  static func dateField(_ id: String, _ label: String, _ day: CalendarDay?, required: Bool = true) -> FormField {
    FormField(
      id: id, label: label, isRequired: required,
      input: .date(DateFieldState(date: day)))
  }
}
