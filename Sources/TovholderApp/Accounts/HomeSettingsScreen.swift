import TerminalUI
import TovholderCore
import TovholderStorage

enum HomeSettingsField: String, FormFieldID {
  case name, address, actingMunicipality, dayStart, eveningStart, nightStart
}

/// The home's settings (admin or leader): name, address, the acting municipality (handlekommune) the
/// force forms are sent to unless a resident has their own, and when the day, evening and
/// night shifts begin (the handover list covers the time since the last shift change).
/// Saved with the version read, audited by the storage.
enum HomeSettingsScreen {
  static let draftKey = "home.settings"

  static func make(session: Session, context: AppContext) -> FormScreen<HomeSettingsField> {
    let t = context.texts
    let home = (try? session.database.setup.home()) ?? Home(name: "")
    let shifts = home.shiftTimes
    func time(_ minute: Int) -> TimeOfDay? { TimeOfDay(minuteOfDay: minute) }
    let screen = FormScreen<HomeSettingsField>(
      title: t("home.settings.title"), context: context,
      fields: [
        .text(.name, t("home.settings.name"), home.name, required: true, max: FieldLimit.name),
        .text(.address, t("home.settings.address"), home.address, max: FieldLimit.line),
        .text(.actingMunicipality, t("home.settings.municipality"), home.actingMunicipality, max: FieldLimit.name),
        .time(.dayStart, t("home.settings.day"), time(shifts.day), required: true),
        .time(.eveningStart, t("home.settings.evening"), time(shifts.evening), required: true),
        .time(.nightStart, t("home.settings.night"), time(shifts.night), required: true),
      ], draftKey: draftKey
    ) { s, context in
      guard let day = s.time(.dayStart), let evening = s.time(.eveningStart), let night = s.time(.nightStart) else {
        throw FieldProblem(HomeSettingsField.dayStart, context.texts("form.required"))
      }
      var changed = home
      changed.name = s.text(.name)
      changed.address = s.text(.address)
      changed.actingMunicipality = s.text(.actingMunicipality)
      changed.shiftTimes = ShiftTimes(day: day.minuteOfDay, evening: evening.minuteOfDay, night: night.minuteOfDay)
      do {
        context.homeName = try session.database.setup.updateHome(changed, by: session.actor).name
      } catch StorageError.invalidHome(let e) {
        let field: HomeSettingsField = e == .emptyName ? .name : .eveningStart
        throw FieldProblem(field, e.message(context.texts))
      }
      return FormSaved(context.texts("home.settings.saved"))
    }
    screen.header = { context in [(context.texts("home.settings.intro"), Style.muted)] }
    return screen
  }
}
