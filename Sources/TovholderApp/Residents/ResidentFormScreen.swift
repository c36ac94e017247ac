import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

enum NewResidentField: String, FormFieldID { case name, cpr, unit, movedIn }

/// A leader registers a new resident in one of their units: name, CPR (the date part must be
/// a real date), unit and move-in date.
enum ResidentFormScreen {
  static let draftKey = "resident.new"

  static func make(session: Session, context: AppContext) -> FormScreen<NewResidentField> {
    let t = context.texts
    let units = units(session)
    return FormScreen<NewResidentField>(
      title: t("resident.new.title"), context: context,
      fields: [
        .text(.name, t("resident.field.name"), required: true, max: FieldLimit.name),
        .text(.cpr, t("resident.field.cpr"), required: true, max: 11, validate: cprCheck(t)),
        .choice(
          .unit, t("resident.field.unit"), units.map { ChoiceOption(id: $0.0, $0.1) }, units.first.map { String($0.0) },
          required: true),
        .date(
          .movedIn, t("resident.field.movedIn"), CalendarDay(context.clock(), in: session.timeZone), required: true),
      ], draftKey: draftKey
    ) { s, context in
      guard let movedIn = s.day(.movedIn), let unit = s.rowID(.unit), let number = try? CPRNumber(s.raw(.cpr)) else {
        throw FieldProblem(NewResidentField.movedIn, context.texts("form.required"))
      }
      let resident = try session.database.residents.create(
        NewResident(
          unitID: unit, name: s.raw(.name).trimmingCharacters(in: [" "]), cpr: number, movedIn: movedIn, movedOut: nil,
          contactPersonID: nil, coordinatorID: nil), by: session.actor)
      return FormSaved(context.texts("resident.created", resident.id), savedID: resident.id)
    }
  }

  /// The units the leader may register residents in, by name.
  static func units(_ session: Session) -> [(UnitID, String)] {
    session.unitNames.filter { session.actor.unitIDs.contains($0.key) }
      .sorted { DanishCollation.compare($0.value, $1.value) < 0 }.map { ($0.key, $0.value) }
  }

  static func cprCheck(_ t: Texts) -> @Sendable (String) -> String? {
    { text in
      do {
        _ = try CPRNumber(text)
        return nil
      } catch { return ErrorMessages.describe(error, t) }
    }
  }
}
