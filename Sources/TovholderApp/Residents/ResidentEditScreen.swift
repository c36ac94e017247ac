import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

enum ResidentField: String, FormFieldID {
  case name, cpr, unit, movedIn, movedOut, contactPerson, coordinator, actingMunicipality
}

/// A leader edits a resident: name, CPR, unit, move-in and move-out (a move-out date makes
/// them former: off the daily list, still findable), contact person and coordinator (staff
/// of the chosen unit, by account id). Kept as a draft as typed; a concurrent edit is
/// refused with who and when.
enum ResidentEditScreen {
  static let nobody = "none"

  /// `onEdited`: the saved resident and the names of the chosen staff.
  static func make(
    session: Session, resident: Resident, context: AppContext,
    onEdited: ((Resident, _ contactPerson: String?, _ coordinator: String?) -> Void)? = nil
  ) -> FormScreen<ResidentField> {
    let t = context.texts
    var resident = resident
    // The form shows the whole CPR number, so opening it is audited like Ctrl-R on the record.
    let cpr =
      (try? session.database.residents.revealCPR(residentID: resident.id, actor: session.actor))?.formatted ?? ""
    let units = ResidentFormScreen.units(session)
    let staffByUnit = staff(session, units: units.map(\.0), keeping: resident)
    func staffOptions(_ unit: String?) -> [ChoiceOption] {
      [ChoiceOption(nobody, t("record.none"))]
        + (unit.flatMap(UnitID.init).flatMap { staffByUnit[$0] } ?? []).map { ChoiceOption(id: $0.0, $0.1) }
    }
    let unitKey = String(resident.unitID)
    let screen = FormScreen<ResidentField>(
      title: t("resident.edit.title"), context: context,
      fields: [
        .text(.name, t("resident.field.name"), resident.name, required: true, max: FieldLimit.name),
        .text(.cpr, t("resident.field.cpr"), cpr, required: true, max: 11, validate: ResidentFormScreen.cprCheck(t)),
        .choice(.unit, t("resident.field.unit"), units.map { ChoiceOption(id: $0.0, $0.1) }, unitKey, required: true),
        .date(.movedIn, t("resident.field.movedIn"), resident.movedIn, required: true),
        .date(.movedOut, t("resident.field.movedOut"), resident.movedOut),
        .choice(
          .contactPerson, t("resident.field.contactPerson"), staffOptions(unitKey),
          resident.contactPersonID.map(String.init) ?? nobody),
        .choice(
          .coordinator, t("resident.field.coordinator"), staffOptions(unitKey),
          resident.coordinatorID.map(String.init) ?? nobody),
        // Empty: the home's acting municipality applies (the force forms fill it in).
        .text(
          .actingMunicipality, t("resident.field.actingMunicipality"), resident.actingMunicipality ?? "",
          max: FieldLimit.name),
      ], draftKey: "resident.edit.\(resident.id)"
    ) { s, context in
      guard let movedIn = s.day(.movedIn), let unit = s.rowID(.unit), let number = try? CPRNumber(s.raw(.cpr)) else {
        throw FieldProblem(ResidentField.movedIn, context.texts("form.required"))
      }
      var edited = resident
      edited.name = s.raw(.name).trimmingCharacters(in: [" "])
      edited.cpr = number
      edited.unitID = unit
      edited.movedIn = movedIn
      edited.movedOut = s.day(.movedOut)
      edited.contactPersonID = s.rowID(.contactPerson)
      edited.coordinatorID = s.rowID(.coordinator)
      edited.actingMunicipality = s.isEmpty(.actingMunicipality) ? nil : s.text(.actingMunicipality)
      let saved = try session.database.residents.update(edited, by: session.actor)
      resident = saved
      let staff = staffByUnit[saved.unitID] ?? []
      onEdited?(
        saved, staff.first { $0.0 == saved.contactPersonID }?.1, staff.first { $0.0 == saved.coordinatorID }?.1)
      return FormSaved(context.texts("resident.saved"), savedID: saved.id)
    }
    screen.check = { s, t in
      if let i = s.day(.movedIn), let o = s.day(.movedOut), o < i {
        return [(.movedOut, t("error.resident.moveOutBeforeMoveIn"))]
      }
      return []
    }
    // The unit decides whose names are offered; someone chosen who works there stays chosen.
    screen.onChange = { screen, id in
      guard id == .unit else { return }
      screen.setOptions(.contactPerson, staffOptions(screen.value(.unit)))
      screen.setOptions(.coordinator, staffOptions(screen.value(.unit)))
    }
    // The draft keeps the version it started from, so a change made meanwhile is refused on save.
    screen.draftExtras = { ["version": "\(resident.version)"] }
    screen.restoreExtras = { extras in
      if let v = Int(extras["version"] ?? "") { resident.version = v }
    }
    screen.header = { context in [(context.texts("resident.edit.for", resident.name, resident.id), .header)] }
    screen.labelWidth = 18
    screen.draftAbout = { _ in resident.name }
    return screen
  }

  /// Accounts that may be contact person or coordinator in each unit, by name; someone chosen
  /// before who no longer works in the unit stays offered there, so saving another field
  /// never drops them.
  static func staff(_ session: Session, units: [UnitID], keeping resident: Resident) -> [UnitID: [(AccountID, String)]]
  {
    let accounts = (try? session.database.accounts.list(for: session.actor)) ?? []
    var byUnit: [UnitID: [(AccountID, String)]] = [:]
    for unit in units {
      byUnit[unit] = accounts.filter { $0.role != .admin && $0.isActive && $0.unitIDs.contains(unit) }
        .sorted { DanishCollation.compare($0.displayName, $1.displayName) < 0 }.map { ($0.id, $0.displayName) }
    }
    for chosen in [resident.contactPersonID, resident.coordinatorID].compactMap({ $0 })
    where byUnit[resident.unitID]?.contains(where: { $0.0 == chosen }) == false {
      if let account = accounts.first(where: { $0.id == chosen }) {
        byUnit[resident.unitID]?.append((account.id, account.displayName))
      }
    }
    return byUnit
  }

  /// Re-opens a draft after a crash or a lock (key `resident.edit.<id>`).
  static func restore(id: ResidentID, session: Session, context: AppContext) -> FormScreen<ResidentField>? {
    guard let resident = try? session.database.residents.fetch(id: id, actor: session.actor),
      AccessRules.canManageResidents(in: resident.unitID, actor: session.actor)
    else { return nil }
    return make(session: session, resident: resident, context: context)
  }
}
