import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// A new account. An admin chooses the role; a leader creates a temp: staff in one of the
/// units they lead, with an expiry date (refused after it). Enter moves on; Ctrl-S saves.
final class AccountFormScreen: Screen {
  let session: Session
  let units: [(UnitID, String)]
  let roles: [Role]
  var form: FormState

  init(session: Session, context: AppContext) {
    self.session = session
    let t = context.texts
    let isAdmin = session.actor.role == .admin
    let allUnits = session.unitNames.sorted { DanishCollation.compare($0.value, $1.value) < 0 }.map {
      ($0.key, $0.value)
    }
    units = isAdmin ? allUnits : allUnits.filter { session.actor.unitIDs.contains($0.0) }
    roles = isAdmin ? [.staff, .leader, .admin] : [.staff]
    let week = CalendarDay(context.clock(), in: session.timeZone).adding(days: 14)
    var fields: [FormField] = [
      .text(id: "name", label: t("accounts.field.name"), isRequired: true, maxLength: 100),
      .text(id: "username", label: t("accounts.field.username"), isRequired: true, maxLength: 64),
      .text(id: "password", label: t("accounts.field.password"), isRequired: true, secret: true, maxLength: 256),
      FormField(
        id: "unit", label: t("accounts.field.unit"), isRequired: true,
        input: .choice(
          options: units.map(\.1) + (isAdmin ? [t("accounts.allUnits")] : []), selected: units.isEmpty ? nil : 0)),
    ]
    if isAdmin {
      fields.insert(
        FormField(
          id: "role", label: t("accounts.field.role"), isRequired: true,
          input: .choice(options: roles.map { t("role.\($0.rawValue)") }, selected: 0)), at: 3)
    }
    fields.append(
      FormField(
        id: "expires", label: t("accounts.field.expires"), isRequired: !isAdmin,
        input: .date(DateFieldState(date: isAdmin ? nil : week))))
    form = FormState(fields: fields, requiredMessage: t("form.required"))
  }

  func title(_ context: AppContext) -> String {
    context.texts(session.actor.role == .admin ? "accounts.new.title" : "accounts.newTemp.title")
  }
  var scopes: [CommandScope] { [.form] }
  var isEditingText: Bool { true }

  func draw(into buffer: inout Buffer, area: Rect, context: AppContext) -> Point? {
    let inner = area.inset(horizontal: 1, vertical: 1)
    Form(labelWidth: 20).render(into: &buffer, area: inner, state: &form)
    return form.cursor
  }

  func hints(context: AppContext) -> [(String, String)] { [(context.keyName(.save), context.texts("cmd.save"))] }

  func perform(_ command: CommandID, context: AppContext) -> ScreenAction {
    command == .save ? save(context) : .unhandled
  }

  func handle(_ key: Key, context: AppContext) -> ScreenAction {
    if key == .enter, form.focusedField?.isSingleLine == true, form.picker == nil,
      case .choice = form.focusedField?.input
    {
      _ = form.handle(key)
      return .stay
    }
    if key == .enter, form.picker == nil {
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
    var expires: Date?
    if let i = form.index(of: "expires"), case .date(let d) = form.fields[i].input, !d.text.isEmpty {
      switch d.value(today: CalendarDay(context.clock(), in: session.timeZone)) {
      case .success(let day):
        expires = day.start(in: session.timeZone)
          .addingTimeInterval(86_400 - 1)
      case .failure(let error):
        form.setMessage(DateMessages.describe(error, t), for: "expires")
        form.setFocus(id: "expires")
        return .stay
      }
    }
    let unitChoice = form.index(of: "unit").flatMap { form.fields[$0].selectedOption } ?? 0
    let unitIDs: Set<UnitID> = unitChoice < units.count ? [units[unitChoice].0] : Set(units.map(\.0))
    let role = form.index(of: "role").flatMap { form.fields[$0].selectedOption }.map { roles[$0] } ?? .staff
    let new = NewAccount(
      username: form.value("username").trimmingCharacters(in: [" "]), displayName: form.value("name"),
      role: role, unitIDs: role == .admin ? [] : unitIDs, password: form.value("password"), expiresAt: expires)
    do {
      _ = try session.database.accounts.create(new, by: session.actor)
      context.show(t("accounts.created", new.username))
      return .pop
    } catch {
      context.show(ErrorMessages.describe(error, t), kind: .error, seconds: 10)
      return .stay
    }
  }
}
