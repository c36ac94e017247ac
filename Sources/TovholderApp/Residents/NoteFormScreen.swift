import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

enum NoteField: String, FormFieldID { case kind, handover, text }

/// Writing or editing a note. Every key is kept as a draft; Ctrl-S saves. When someone else
/// changed the note meanwhile, saving is refused with who and when, and the text stays.
enum NoteFormScreen {
  static func make(session: Session, resident: Resident, editing: Note?, context: AppContext) -> FormScreen<NoteField> {
    let t = context.texts
    var editing = editing
    let kinds = NoteKind.allCases.map { ChoiceOption($0.rawValue, t("note.kind.\($0.rawValue)")) }
    let screen = FormScreen<NoteField>(
      title: t(editing == nil ? "note.new.title" : "note.edit.title"), context: context,
      fields: [
        .choice(.kind, t("note.field.kind"), kinds, (editing?.kind ?? .daily).rawValue, required: true),
        .yesNo(.handover, t("note.field.handover"), editing?.isHandover ?? false),
        .area(.text, t("note.field.text"), editing?.text ?? "", height: 10, required: true),
      ], focus: .text, draftKey: editing.map { "note.edit.\($0.id)" } ?? "note.new.\(resident.id)"
    ) { form, context in
      let kind = form.choice(.kind).flatMap(NoteKind.init(rawValue:)) ?? .daily
      let handover = form.flag(.handover) == true
      let saved: Note
      if var note = editing {
        note.kind = kind
        note.isHandover = handover
        note.text = form.raw(.text)
        saved = try session.database.notes.update(note, by: session.actor)
      } else {
        saved = try session.database.notes.add(
          NewNote(residentID: resident.id, kind: kind, text: form.raw(.text), isHandover: handover), by: session.actor)
      }
      return FormSaved(context.texts("note.saved"), savedID: saved.id)
    }
    screen.header = { context in [(context.texts("note.for", resident.name), .header)] }
    screen.labelWidth = 18
    screen.draftAbout = { _ in resident.name }
    // The draft keeps the resident and the version the edit started from (a change made
    // meanwhile is then refused on save, with who and when).
    screen.draftExtras = { ["resident": "\(resident.id)", "version": editing.map { "\($0.version)" } ?? ""] }
    screen.restoreExtras = { extras in
      if let v = Int(extras["version"] ?? "") { editing?.version = v }
    }
    return screen
  }

  /// Re-opens a draft (`note.new.<resident>` or `note.edit.<note>`).
  static func restore(key: String, id: Int64, payload: String, session: Session, context: AppContext)
    -> FormScreen<NoteField>?
  {
    let values = DraftCoding.decode(payload)
    let isEdit = key.hasPrefix("note.edit.")
    guard let residentID = isEdit ? Int64(values["x.resident"] ?? values["resident"] ?? "") : id,
      let resident = try? session.database.residents.fetch(id: residentID, actor: session.actor)
    else { return nil }
    var note: Note?
    if isEdit {
      note = (try? session.database.notes.list(residentID: residentID, actor: session.actor, limit: 1000))?
        .first { $0.id == id }
      guard note != nil else { return nil }
    }
    return make(session: session, resident: resident, editing: note, context: context)
  }
}
