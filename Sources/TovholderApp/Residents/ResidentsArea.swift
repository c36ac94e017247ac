import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// Residents, their record and notes, handover, search: the daily work every area builds on.
enum ResidentsArea: AreaModule {
  static func menuEntries(_ session: Session) -> [MenuEntry] {
    var entries: [MenuEntry] = []
    if session.actor.role != .admin {
      entries.append(
        MenuEntry(titleKey: "menu.residents", descriptionKey: "menu.residents.description") { _ in
          ResidentListScreen.make(session: session)
        })
      entries.append(
        MenuEntry(titleKey: "menu.handover", descriptionKey: "menu.handover.description") { _ in
          HandoverScreen(session: session)
        })
      entries.append(
        MenuEntry(titleKey: "menu.search", descriptionKey: "menu.search.description") { _ in
          SearchScreen(session: session)
        })
    }
    return entries
  }

  static func recordTabs(_ session: Session, resident: Resident) -> [any Screen] {
    [NotesTab(session: session, resident: resident)]
  }

  static func screen(for command: CommandID, context: AppContext) -> (any Screen)? {
    guard let session = context.session, command == .search, session.actor.role != .admin else { return nil }
    return SearchScreen(session: session)
  }

  static func restoreDraft(key: String, payload: String, context: AppContext) -> (any Screen)? {
    if let session = context.session, key.hasPrefix("resident.edit."),
      let id = Int64(key.dropFirst("resident.edit.".count))
    {
      return ResidentEditScreen.restore(id: id, session: session, context: context)
    }
    if let session = context.session, key == ResidentFormScreen.draftKey, session.actor.role == .leader {
      return ResidentFormScreen.make(session: session, context: context)
    }
    guard let session = context.session, key.hasPrefix("note.new.") || key.hasPrefix("note.edit."),
      let id = Int64(key.split(separator: ".").last ?? ""),
      let screen = NoteFormScreen.restore(key: key, id: id, payload: payload, session: session, context: context)
    else { return nil }
    return screen
  }

  static func searchLabel(_ kind: SearchKind, texts: Texts) -> String? {
    kind == .note ? texts("search.kind.note") : nil
  }

  /// Notes marked for handover in the window, each opening the note.
  static func handoverLines(_ session: Session, window: HandoverWindow, texts t: Texts) -> [HandoverLine] {
    guard
      let handover = try? session.database.notes.handover(
        unitID: window.unitID, since: window.since, actor: session.actor, timeZone: session.timeZone)
    else { return [] }
    return handover.entries.map { entry in
      HandoverLine(
        residentID: entry.note.residentID, residentName: entry.residentName, at: entry.note.writtenAt,
        what: t("handover.what.note"), text: "\(entry.note.authorName): \(entry.note.text)"
      ) { _ in .push(NoteViewScreen(note: entry.note)) }
    }
  }

  static func searchTab(_ kind: SearchKind, texts: Texts) -> String? {
    kind == .note ? texts("record.tab.notes") : nil
  }
}
