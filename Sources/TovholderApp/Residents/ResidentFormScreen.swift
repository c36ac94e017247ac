import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// A leader registers a new resident in one of their units: name, CPR (the date part must be
/// a real date), unit and move-in date.
final class ResidentFormScreen: Screen {
  let session: Session
  let units: [(UnitID, String)]
  var form: FormState

  init(session: Session, context: AppContext) {
    self.session = session
    let t = context.texts
    units = session.unitNames.filter { session.actor.unitIDs.contains($0.key) }.sorted {
      DanishCollation.compare($0.value, $1.value) < 0
    }
    .map { ($0.key, $0.value) }
    form = FormState(
      fields: [
        .text(id: "name", label: t("resident.field.name"), isRequired: true, maxLength: 120),
        .text(id: "cpr", label: t("resident.field.cpr"), isRequired: true, maxLength: 11) { text in
          do {
            _ = try CPRNumber(text)
            return nil
          } catch { return ErrorMessages.describe(error, t) }
        },
        FormField(
          id: "unit", label: t("resident.field.unit"), isRequired: true,
          input: .choice(options: units.map(\.1), selected: units.isEmpty ? nil : 0)),
        FormField(
          id: "movedIn", label: t("resident.field.movedIn"), isRequired: true,
          input: .date(DateFieldState(date: CalendarDay(context.clock(), in: session.timeZone)))),
      ], requiredMessage: t("form.required"))
  }

  func title(_ context: AppContext) -> String { context.texts("resident.new.title") }
  var isEditingText: Bool { true }
  var scopes: [CommandScope] { [.form] }

  func draw(into buffer: inout Buffer, area: Rect, context: AppContext) -> Point? {
    Form(labelWidth: 18).render(into: &buffer, area: area.inset(horizontal: 1, vertical: 1), state: &form)
    return form.cursor
  }

  func hints(context: AppContext) -> [(String, String)] { [(context.keyName(.save), context.texts("cmd.save"))] }

  func perform(_ command: CommandID, context: AppContext) -> ScreenAction {
    command == .save ? save(context) : .unhandled
  }

  func handle(_ key: Key, context: AppContext) -> ScreenAction {
    if key == .enter, form.picker == nil, form.focusedField?.selectedOption == nil || form.focus != 2 {
      if form.focus < form.fields.count - 1 {
        form.setFocus(form.focus + 1)
        return .stay
      }
      return save(context)
    }
    _ = form.handle(key)
    return .stay
  }

  private func save(_ context: AppContext) -> ScreenAction {
    let t = context.texts
    guard form.validateAll() else { return .stay }
    guard case .date(let d) = form.fields[3].input else { return .stay }
    let movedIn: CalendarDay
    switch d.value(today: CalendarDay(context.clock(), in: session.timeZone)) {
    case .success(let day): movedIn = day
    case .failure(let error):
      form.setMessage(DateMessages.describe(error, t), for: "movedIn")
      form.setFocus(id: "movedIn")
      return .stay
    }
    guard let unit = form.fields[2].selectedOption, units.indices.contains(unit),
      let cpr = try? CPRNumber(form.value("cpr"))
    else { return .stay }
    let new = NewResident(
      unitID: units[unit].0, name: form.value("name").trimmingCharacters(in: [" "]), cpr: cpr, movedIn: movedIn,
      movedOut: nil, contactPersonID: nil, coordinatorID: nil)
    do {
      let resident = try session.database.residents.create(new, by: session.actor)
      context.show(t("resident.created", resident.id))
      return .pop
    } catch {
      context.show(ErrorMessages.describe(error, t), kind: .error, seconds: 10)
      return .stay
    }
  }
}
