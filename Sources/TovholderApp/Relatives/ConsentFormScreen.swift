import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

enum ConsentField: String, FormFieldID { case kind, form, given, ends, note }

/// Recording a consent: one relative, one kind (kept by its code), the date, oral or written,
/// and an optional end date (not before the start).
enum ConsentFormScreen {
  static func make(session: Session, resident: Resident, relative: Relative, context: AppContext)
    -> FormScreen<ConsentField>
  {
    let t = context.texts
    let lang = RelativesWords.language(t)
    let kinds = session.catalogues.informationKinds.kinds.map {
      ChoiceOption($0.code, $0.name(language: lang) + " — " + $0.law)
    }
    let forms = ConsentForm.allCases.map { ChoiceOption($0.rawValue, t("rel.form.\($0.rawValue)")) }
    let screen = FormScreen<ConsentField>(
      title: t("rel.consent.title"), context: context,
      fields: [
        .choice(.kind, t("rel.field.kind"), kinds, nil, required: true),
        .choice(.form, t("rel.field.form"), forms, ConsentForm.written.rawValue, required: true),
        .date(.given, t("rel.field.given"), RelativesWords.today(context), required: true),
        .date(.ends, t("rel.field.ends"), nil),
        .text(.note, t("rel.field.note")),
      ], draftKey: "rel.consent.\(resident.id).\(relative.id)"
    ) { s, context in
      guard let code = s.choice(.kind), let given = s.day(.given) else {
        throw FieldProblem(ConsentField.kind, context.texts("form.required"))
      }
      let consent = try RelativesWords.repository(session).addConsent(
        NewConsent(
          residentID: resident.id, relativeID: relative.id, kindCode: code, givenOn: given,
          form: s.choice(.form).flatMap(ConsentForm.init(rawValue:)) ?? .written, endsOn: s.day(.ends),
          note: s.text(.note)), by: session.actor)
      return FormSaved(
        context.texts(
          "rel.consent.saved", RelativesWords.kindName(code, context.texts, session.catalogues.informationKinds),
          relative.name), savedID: consent.id)
    }
    screen.check = { s, t in
      if let e = s.day(.ends), let g = s.day(.given), e < g { return [(.ends, t("rel.error.consentEndsBeforeStart"))] }
      return []
    }
    screen.header = { context in [(context.texts("rel.consent.for", relative.name, resident.name), .header)] }
    screen.labelWidth = 20
    screen.draftAbout = { _ in relative.name + " · " + resident.name }
    return screen
  }
}
