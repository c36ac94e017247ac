import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// Checking and saving: every field is checked at once, messages go on their fields and
/// focus on the first; an irreversible save asks first; the record and the removal of its
/// draft are one transaction.
extension FormScreen {
  /// Checks every field (kind, required mark, its own check) and the form's checks. Puts
  /// each message under its field and focus on the first; true when all is well.
  @discardableResult
  public func checkAll(_ context: AppContext) -> Bool {
    let reading = reading(context)
    let t = context.texts
    var messages: [Int: String] = [:]
    for i in specs.indices {
      if let m = FormChecks.message(specs[i], value: value(at: i), reading: reading, t) { messages[i] = m }
    }
    for (id, message) in check?(reading, t) ?? [] {
      if let i = index(of: id), messages[i] == nil { messages[i] = message }
    }
    for i in form.fields.indices { form.fields[i].message = messages[i] }
    guard let first = messages.keys.min() else { return true }
    form.setFocus(first)
    return false
  }

  /// Ctrl-S, or Enter on the last field.
  public func requestSave(_ context: AppContext) -> ScreenAction {
    guard checkAll(context) else { return .stay }
    if let question = confirmSave?(reading(context), context.texts) {
      confirm = ConfirmPrompt.irreversible(question, yes: context.texts(saveHintKey), texts: context.texts) {
        [unowned self] context in commit(context)
      }
      return .stay
    }
    return commit(context)
  }

  /// Saves through the form's save function. A field problem goes on its field; any other
  /// error is said in words on the message line; either way the draft stays.
  func commit(_ context: AppContext) -> ScreenAction {
    let t = context.texts
    do {
      let reading = reading(context)
      let saved: FormSaved
      if let session {
        saved = try DraftRepository.discarding(draft.id, owner: session.actor.accountID) { try save(reading, context) }
      } else {
        saved = try save(reading, context)
      }
      if let key = draft.key { context.stopWaiting(key) }
      draft.id = nil
      draft.owner = nil
      draft.lastWritten = nil
      draft.baseline = fieldValues()
      if let message = saved.message { context.show(message, kind: saved.kind, seconds: 10) }
      onSaved?(saved)
      return saved.then
    } catch let problem as FieldProblem {
      show([problem])
    } catch let problems as FieldProblems {
      show(problems.problems)
    } catch {
      context.show(ErrorMessages.describe(error, t), kind: .error, seconds: 15)
    }
    onRefused?(self)
    // The draft may have gone with a write that was followed by a failing one: write it again.
    draft.lastWritten = nil
    autosave(context)
    return .stay
  }

  /// Puts problems on their fields, focus on the first in the form's order.
  public func show(_ problems: [FieldProblem]) {
    var first: Int?
    for p in problems {
      guard let i = specs.firstIndex(where: { $0.id.key == p.key }) else { continue }
      form.fields[i].message = p.message
      first = min(first ?? i, i)
    }
    if let first { form.setFocus(first) }
  }
}
