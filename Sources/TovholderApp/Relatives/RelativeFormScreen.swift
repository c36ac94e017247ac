import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

enum RelativeField: String, FormFieldID { case name, relation, phone, email, address, preferred, chosen, notes }

/// Adding a person to the resident's network, or editing one. A relative without phone or
/// e-mail is fine; a phone or e-mail that cannot be one is refused at the field.
enum RelativeFormScreen {
  static let none = "none"

  static func make(session: Session, resident: Resident, editing: Relative?, context: AppContext)
    -> FormScreen<RelativeField>
  {
    let t = context.texts
    let preferred =
      [ChoiceOption(none, t("rel.none"))]
      + PreferredContact.allCases.map { ChoiceOption($0.rawValue, t("rel.preferred.\($0.rawValue)")) }
    let screen = FormScreen<RelativeField>(
      title: t(editing == nil ? "rel.new.title" : "rel.edit.title"), context: context,
      fields: [
        .text(.name, t("rel.field.name"), editing?.name ?? "", required: true, max: FieldLimit.name),
        .text(.relation, t("rel.field.relation"), editing?.relation ?? "", max: FieldLimit.name),
        .text(.phone, t("rel.field.phone"), editing?.phone ?? "", max: FieldLimit.phone) { [t] v in
          ContactFormat.isPhone(v) ? nil : t("rel.error.invalidPhone")
        },
        .text(.email, t("rel.field.email"), editing?.email ?? "", max: FieldLimit.email) { [t] v in
          ContactFormat.isEmail(v) ? nil : t("rel.error.invalidEmail")
        },
        .text(.address, t("rel.field.address"), editing?.address ?? ""),
        .choice(.preferred, t("rel.field.preferred"), preferred, editing?.preferredContact?.rawValue ?? none),
        .yesNo(.chosen, t("rel.field.chosen"), editing?.chosenByResident ?? true),
        .text(.notes, t("rel.field.notes"), editing?.notes ?? ""),
      ], draftKey: draftKey(resident: resident.id, editing: editing?.id)
    ) { s, context in
      let preferred = s.choice(.preferred).flatMap(PreferredContact.init(rawValue:))
      let chosen = s.flag(.chosen) != false
      let repo = RelativesWords.repository(session)
      if var r = editing {
        r.name = s.raw(.name)
        r.relation = s.raw(.relation)
        r.phone = s.raw(.phone)
        r.email = s.raw(.email)
        r.address = s.raw(.address)
        r.preferredContact = preferred
        r.chosenByResident = chosen
        r.notes = s.raw(.notes)
        let saved = try repo.update(r, by: session.actor)
        return FormSaved(context.texts("rel.saved", saved.name), savedID: saved.id)
      }
      let r = try repo.add(
        NewRelative(
          residentID: resident.id, name: s.raw(.name), relation: s.raw(.relation), phone: s.raw(.phone),
          email: s.raw(.email), address: s.raw(.address), preferredContact: preferred, notes: s.raw(.notes),
          chosenByResident: chosen), by: session.actor)
      return FormSaved(context.texts("rel.added", r.name), savedID: r.id)
    }
    screen.header = { context in [(context.texts("rel.for", resident.name), .header)] }
    screen.labelWidth = 20
    screen.draftAbout = { _ in resident.name }
    return screen
  }

  static func draftKey(resident: ResidentID, editing: RelativeID?) -> String {
    editing.map { "rel.relativeEdit.\(resident).\($0)" } ?? "rel.relative.\(resident).0"
  }
}
