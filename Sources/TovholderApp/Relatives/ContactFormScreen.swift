import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

enum ContactField: String, FormFieldID { case relative, kind, on, said, agreed, health, owner, due }

/// Logging a call, meeting, visit, letter or e-mail: what was said and agreed, and who
/// follows up by when. "Told about health" is checked against consent on saving. Opens on
/// what was said (the relative and kind are already chosen).
enum ContactFormScreen {
  static let network = "network"
  static let nobody = "none"

  static func make(session: Session, resident: Resident, relativeID: RelativeID?, context: AppContext)
    -> FormScreen<ContactField>
  {
    let t = context.texts
    let repo = RelativesWords.repository(session)
    let relatives =
      (try? repo.overview(residentID: resident.id, actor: session.actor, contactLimit: 1).relatives) ?? []
    let owners = (try? repo.followUpOwners(residentID: resident.id, actor: session.actor)) ?? []
    let withWhom =
      [ChoiceOption(network, t("rel.contact.network"))] + relatives.map { ChoiceOption(id: $0.id, $0.name) }
    let kinds = ContactKind.allCases.map { ChoiceOption($0.rawValue, t("rel.contact.\($0.rawValue)")) }
    let screen = FormScreen<ContactField>(
      title: t("rel.contact.title"), context: context,
      fields: [
        .choice(.relative, t("rel.field.relative"), withWhom, relativeID.map(String.init) ?? network),
        .choice(.kind, t("rel.field.contactKind"), kinds, ContactKind.allCases.first?.rawValue, required: true),
        .date(.on, t("rel.field.on"), RelativesWords.today(context), required: true),
        .area(.said, t("rel.field.said"), height: 3),
        .text(.agreed, t("rel.field.agreed")),
        .yesNo(.health, t("rel.field.toldHealth"), false),
        .choice(
          .owner, t("rel.field.owner"),
          [ChoiceOption(nobody, t("rel.none"))] + owners.map { ChoiceOption(id: $0.0, $0.1) },
          nobody),
        .date(.due, t("rel.field.due"), nil),
      ], focus: .said, draftKey: "rel.contact.\(resident.id).\(relativeID ?? 0)"
    ) { s, context in
      try save(s, context, session: session, resident: resident, relatives: relatives, owners: owners)
    }
    screen.check = { s, t in
      let hasOwner = s.rowID(.owner) != nil
      let hasDue = !s.isEmpty(.due)
      guard hasOwner != hasDue else { return [] }
      return [(hasOwner ? .due : .owner, t("rel.error.followUpIncomplete"))]
    }
    screen.header = { context in [(context.texts("rel.for", resident.name), .header)] }
    screen.labelWidth = 20
    screen.draftAbout = { $0.label(of: .relative) + " · " + resident.name }
    return screen
  }

  private static func save(
    _ s: FormReading<ContactField>, _ context: AppContext, session: Session, resident: Resident,
    relatives: [Relative], owners: [(AccountID, String)]
  ) throws -> FormSaved {
    let t = context.texts
    let owner: AccountID? = s.rowID(.owner)
    let relative: Relative? = s.rowID(.relative).flatMap { id in relatives.first { $0.id == id } }
    let kind = s.choice(.kind).flatMap(ContactKind.init(rawValue:)) ?? .call
    let new = NewContactLogEntry(
      residentID: resident.id, relativeID: relative?.id, kind: kind,
      occurredOn: s.day(.on) ?? RelativesWords.today(context), said: s.raw(.said), agreed: s.raw(.agreed),
      toldAboutHealth: s.flag(.health) == true, followUpOwnerID: owner, followUpDue: s.day(.due))
    let saved: ContactLogEntry
    do {
      saved = try RelativesWords.repository(session).logContact(new, by: session.actor)
    } catch {
      guard case .relatives(.sharingRefused(let reason)) = error else { throw error }
      let name = relative?.name ?? t("rel.contact.network")
      throw FieldProblem(
        ContactField.health,
        RelativesWords.refusal(reason, name: name, kind: SharingCheck.health, t, session.catalogues.informationKinds))
    }
    let ownerName: String? = owners.first(where: { $0.0 == owner })?.1
    let message = ownerName.map { t("rel.contact.savedFollowUp", $0) } ?? t("rel.contact.saved")
    return FormSaved(message, savedID: saved.id)
  }
}
