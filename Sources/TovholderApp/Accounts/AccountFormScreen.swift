import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

enum AccountField: String, FormFieldID { case name, username, password, role, unit, expires }

/// A new account. An admin chooses the role; a leader creates a temp: staff in one of the
/// units they lead, with an expiry date (refused after it). The password is never kept in
/// the draft.
enum AccountFormScreen {
  static let draftKey = "account.new"
  static let allUnits = "all"

  static func make(session: Session, context: AppContext) -> FormScreen<AccountField> {
    let t = context.texts
    let isAdmin = session.actor.role == .admin
    let all = session.unitNames.sorted { DanishCollation.compare($0.value, $1.value) < 0 }.map { ($0.key, $0.value) }
    let units = isAdmin ? all : all.filter { session.actor.unitIDs.contains($0.0) }
    let roles: [Role] = isAdmin ? [.staff, .leader, .admin] : [.staff]
    let today = CalendarDay(context.clock(), in: session.timeZone)
    var fields: [FieldSpec<AccountField>] = [
      .text(.name, t("accounts.field.name"), required: true, max: 100),
      .text(.username, t("accounts.field.username"), required: true, max: 64),
      .secret(.password, t("accounts.field.password"), required: true),
      .choice(
        .unit, t("accounts.field.unit"),
        units.map { ChoiceOption(id: $0.0, $0.1) } + (isAdmin ? [ChoiceOption(allUnits, t("accounts.allUnits"))] : []),
        units.first.map { String($0.0) }, required: true),
      .date(.expires, t("accounts.field.expires"), isAdmin ? nil : today.adding(days: 14), required: !isAdmin),
    ]
    if isAdmin {
      fields.insert(
        .choice(
          .role, t("accounts.field.role"), roles.map { ChoiceOption($0.rawValue, t("role.\($0.rawValue)")) },
          Role.staff.rawValue, required: true), at: 3)
    }
    let screen = FormScreen<AccountField>(
      title: t(isAdmin ? "accounts.new.title" : "accounts.newTemp.title"), context: context, fields: fields,
      draftKey: draftKey
    ) { s, context in
      // The account may be used until the end of its last day.
      let expires = s.day(.expires).map { $0.start(in: session.timeZone).addingTimeInterval(86_400 - 1) }
      let unitIDs: Set<UnitID> = s.rowID(.unit).map { [$0] } ?? Set(units.map(\.0))
      let role = s.choice(.role).flatMap(Role.init(rawValue:)) ?? .staff
      let new = NewAccount(
        username: s.raw(.username).trimmingCharacters(in: [" "]), displayName: s.raw(.name), role: role,
        unitIDs: role == .admin ? [] : unitIDs, password: s.raw(.password), expiresAt: expires)
      let account = try session.database.accounts.create(new, by: session.actor)
      return FormSaved(context.texts("accounts.created", new.username), savedID: account.id)
    }
    screen.labelWidth = 20
    return screen
  }
}
