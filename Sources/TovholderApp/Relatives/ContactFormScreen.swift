import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// Logging a call, meeting, visit, letter or e-mail: what was said and agreed, and who
/// follows up by when. "Told about health" is checked against consent on saving.
final class ContactFormScreen: RelativesFormBase {
  let resident: Resident
  var relatives: [Relative] = []
  var owners: [(AccountID, String)] = []

  init(session: Session, resident: Resident, relativeID: RelativeID?, context: AppContext) {
    self.resident = resident
    let t = context.texts
    let repo = RelativesWords.repository(session)
    let relatives =
      (try? repo.overview(residentID: resident.id, actor: session.actor, contactLimit: 1).relatives) ?? []
    let owners = (try? repo.followUpOwners(residentID: resident.id, actor: session.actor)) ?? []
    self.relatives = relatives
    self.owners = owners
    super.init(
      session: session, title: t("rel.contact.title"), heading: t("rel.for", resident.name),
      draftKey: "rel.contact.\(resident.id).\(relativeID ?? 0)",
      fields: [
        RelativesFormBase.choice(
          "relative", t("rel.field.relative"), [t("rel.contact.network")] + relatives.map(\.name),
          relativeID.flatMap { id in relatives.firstIndex { $0.id == id }.map { $0 + 1 } } ?? 0),
        RelativesFormBase.choice(
          "kind", t("rel.field.contactKind"), ContactKind.allCases.map { t("rel.contact.\($0.rawValue)") }, 0,
          required: true),
        RelativesWords.dateField("on", t("rel.field.on"), RelativesWords.today(context), required: true),
        FormField(id: "said", label: t("rel.field.said"), input: .area(TextAreaState(text: ""), height: 3)),
        .text(id: "agreed", label: t("rel.field.agreed")),
        RelativesFormBase.choice("health", t("rel.field.toldHealth"), [t("answer.no"), t("answer.yes")], 0),
        RelativesFormBase.choice(
          "owner", t("rel.field.owner"), [t("rel.none")] + owners.map(\.1), nil),
        RelativesWords.dateField("due", t("rel.field.due"), nil),
      ], context: context)
  }

  override func commit(_ context: AppContext) throws -> String? {
    let t = context.texts
    guard let on = date("on", context) ?? nil, let due = date("due", context) else { return nil }
    let ownerIndex = (choice("owner") ?? 0) - 1
    let owner = owners.indices.contains(ownerIndex) ? owners[ownerIndex].0 : nil
    if (owner == nil) != (due == nil) {
      let id = owner == nil ? "owner" : "due"
      form.setMessage(t("rel.error.followUpIncomplete"), for: id)
      form.setFocus(id: id)
      return nil
    }
    let relativeIndex = (choice("relative") ?? 0) - 1
    let relative = relatives.indices.contains(relativeIndex) ? relatives[relativeIndex] : nil
    let new = NewContactLogEntry(
      residentID: resident.id, relativeID: relative?.id, kind: ContactKind.allCases[choice("kind") ?? 0],
      occurredOn: on, said: form.value("said"), agreed: form.value("agreed"), toldAboutHealth: choice("health") == 1,
      followUpOwnerID: owner, followUpDue: due)
    do {
      _ = try RelativesWords.repository(session).logContact(new, by: session.actor)
    } catch {
      guard case .relatives(.sharingRefused(let reason)) = error else { throw error }
      let text = RelativesWords.refusal(
        reason, name: relative?.name ?? t("rel.contact.network"), kind: SharingCheck.health, t,
        session.catalogues.informationKinds)
      form.setMessage(text, for: "health")
      form.setFocus(id: "health")
      context.show(text, kind: .error, seconds: 20)
      return nil
    }
    return owner == nil ? t("rel.contact.saved") : t("rel.contact.savedFollowUp", owners[ownerIndex].1)
  }
}
