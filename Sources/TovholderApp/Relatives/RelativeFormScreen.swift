import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// Adding a person to the resident's network, or editing one. A relative without phone or
/// e-mail is fine; a phone or e-mail that cannot be one is refused at the field.
final class RelativeFormScreen: RelativesFormBase {
  let resident: Resident
  let editing: Relative?
  static let preferred: [PreferredContact?] = [nil] + PreferredContact.allCases.map { $0 }

  init(session: Session, resident: Resident, editing: Relative?, context: AppContext) {
    self.resident = resident
    self.editing = editing
    let t = context.texts
    let preferredNames = Self.preferred.map { $0.map { t("rel.preferred.\($0.rawValue)") } ?? t("rel.none") }
    super.init(
      session: session, title: t(editing == nil ? "rel.new.title" : "rel.edit.title"),
      heading: t("rel.for", resident.name), draftKey: Self.draftKey(resident: resident.id, editing: editing?.id),
      fields: [
        .text(id: "name", label: t("rel.field.name"), text: editing?.name ?? "", isRequired: true),
        .text(id: "relation", label: t("rel.field.relation"), text: editing?.relation ?? ""),
        .text(id: "phone", label: t("rel.field.phone"), text: editing?.phone ?? "") { [t] v in
          v.isEmpty || ContactFormat.isPhone(v) ? nil : t("rel.error.invalidPhone")
        },
        .text(id: "email", label: t("rel.field.email"), text: editing?.email ?? "") { [t] v in
          v.isEmpty || ContactFormat.isEmail(v) ? nil : t("rel.error.invalidEmail")
        },
        .text(id: "address", label: t("rel.field.address"), text: editing?.address ?? ""),
        RelativesFormBase.choice(
          "preferred", t("rel.field.preferred"), preferredNames,
          Self.preferred.firstIndex(of: editing?.preferredContact) ?? 0),
        RelativesFormBase.choice(
          "chosen", t("rel.field.chosen"), [t("answer.yes"), t("answer.no")], editing?.chosenByResident == false ? 1 : 0
        ),
        .text(id: "notes", label: t("rel.field.notes"), text: editing?.notes ?? ""),
      ], context: context)
  }

  static func draftKey(resident: ResidentID, editing: RelativeID?) -> String {
    editing.map { "rel.relativeEdit.\(resident).\($0)" } ?? "rel.relative.\(resident).0"
  }

  override func commit(_ context: AppContext) throws -> String? {
    let t = context.texts
    let preferred = Self.preferred[choice("preferred") ?? 0]
    let chosen = choice("chosen") != 1
    let repo = RelativesWords.repository(session)
    if var r = editing {
      r.name = form.value("name")
      r.relation = form.value("relation")
      r.phone = form.value("phone")
      r.email = form.value("email")
      r.address = form.value("address")
      r.preferredContact = preferred
      r.chosenByResident = chosen
      r.notes = form.value("notes")
      _ = try repo.update(r, by: session.actor)
      return t("rel.saved", r.name)
    }
    let r = try repo.add(
      NewRelative(
        residentID: resident.id, name: form.value("name"), relation: form.value("relation"), phone: form.value("phone"),
        email: form.value("email"), address: form.value("address"), preferredContact: preferred,
        notes: form.value("notes"), chosenByResident: chosen), by: session.actor)
    return t("rel.added", r.name)
  }
}
