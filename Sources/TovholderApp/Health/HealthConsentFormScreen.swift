import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

enum HealthConsentField: String, FormFieldID { case status, form, day, note }

/// Records the resident's consent for health matters (sundhedsloven §18): given, refused or
/// withdrawn, orally or in writing, on which day, and a note (e.g. given with the guardian).
/// The history stays; the newest entry counts.
enum HealthConsentFormScreen {
  static func make(session: Session, resident: Resident, context: AppContext) -> FormScreen<HealthConsentField> {
    let t = context.texts
    let statuses = HealthConsent.Status.allCases.map {
      ChoiceOption($0.rawValue, t("health.consent.status.\($0.rawValue)"))
    }
    let forms = HealthConsent.Form.allCases.map { ChoiceOption($0.rawValue, t("health.consent.form.\($0.rawValue)")) }
    let screen = FormScreen<HealthConsentField>(
      title: t("health.consent.title"), context: context,
      fields: [
        .choice(.status, t("health.consent.field.status"), statuses, nil, required: true),
        .choice(
          .form, t("health.consent.field.form"), forms, HealthConsent.Form.allCases.first?.rawValue, required: true),
        .date(.day, t("health.consent.field.day"), CalendarDay(context.clock(), in: session.timeZone), required: true),
        .text(.note, t("health.consent.field.note"), max: HealthConsent.maxNoteLength),
      ], draftKey: "health.consent.\(resident.id)"
    ) { s, context in
      guard let status = s.choice(.status).flatMap(HealthConsent.Status.init(rawValue:)),
        let form = s.choice(.form).flatMap(HealthConsent.Form.init(rawValue:)), let day = s.day(.day)
      else { throw FieldProblem(HealthConsentField.status, context.texts("form.required")) }
      try session.database.health.recordConsent(
        residentID: resident.id, status: status, form: form, day: day, note: s.raw(.note), by: session.actor)
      return FormSaved(context.texts("health.consent.saved"))
    }
    screen.header = { context in [(resident.name, .header), (context.texts("health.consent.help"), .muted)] }
    screen.labelWidth = 20
    screen.draftAbout = { _ in resident.name }
    return screen
  }
}
