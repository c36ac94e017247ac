import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// A flagged screening, why it was flagged and the values before it; a nurse or leader
/// writes what was done and saves (Enter or Ctrl-S) to mark it seen.
final class MarkSeenScreen: Screen {
  let session: Session
  let flagged: FlaggedScreening
  let template: ScreeningTemplate?
  let earlier: [Screening]
  let mayMark: Bool
  var form: FormState
  var onSaved: (() -> Void)?

  init(session: Session, flagged: FlaggedScreening, template: ScreeningTemplate?, context: AppContext) {
    self.session = session
    self.flagged = flagged
    self.template = template
    let s = flagged.screening
    earlier =
      ((try? session.database.health.history(
        residentID: s.residentID, templateKey: s.templateKey, actor: session.actor, limit: 6)) ?? [])
      .filter { $0.id != s.id }
    mayMark = (try? session.database.health.canMarkSeen(in: flagged.unitID, actor: session.actor)) ?? false
    form = FormState(
      fields: [
        FormField.text(
          id: "note", label: context.texts("health.seen.note"), isRequired: true,
          maxLength: ScreeningRules.maxNoteLength)
      ], requiredMessage: context.texts("health.error.emptySeenNote"))
  }

  func title(_ context: AppContext) -> String { context.texts("health.seen.title") }
  var scopes: [CommandScope] { mayMark ? [.form] : [] }
  var isEditingText: Bool { mayMark }

  func draw(into buffer: inout Buffer, area: Rect, context: AppContext) -> Point? {
    let f = context.healthFormat
    let s = flagged.screening
    let inner = area.inset(horizontal: 1, vertical: 1)
    var y = inner.y
    func line(_ text: String, _ style: Style = .normal) {
      guard y < inner.maxY else { return }
      buffer.put(text, x: inner.x, y: y, maxWidth: inner.width, style: style)
      y += 1
    }
    line("\(flagged.residentName) · \(flagged.templateName.text(f.language))", .header)
    line(context.texts("health.seen.taken", f.time(s.takenAt), s.recordedByName), .muted)
    line(template.map { f.values(s, template: $0) } ?? "")
    for flag in s.flags { line("! " + f.flag(flag, template: template), .error) }
    if !s.note.isEmpty { line(s.note, .muted) }
    if flagged.olderUnseen > 0 { line(context.texts("health.seen.older", flagged.olderUnseen), .muted) }
    y += 1
    if !earlier.isEmpty, inner.maxY - y > 4 {
      line(context.texts("health.seen.earlier"), .header)
      for e in earlier.prefix(max(0, inner.maxY - y - 4)) {
        line(f.day(e.day) + "  " + (template.map { f.values(e, template: $0) } ?? "") + (e.isFlagged ? "  !" : ""))
      }
      y += 1
    }
    guard mayMark else {
      line(context.texts("health.seen.notAllowed"), .warning)
      return nil
    }
    let formArea = Rect(x: inner.x, y: y, width: inner.width, height: max(0, inner.maxY - y))
    Form(labelWidth: min(18, inner.width / 3)).render(into: &buffer, area: formArea, state: &form)
    return form.cursor
  }

  func perform(_ command: CommandID, context: AppContext) -> ScreenAction {
    command == .save && mayMark ? save(context) : .unhandled
  }

  func handle(_ key: Key, context: AppContext) -> ScreenAction {
    guard mayMark else { return .unhandled }
    if form.handle(key) { return .stay }
    return key == .enter ? save(context) : .stay
  }

  func hints(context: AppContext) -> [(String, String)] {
    mayMark ? [(context.keyName(.save), context.texts("health.seen.save"))] : []
  }

  private func save(_ context: AppContext) -> ScreenAction {
    guard form.validateAll() else { return .stay }
    do {
      try session.database.health.markSeen(flagged.screening, note: form.value("note"), by: session.actor)
      onSaved?()
      context.show(context.texts("health.seen.done"))
      return .pop
    } catch {
      context.show(ErrorMessages.describe(error, context.texts), kind: .error, seconds: 15)
      return .stay
    }
  }
}
