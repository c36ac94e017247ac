import Foundation
import TerminalUI
import TovholderStorage

/// A form that keeps what is typed as a draft in the database, so a closed terminal, a
/// dropped SSH link or `kill -9` loses nothing. The shell calls `autosave` after every key
/// and `saveDraft` before lock, quit and termination signals.
public protocol DraftForm: Screen {
  /// Identifies this form's draft for its owner, e.g. `note.new.12`.
  var draftKey: String { get }
  /// The form's state as text (JSON), or nil when there is nothing worth keeping.
  func draftPayload() -> String?
}

extension DraftForm {
  /// Writes the draft now, waiting for another program's lock (before lock, quit, signals).
  public func saveDraft(context: AppContext) { writeDraft(context: context, waiting: true) }

  /// Writes the draft. Without `waiting` (as the user types) a database locked by another
  /// program does not freeze the screen: the context shows that it waits, the text stays in
  /// the form, and the draft is written on the idle tick once the lock is free.
  func writeDraft(context: AppContext, waiting: Bool) {
    guard let session = context.session else { return }
    let (owner, key, payload, drafts) = (session.actor.accountID, draftKey, draftPayload(), session.database.drafts)
    func write(waiting: Bool) throws(StorageError) {
      if let payload {
        try drafts.save(owner: owner, formKey: key, payload: payload, waiting: waiting)
      } else {
        try drafts.delete(owner: owner, formKey: key)
      }
    }
    do {
      try write(waiting: waiting)
      context.stopWaiting(key)
    } catch .locked where !waiting {
      context.waitForDatabase(key) {
        do {
          try write(waiting: false)
          return true
        } catch StorageError.locked {
          return false
        } catch {
          context.show(ErrorMessages.describe(error, context.texts), kind: .error)
          return true
        }
      }
    } catch {
      context.show(ErrorMessages.describe(error, context.texts), kind: .error)
    }
  }

  /// Removes the draft once the form's content is saved for real.
  public func discardDraft(context: AppContext) {
    guard let session = context.session else { return }
    try? session.database.drafts.delete(owner: session.actor.accountID, formKey: draftKey)
  }

  /// The payload saved earlier for this form, if any.
  public func loadDraft(context: AppContext) -> String? {
    guard let session = context.session else { return nil }
    return try? session.database.drafts.load(owner: session.actor.accountID, formKey: draftKey)?.payload
  }
}

/// A form that writes its draft as the user types: after each change `autosave` writes it,
/// but only when it differs from the draft last written.
protocol AutosavingDraftForm: DraftForm, AnyObject {
  var form: FormState { get set }
  var lastSavedPayload: String? { get set }
}

extension AutosavingDraftForm {
  func autosave(_ context: AppContext) {
    let payload = draftPayload()
    guard payload != lastSavedPayload else { return }
    lastSavedPayload = payload
    writeDraft(context: context, waiting: false)
  }

  /// The usual form keys: typing edits the form and writes its draft; Enter on a field that
  /// does not take it moves on, and on the last field saves.
  func handleFormKey(_ key: Key, context: AppContext, save: (AppContext) -> ScreenAction) -> ScreenAction {
    if form.handle(key) {
      autosave(context)
      return .stay
    }
    if key == .enter {
      if form.focus == form.fields.count - 1 { return save(context) }
      _ = form.handle(.tab)
    }
    return .stay
  }
}

/// Encodes and decodes a form's `[field id: value]` as JSON for its draft.
public enum DraftCoding {
  /// Keys sorted, so the same values always give the same payload (forms compare payloads
  /// to tell whether anything was typed; a dictionary's order is not stable).
  public static func encode(_ values: [String: String]) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    let data = (try? encoder.encode(values)) ?? Data("{}".utf8)
    return String(decoding: data, as: UTF8.self)
  }

  public static func decode(_ payload: String) -> [String: String] {
    (try? JSONDecoder().decode([String: String].self, from: Data(payload.utf8))) ?? [:]
  }
}
