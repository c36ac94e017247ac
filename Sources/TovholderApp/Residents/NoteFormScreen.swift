import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// Writing or editing a note. Every key is kept as a draft; Ctrl-S saves. When someone else
/// changed the note meanwhile, saving is refused with who and when, and the text stays.
final class NoteFormScreen: AutosavingDraftForm {
  let session: Session
  let resident: Resident
  var editing: Note?
  var form: FormState
  var lastSavedPayload: String?

  init(session: Session, resident: Resident, editing: Note?, context: AppContext) {
    self.session = session
    self.resident = resident
    self.editing = editing
    let t = context.texts
    let kinds = NoteKind.allCases.map { t("note.kind.\($0.rawValue)") }
    form = FormState(
      fields: [
        FormField(
          id: "kind", label: t("note.field.kind"), isRequired: true,
          input: .choice(options: kinds, selected: NoteKind.allCases.firstIndex(of: editing?.kind ?? .daily))),
        FormField(
          id: "handover", label: t("note.field.handover"),
          input: .choice(options: [t("answer.no"), t("answer.yes")], selected: editing?.isHandover == true ? 1 : 0)),
        FormField(
          id: "text", label: t("note.field.text"), isRequired: true,
          input: .area(TextAreaState(text: editing?.text ?? "", maxLength: NoteValidation.maxTextLength), height: 10)),
      ], requiredMessage: t("form.required"))
    form.setFocus(id: "text")
    if let payload = loadDraft(context: context) { apply(payload) }
    lastSavedPayload = draftPayload()
  }

  /// Re-opens a draft after a crash or a lock.
  static func restore(key: String, id: Int64, payload: String, session: Session, context: AppContext)
    -> NoteFormScreen?
  {
    let values = DraftCoding.decode(payload)
    guard let residentID = Int64(values["resident"] ?? ""),
      let resident = try? session.database.residents.fetch(id: residentID, actor: session.actor)
    else { return nil }
    var note: Note?
    if key.hasPrefix("note.edit.") {
      note = (try? session.database.notes.list(residentID: residentID, actor: session.actor, limit: 1000))?
        .first { $0.id == id }
      guard note != nil else { return nil }
    }
    return NoteFormScreen(session: session, resident: resident, editing: note, context: context)
  }

  var draftKey: String { editing.map { "note.edit.\($0.id)" } ?? "note.new.\(resident.id)" }

  func draftPayload() -> String? {
    let text = form.value("text")
    if text.isEmpty && editing == nil { return nil }
    return DraftCoding.encode([
      "resident": "\(resident.id)", "kind": "\(form.fields[0].selectedOption ?? 0)",
      "handover": "\(form.fields[1].selectedOption ?? 0)", "text": text,
    ])
  }

  private func apply(_ payload: String) { form.setValues(DraftCoding.decode(payload)) }

  func title(_ context: AppContext) -> String { context.texts(editing == nil ? "note.new.title" : "note.edit.title") }
  var scopes: [CommandScope] { [.form] }
  var isEditingText: Bool { true }

  func draw(into buffer: inout Buffer, area: Rect, context: AppContext) -> Point? {
    let inner = area.inset(horizontal: 1, vertical: 1)
    buffer.put(context.texts("note.for", resident.name), x: inner.x, y: inner.y, maxWidth: inner.width, style: .header)
    let formArea = Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: inner.height - 2)
    Form(labelWidth: 18).render(into: &buffer, area: formArea, state: &form)
    return form.cursor
  }

  func perform(_ command: CommandID, context: AppContext) -> ScreenAction {
    command == .save ? save(context) : .unhandled
  }

  func hints(context: AppContext) -> [(String, String)] {
    [(context.keyName(.save), context.texts("cmd.save"))]
  }

  func handle(_ key: Key, context: AppContext) -> ScreenAction {
    if form.handle(key) { autosave(context) }
    return .stay
  }

  private func save(_ context: AppContext) -> ScreenAction {
    let t = context.texts
    guard form.validateAll() else { return .stay }
    let kind = NoteKind.allCases[form.fields[0].selectedOption ?? 0]
    let handover = form.fields[1].selectedOption == 1
    let text = form.value("text")
    do {
      if var note = editing {
        note.kind = kind
        note.isHandover = handover
        note.text = text
        _ = try session.database.notes.update(note, by: session.actor)
      } else {
        _ = try session.database.notes.add(
          NewNote(residentID: resident.id, kind: kind, text: text, isHandover: handover), by: session.actor)
      }
      discardDraft(context: context)
      lastSavedPayload = nil
      context.show(t("note.saved"))
      return .pop
    } catch {
      saveDraft(context: context)
      context.show(ErrorMessages.describe(error, t), kind: .error, seconds: 15)
      return .stay
    }
  }
}
