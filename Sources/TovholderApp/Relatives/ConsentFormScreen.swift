import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// Recording a consent: one relative, one kind, the date, oral or written, and an optional
/// end date (not before the start).
final class ConsentFormScreen: RelativesFormBase {
  let resident: Resident
  let relative: Relative

  init(session: Session, resident: Resident, relative: Relative, context: AppContext) {
    self.resident = resident
    self.relative = relative
    let t = context.texts
    let kinds = session.catalogues.informationKinds.kinds
    super.init(
      session: session, title: t("rel.consent.title"), heading: t("rel.consent.for", relative.name, resident.name),
      draftKey: "rel.consent.\(resident.id).\(relative.id)",
      fields: [
        RelativesFormBase.choice(
          "kind", t("rel.field.kind"), kinds.map { $0.name(language: RelativesWords.language(t)) + " — " + $0.law },
          nil, required: true),
        RelativesFormBase.choice(
          "form", t("rel.field.form"), ConsentForm.allCases.map { t("rel.form.\($0.rawValue)") }, 1, required: true),
        RelativesWords.dateField("given", t("rel.field.given"), RelativesWords.today(context), required: true),
        RelativesWords.dateField("ends", t("rel.field.ends"), nil),
        .text(id: "note", label: t("rel.field.note")),
      ], context: context)
  }

  override func commit(_ context: AppContext) throws -> String? {
    let t = context.texts
    guard let kindIndex = choice("kind"), let given = date("given", context) ?? nil, let ends = date("ends", context)
    else { return nil }
    if let e = ends, e < given {
      form.setMessage(t("rel.error.consentEndsBeforeStart"), for: "ends")
      form.setFocus(id: "ends")
      return nil
    }
    let kind = session.catalogues.informationKinds.kinds[kindIndex]
    _ = try RelativesWords.repository(session).addConsent(
      NewConsent(
        residentID: resident.id, relativeID: relative.id, kindCode: kind.code, givenOn: given,
        form: ConsentForm.allCases[choice("form") ?? 0], endsOn: ends, note: form.value("note")), by: session.actor)
    return t("rel.consent.saved", kind.name(language: RelativesWords.language(t)), relative.name)
  }
}
