import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// The record's Notes tab: every note, newest first. Ctrl-N writes a new one, F4 edits,
/// Enter reads a note whole.
final class NotesTab: TableScreen {
  let session: Session
  let resident: Resident
  var notes: [Note] = []

  init(session: Session, resident: Resident) {
    self.session = session
    self.resident = resident
    super.init(
      titleKey: "record.tab.notes",
      columns: [
        ColumnSpec("notes.col.written", .fixed(16)), ColumnSpec("notes.col.kind", .fixed(10)),
        ColumnSpec("notes.col.author", .fixed(16)), ColumnSpec("notes.col.text"),
      ], emptyKey: "notes.empty", load: { _ in [] })
    load = { [unowned self] context in
      do {
        notes = try session.database.notes.list(residentID: resident.id, actor: session.actor, limit: 500)
      } catch {
        context.show(ErrorMessages.describe(error, context.texts), kind: .error)
      }
      rowIDs = notes.map(\.id)
      return notes.map { note in
        [
          DateWording.dateTime(note.writtenAt), context.texts("note.kind.\(note.kind.rawValue)"), note.authorName,
          (note.isHandover ? "▶ " : "") + note.text.replacingOccurrences(of: "\n", with: " "),
        ]
      }
    }
    onOpen = { [unowned self] row, _ in .push(NoteViewScreen(note: notes[row])) }
    onCommand[.new] = { [unowned self] _, context in form(nil, context) }
    onCommand[.edit] = { [unowned self] row, context in
      guard let row, notes.indices.contains(row) else { return .stay }
      return form(notes[row], context)
    }
    commandHints = [(.new, "notes.new"), (.edit, "notes.edit")]
  }

  private func form(_ note: Note?, _ context: AppContext) -> ScreenAction {
    open(NoteFormScreen.make(session: session, resident: resident, editing: note, context: context))
  }
}

/// One note, whole.
final class NoteViewScreen: Screen {
  let note: Note
  init(note: Note) { self.note = note }

  func title(_ context: AppContext) -> String { DateWording.dateTime(note.writtenAt) }

  func draw(into buffer: inout Buffer, area: Rect, context: AppContext) -> Point? {
    let t = context.texts
    let head =
      "\(note.authorName) · \(t("note.kind.\(note.kind.rawValue)"))"
      + (note.isHandover ? " · " + t("note.handover") : "")
    buffer.put(head, x: area.x + 1, y: area.y + 1, maxWidth: area.width - 2, style: .header)
    Paragraph(note.text).render(
      into: &buffer, area: Rect(x: area.x + 1, y: area.y + 3, width: area.width - 2, height: area.height - 3))
    return nil
  }
}
