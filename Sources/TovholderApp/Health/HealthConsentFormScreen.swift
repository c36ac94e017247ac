import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// Records the resident's consent for health matters (sundhedsloven §18): given, refused or
/// withdrawn, orally or in writing, on which day, and a note (e.g. given with the guardian).
/// The history stays; the newest entry counts.
final class HealthConsentFormScreen: Screen {
  let session: Session
  let resident: Resident
  var form: FormState

  init(session: Session, resident: Resident, context: AppContext) {
    self.session = session
    self.resident = resident
    let t = context.texts
    let today = CalendarDay(context.clock(), in: .danish)
    form = FormState(
      fields: [
        FormField(
          id: "status", label: t("health.consent.field.status"), isRequired: true,
          input: .choice(
            options: HealthConsent.Status.allCases.map { t("health.consent.status.\($0.rawValue)") }, selected: nil)),
        FormField(
          id: "form", label: t("health.consent.field.form"), isRequired: true,
          input: .choice(
            options: HealthConsent.Form.allCases.map { t("health.consent.form.\($0.rawValue)") }, selected: 0)),
        FormField(
          id: "day", label: t("health.consent.field.day"), isRequired: true,
          input: .date(DateFieldState(date: today))),
        FormField.text(id: "note", label: t("health.consent.field.note"), maxLength: HealthConsent.maxNoteLength),
      ], requiredMessage: t("form.required"))
  }

  func title(_ context: AppContext) -> String { context.texts("health.consent.title") }
  var scopes: [CommandScope] { [.form] }
  var isEditingText: Bool { true }

  func draw(into buffer: inout Buffer, area: Rect, context: AppContext) -> Point? {
    let inner = area.inset(horizontal: 1, vertical: 1)
    buffer.put(resident.name, x: inner.x, y: inner.y, maxWidth: inner.width, style: .header)
    buffer.put(context.texts("health.consent.help"), x: inner.x, y: inner.y + 1, maxWidth: inner.width, style: .muted)
    let formArea = Rect(x: inner.x, y: inner.y + 3, width: inner.width, height: max(0, inner.height - 3))
    Form(labelWidth: min(20, inner.width / 3)).render(into: &buffer, area: formArea, state: &form)
    return form.cursor
  }

  func perform(_ command: CommandID, context: AppContext) -> ScreenAction {
    command == .save ? save(context) : .unhandled
  }

  func handle(_ key: Key, context: AppContext) -> ScreenAction {
    if form.handle(key) { return .stay }
    if key == .enter {
      if form.focus == form.fields.count - 1 { return save(context) }
      _ = form.handle(.tab)
    }
    return .stay
  }

  func hints(context: AppContext) -> [(String, String)] { [(context.keyName(.save), context.texts("cmd.save"))] }

  private func save(_ context: AppContext) -> ScreenAction {
    guard form.validateAll(), let status = form.fields[0].selectedOption, let kind = form.fields[1].selectedOption
    else { return .stay }
    let today = CalendarDay(context.clock(), in: .danish)
    guard case .date(let ds) = form.fields[2].input,
      case .success(let day) = ds.value(today: today)
    else {
      form.setMessage(context.texts("health.error.date"), for: "day")
      return .stay
    }
    do {
      try session.database.health.recordConsent(
        residentID: resident.id, status: HealthConsent.Status.allCases[status], form: HealthConsent.Form.allCases[kind],
        day: day, note: form.value("note"), by: session.actor)
      context.show(context.texts("health.consent.saved"))
      return .pop
    } catch {
      context.show(ErrorMessages.describe(error, context.texts), kind: .error, seconds: 15)
      return .stay
    }
  }
}
