import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

enum GuardianshipField: String, FormFieldID {
  case guardian, outsideName, outsideContact, section, areas, matters, kinds, decided, ends
}

/// Registering or editing a guardianship (værgemål): the guardian (a relative from the
/// network, by id, or an outside person), the section (§ 5 economic and/or personal, possibly
/// limited to named matters; § 6; § 7 co-guardianship), the areas, the kinds of information
/// it is limited to (none checked: all within its areas), the court's decision date and an
/// optional end date, not before the decision.
enum GuardianshipFormScreen {
  static let outside = "outside"

  static func make(
    session: Session, resident: Resident, relatives: [Relative], editing: Guardianship?, context: AppContext
  ) -> FormScreen<GuardianshipField> {
    let t = context.texts
    var guardian = outside
    var outsidePerson = ("", "")
    switch editing?.guardian {
    case .relative(let id)?: guardian = String(id)
    case .outside(let name, let contact)?: outsidePerson = (name, contact)
    case nil: break
    }
    let guardians =
      relatives.map { ChoiceOption(id: $0.id, $0.name) } + [ChoiceOption(outside, t("rel.guardianship.outside"))]
    let sections = GuardianshipSection.allCases.map { ChoiceOption($0.rawValue, t("rel.section.\($0.rawValue)")) }
    let areas = GuardianshipArea.allCases.map { ChoiceOption($0.rawValue, t("rel.area.\($0.rawValue)")) }
    let kinds = session.catalogues.informationKinds.kinds.map {
      ChoiceOption($0.code, RelativesWords.kindName($0.code, t, session.catalogues.informationKinds))
    }
    let screen = FormScreen<GuardianshipField>(
      title: t(editing == nil ? "rel.guardianship.new" : "rel.guardianship.edit"), context: context,
      fields: [
        .choice(.guardian, t("rel.field.guardian"), guardians, guardian, required: true),
        .text(.outsideName, t("rel.field.outsideName"), outsidePerson.0, max: FieldLimit.name),
        .text(.outsideContact, t("rel.field.outsideContact"), outsidePerson.1),
        .choice(.section, t("rel.field.section"), sections, (editing?.section ?? .section5).rawValue, required: true),
        .multi(
          .areas, t("rel.field.areas"), areas, Set((editing?.areas ?? [.economic]).map(\.rawValue)), required: true),
        .text(.matters, t("rel.field.matters"), editing?.namedMatters.joined(separator: ", ") ?? ""),
        .multi(.kinds, t("rel.field.limitedKinds"), kinds, editing?.limitedToKinds ?? []),
        .date(.decided, t("rel.field.decided"), editing?.decidedOn, required: true),
        .date(.ends, t("rel.field.ends"), editing?.endsOn),
      ], draftKey: "rel.guardianship.\(resident.id).\(editing?.id ?? 0)"
    ) { s, context in
      guard let decided = s.day(.decided) else {
        throw FieldProblem(GuardianshipField.decided, context.texts("form.required"))
      }
      let who: Guardian =
        s.rowID(.guardian).map { .relative($0) }
        ?? .outside(name: s.text(.outsideName), contact: s.text(.outsideContact))
      let section = s.choice(.section).flatMap(GuardianshipSection.init(rawValue:)) ?? .section5
      let chosenAreas = Set(s.choices(.areas).compactMap(GuardianshipArea.init(rawValue:)))
      let matters = s.raw(.matters).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        .filter { !$0.isEmpty }
      let limited = s.choices(.kinds)
      let repo = RelativesWords.repository(session)
      if var g = editing {
        g.guardian = who
        g.section = section
        g.areas = chosenAreas
        g.namedMatters = matters
        g.limitedToKinds = limited.isEmpty ? nil : limited
        g.decidedOn = decided
        g.endsOn = s.day(.ends)
        let saved = try repo.updateGuardianship(g, by: session.actor)
        return FormSaved(context.texts("rel.guardianship.saved"), savedID: saved.id)
      }
      let saved = try repo.addGuardianship(
        NewGuardianship(
          residentID: resident.id, guardian: who, section: section, areas: chosenAreas, namedMatters: matters,
          limitedToKinds: limited.isEmpty ? nil : limited, decidedOn: decided, endsOn: s.day(.ends)), by: session.actor)
      return FormSaved(context.texts("rel.guardianship.saved"), savedID: saved.id)
    }
    screen.check = { s, t in
      var problems: [(GuardianshipField, String)] = []
      if s.choice(.guardian) == outside, s.isEmpty(.outsideName) {
        problems.append((.outsideName, t("rel.error.guardianMissing")))
      }
      if let e = s.day(.ends), let d = s.day(.decided), e < d {
        problems.append((.ends, t("rel.error.guardianshipEndsBeforeDecision")))
      }
      return problems
    }
    screen.header = { context in [(context.texts("rel.guardianship.for", resident.name), .header)] }
    screen.labelWidth = 20
    screen.draftAbout = { _ in resident.name }
    return screen
  }
}
