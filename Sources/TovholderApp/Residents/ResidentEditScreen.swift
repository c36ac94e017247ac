import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// A leader edits a resident: name, CPR, unit, move-in and move-out (a move-out date makes
/// them former: off the daily list, still findable), contact person and coordinator (staff
/// of the chosen unit). Kept as a draft as typed; a concurrent edit is refused with who/when.
final class ResidentEditScreen: AutosavingDraftForm {
  let session: Session
  private(set) var resident: Resident
  let units: [(UnitID, String)]
  /// Accounts that may be contact person or coordinator in each unit, by name.
  let staffByUnit: [UnitID: [(AccountID, String)]]
  var form: FormState
  /// Called after a save with the saved resident and the names of the chosen staff.
  var onSaved: ((Resident, _ contactPerson: String?, _ coordinator: String?) -> Void)?
  var lastSavedPayload: String?
  private var shownUnit: UnitID?

  init(session: Session, resident: Resident, context: AppContext) {
    self.session = session
    self.resident = resident
    let t = context.texts
    // The form shows the whole CPR number, so opening it is audited like Ctrl-R on the record.
    let cpr =
      (try? session.database.residents.revealCPR(residentID: resident.id, actor: session.actor))?.formatted ?? ""
    units = session.unitNames.filter { session.actor.unitIDs.contains($0.key) }
      .sorted { DanishCollation.compare($0.value, $1.value) < 0 }.map { ($0.key, $0.value) }
    let accounts = (try? session.database.accounts.list(for: session.actor)) ?? []
    var byUnit: [UnitID: [(AccountID, String)]] = [:]
    for unit in units.map(\.0) {
      byUnit[unit] = accounts.filter { $0.role != .admin && $0.isActive && $0.unitIDs.contains(unit) }
        .sorted { DanishCollation.compare($0.displayName, $1.displayName) < 0 }.map { ($0.id, $0.displayName) }
    }
    // Someone chosen before who no longer works in the unit stays offered there, so saving
    // another field never drops them.
    for chosen in [resident.contactPersonID, resident.coordinatorID].compactMap({ $0 })
    where byUnit[resident.unitID]?.contains(where: { $0.0 == chosen }) == false {
      if let account = accounts.first(where: { $0.id == chosen }) {
        byUnit[resident.unitID]?.append((account.id, account.displayName))
      }
    }
    staffByUnit = byUnit
    form = FormState(
      fields: [
        .text(id: "name", label: t("resident.field.name"), text: resident.name, isRequired: true, maxLength: 120),
        .text(id: "cpr", label: t("resident.field.cpr"), text: cpr, isRequired: true, maxLength: 11) { text in
          do {
            _ = try CPRNumber(text)
            return nil
          } catch { return ErrorMessages.describe(error, t) }
        },
        FormField(
          id: "unit", label: t("resident.field.unit"), isRequired: true,
          input: .choice(options: units.map(\.1), selected: units.firstIndex { $0.0 == resident.unitID })),
        FormField(
          id: "movedIn", label: t("resident.field.movedIn"), isRequired: true,
          input: .date(DateFieldState(date: resident.movedIn))),
        FormField(
          id: "movedOut", label: t("resident.field.movedOut"),
          input: .date(DateFieldState(date: resident.movedOut))),
        FormField(
          id: "contactPerson", label: t("resident.field.contactPerson"), input: .choice(options: [], selected: nil)),
        FormField(
          id: "coordinator", label: t("resident.field.coordinator"), input: .choice(options: [], selected: nil)),
      ], requiredMessage: t("form.required"))
    refreshStaffChoices(contactPerson: resident.contactPersonID, coordinator: resident.coordinatorID, context: context)
    if let payload = loadDraft(context: context) { apply(payload, context: context) }
    lastSavedPayload = draftPayload()
  }

  /// Re-opens a draft after a crash or a lock (key `resident.edit.<id>`).
  static func restore(id: ResidentID, payload: String, session: Session, context: AppContext) -> ResidentEditScreen? {
    guard let resident = try? session.database.residents.fetch(id: id, actor: session.actor),
      AccessRules.canManageResidents(in: resident.unitID, actor: session.actor)
    else { return nil }
    let screen = ResidentEditScreen(session: session, resident: resident, context: context)
    // The draft keeps the version it started from, so a change made meanwhile is refused on save.
    if let version = Int(DraftCoding.decode(payload)["version"] ?? "") { screen.resident.version = version }
    return screen
  }

  var draftKey: String { "resident.edit.\(resident.id)" }

  /// Field values, with unit and staff choices kept as ids (the lists may change before a restore).
  func draftPayload() -> String? {
    var values = form.values
    values["unit"] = chosenUnit.map(String.init) ?? ""
    values["contactPerson"] = chosenStaff("contactPerson").map(String.init) ?? ""
    values["coordinator"] = chosenStaff("coordinator").map(String.init) ?? ""
    values["version"] = "\(resident.version)"
    return DraftCoding.encode(values)
  }

  private func apply(_ payload: String, context: AppContext) {
    var values = DraftCoding.decode(payload)
    let unit = Int64(values["unit"] ?? "")
    let contact = Int64(values["contactPerson"] ?? "")
    let coordinator = Int64(values["coordinator"] ?? "")
    values["unit"] = units.firstIndex { $0.0 == unit }.map(String.init) ?? ""
    values.removeValue(forKey: "contactPerson")
    values.removeValue(forKey: "coordinator")
    form.setValues(values)
    refreshStaffChoices(contactPerson: contact, coordinator: coordinator, context: context)
  }

  private var chosenUnit: UnitID? {
    form.fields[form.index(of: "unit")!].selectedOption.flatMap { units.indices.contains($0) ? units[$0].0 : nil }
  }

  /// The account chosen in a staff field; option 0 is "none".
  private func chosenStaff(_ id: String) -> AccountID? {
    guard let unit = shownUnit, let option = form.fields[form.index(of: id)!].selectedOption, option > 0 else {
      return nil
    }
    let staff = staffByUnit[unit] ?? []
    return staff.indices.contains(option - 1) ? staff[option - 1].0 : nil
  }

  /// Offers the chosen unit's staff in the two pickers, keeping a chosen person who works there.
  private func refreshStaffChoices(contactPerson: AccountID?, coordinator: AccountID?, context: AppContext) {
    let unit = chosenUnit
    shownUnit = unit
    let staff = unit.flatMap { staffByUnit[$0] } ?? []
    let options = [context.texts("record.none")] + staff.map(\.1)
    for (id, chosen) in [("contactPerson", contactPerson), ("coordinator", coordinator)] {
      let index = form.index(of: id)!
      let selected = chosen.flatMap { c in staff.firstIndex { $0.0 == c }.map { $0 + 1 } } ?? 0
      form.fields[index].input = .choice(options: options, selected: selected)
    }
  }

  func title(_ context: AppContext) -> String { context.texts("resident.edit.title") }
  var scopes: [CommandScope] { [.form] }
  var isEditingText: Bool { true }

  func draw(into buffer: inout Buffer, area: Rect, context: AppContext) -> Point? {
    let inner = area.inset(horizontal: 1, vertical: 1)
    buffer.put(
      context.texts("resident.edit.for", resident.name, resident.id), x: inner.x, y: inner.y, maxWidth: inner.width,
      style: .header)
    let formArea = Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: max(0, inner.height - 2))
    Form(labelWidth: 18).render(into: &buffer, area: formArea, state: &form)
    return form.cursor
  }

  func hints(context: AppContext) -> [(String, String)] { [(context.keyName(.save), context.texts("cmd.save"))] }

  func perform(_ command: CommandID, context: AppContext) -> ScreenAction {
    if command == .back, form.picker != nil {
      _ = form.handle(.escape)
      return .stay
    }
    return command == .save ? save(context) : .unhandled
  }

  func handle(_ key: Key, context: AppContext) -> ScreenAction {
    if key == .enter, form.picker == nil, form.focusedField?.selectedOption == nil {
      if form.focus < form.fields.count - 1 {
        form.setFocus(form.focus + 1)
        return .stay
      }
      return save(context)
    }
    if form.handle(key) {
      if chosenUnit != shownUnit {
        refreshStaffChoices(
          contactPerson: chosenStaff("contactPerson"), coordinator: chosenStaff("coordinator"), context: context)
      }
      autosave(context)
    }
    return .stay
  }

  /// The typed date of a date field: nil when left empty, or the message for a bad date.
  private func day(_ id: String, _ context: AppContext) -> (day: CalendarDay?, message: String?) {
    guard case .date(let d) = form.fields[form.index(of: id)!].input else { return (nil, nil) }
    if d.text.allSatisfy(\.isWhitespace) { return (nil, nil) }
    switch d.value(today: CalendarDay(context.clock(), in: session.timeZone)) {
    case .success(let v): return (v, nil)
    case .failure(let error): return (nil, DateMessages.describe(error, context.texts))
    }
  }

  private func save(_ context: AppContext) -> ScreenAction {
    let t = context.texts
    guard form.validateAll() else { return .stay }
    var days: [String: CalendarDay] = [:]
    for id in ["movedIn", "movedOut"] {
      let (d, message) = day(id, context)
      if let message {
        form.setMessage(message, for: id)
        form.setFocus(id: id)
        return .stay
      }
      days[id] = d
    }
    guard let movedIn = days["movedIn"], let unit = chosenUnit, let cpr = try? CPRNumber(form.value("cpr"))
    else { return .stay }
    let movedOut = days["movedOut"]
    if let movedOut, movedOut < movedIn {
      form.setMessage(t("error.resident.moveOutBeforeMoveIn"), for: "movedOut")
      form.setFocus(id: "movedOut")
      return .stay
    }
    var edited = resident
    edited.name = form.value("name").trimmingCharacters(in: [" "])
    edited.cpr = cpr
    edited.unitID = unit
    edited.movedIn = movedIn
    edited.movedOut = movedOut
    edited.contactPersonID = chosenStaff("contactPerson")
    edited.coordinatorID = chosenStaff("coordinator")
    do {
      resident = try session.database.residents.update(edited, by: session.actor)
      let staff = staffByUnit[resident.unitID] ?? []
      onSaved?(
        resident, staff.first { $0.0 == resident.contactPersonID }?.1, staff.first { $0.0 == resident.coordinatorID }?.1
      )
      discardDraft(context: context)
      lastSavedPayload = nil
      context.show(t("resident.saved"))
      return .pop
    } catch {
      saveDraft(context: context)
      context.show(ErrorMessages.describe(error, t), kind: .error, seconds: 15)
      return .stay
    }
  }
}
