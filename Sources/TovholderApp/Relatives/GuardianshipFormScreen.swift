import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// Registering or editing a guardianship (værgemål): the guardian (a relative from the
/// network or an outside person), the section (§ 5 economic and/or personal, possibly
/// limited to named matters; § 6; § 7 co-guardianship), the court's decision date and an
/// optional end date, not before the decision.
final class GuardianshipFormScreen: RelativesFormBase {
  let resident: Resident
  let relatives: [Relative]
  let editing: Guardianship?
  /// The areas choice, in the order shown.
  static let areaChoices: [Set<GuardianshipArea>] = [[.economic], [.personal], [.economic, .personal]]
  /// The "limited to kinds" choice: all kinds of the areas, one kind, or an earlier set kept.
  let kindChoices: [Set<String>?]

  init(
    session: Session, resident: Resident, relatives: [Relative], editing: Guardianship?, context: AppContext
  ) {
    self.resident = resident
    self.relatives = relatives
    self.editing = editing
    let t = context.texts
    var kindChoices: [Set<String>?] = [nil] + session.catalogues.informationKinds.kinds.map { [$0.code] }
    if let kept = editing?.limitedToKinds, !kindChoices.contains(kept) { kindChoices.append(kept) }
    self.kindChoices = kindChoices
    var guardianIndex = relatives.count
    var outside = ("", "")
    switch editing?.guardian {
    case .relative(let id)?: guardianIndex = relatives.firstIndex { $0.id == id } ?? relatives.count
    case .outside(let name, let contact)?: outside = (name, contact)
    case nil: break
    }
    let kindNames = kindChoices.map { kinds in
      kinds.map {
        $0.sorted().map { RelativesWords.kindName($0, t, session.catalogues.informationKinds) }.joined(separator: ", ")
      }
        ?? t("rel.guardianship.allKinds")
    }
    super.init(
      session: session, title: t(editing == nil ? "rel.guardianship.new" : "rel.guardianship.edit"),
      heading: t("rel.guardianship.for", resident.name),
      draftKey: "rel.guardianship.\(resident.id).\(editing?.id ?? 0)",
      fields: [
        RelativesFormBase.choice(
          "guardian", t("rel.field.guardian"), relatives.map(\.name) + [t("rel.guardianship.outside")],
          guardianIndex, required: true),
        .text(id: "outsideName", label: t("rel.field.outsideName"), text: outside.0),
        .text(id: "outsideContact", label: t("rel.field.outsideContact"), text: outside.1),
        RelativesFormBase.choice(
          "section", t("rel.field.section"), GuardianshipSection.allCases.map { t("rel.section.\($0.rawValue)") },
          GuardianshipSection.allCases.firstIndex(of: editing?.section ?? .section5), required: true),
        RelativesFormBase.choice(
          "areas", t("rel.field.areas"),
          Self.areaChoices.map { set in
            GuardianshipArea.allCases.filter { set.contains($0) }.map { t("rel.area.\($0.rawValue)") }
              .joined(separator: " + ")
          }, editing.flatMap { g in Self.areaChoices.firstIndex(of: g.areas) } ?? 0, required: true),
        .text(
          id: "matters", label: t("rel.field.matters"), text: editing?.namedMatters.joined(separator: ", ") ?? ""),
        RelativesFormBase.choice(
          "kinds", t("rel.field.limitedKinds"), kindNames, kindChoices.firstIndex(of: editing?.limitedToKinds) ?? 0),
        RelativesWords.dateField("decided", t("rel.field.decided"), editing?.decidedOn, required: true),
        RelativesWords.dateField("ends", t("rel.field.ends"), editing?.endsOn),
      ], context: context)
  }

  override func commit(_ context: AppContext) throws -> String? {
    let t = context.texts
    guard let decided = date("decided", context) ?? nil, let ends = date("ends", context) else { return nil }
    if let e = ends, e < decided {
      form.setMessage(t("rel.error.guardianshipEndsBeforeDecision"), for: "ends")
      form.setFocus(id: "ends")
      return nil
    }
    let index = choice("guardian") ?? relatives.count
    let guardian: Guardian
    if relatives.indices.contains(index) {
      guardian = .relative(relatives[index].id)
    } else {
      let name = form.value("outsideName").trimmingCharacters(in: .whitespaces)
      if name.isEmpty {
        form.setMessage(t("rel.error.guardianMissing"), for: "outsideName")
        form.setFocus(id: "outsideName")
        return nil
      }
      guardian = .outside(name: name, contact: form.value("outsideContact").trimmingCharacters(in: .whitespaces))
    }
    let section = GuardianshipSection.allCases[choice("section") ?? 0]
    let areas = Self.areaChoices[choice("areas") ?? 0]
    let matters = form.value("matters").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty }
    let kinds = kindChoices[choice("kinds") ?? 0]
    let repo = RelativesWords.repository(session)
    if var g = editing {
      g.guardian = guardian
      g.section = section
      g.areas = areas
      g.namedMatters = matters
      g.limitedToKinds = kinds
      g.decidedOn = decided
      g.endsOn = ends
      _ = try repo.updateGuardianship(g, by: session.actor)
    } else {
      _ = try repo.addGuardianship(
        NewGuardianship(
          residentID: resident.id, guardian: guardian, section: section, areas: areas, namedMatters: matters,
          limitedToKinds: kinds, decidedOn: decided, endsOn: ends), by: session.actor)
    }
    return t("rel.guardianship.saved")
  }
}
