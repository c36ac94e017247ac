import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

enum CompletionField: String, FormFieldID {
  case place, staff, residents, before, during, after, staffInjured, residentInjured, injuries, force, police,
    emergency
}

/// Completing an episode later: place, who was involved, before/during/after, injuries,
/// force used (which opens the force form), police or emergency called.
enum CompletionForm {
  static func draftKey(_ id: EpisodeID) -> String { "episode.complete.\(id)" }

  static func make(session: Session, episode e: ViolentEpisode, residentName: String, context: AppContext)
    -> FormScreen<CompletionField>
  {
    let t = context.texts
    let d = e.details
    let screen = FormScreen<CompletionField>(
      title: t("episodes.complete.title"), context: context,
      fields: [
        .text(.place, t("episodes.field.place"), d.place, required: true),
        .text(.staff, t("episodes.field.involvedStaff"), d.involvedStaff.isEmpty ? e.reporterName : d.involvedStaff),
        .text(.residents, t("episodes.field.involvedResidents"), d.involvedResidents),
        .area(.before, t("episodes.field.before"), d.before, height: 3),
        .area(.during, t("episodes.field.during"), d.during.isEmpty ? e.summary : d.during, height: 3, required: true),
        .area(.after, t("episodes.field.after"), d.after, height: 3),
        .yesNo(.staffInjured, t("episodes.field.staffInjured"), d.staffInjured),
        .yesNo(.residentInjured, t("episodes.field.residentInjured"), d.residentInjured),
        .area(.injuries, t("episodes.field.injuries"), d.injuries, height: 2),
        .yesNo(.force, t("episodes.field.forceUsed"), d.forceUsed, required: true),
        .yesNo(.police, t("episodes.field.police"), d.policeCalled),
        .yesNo(.emergency, t("episodes.field.emergency"), d.emergencyCalled),
      ], focus: .place, draftKey: draftKey(e.id)
    ) { s, context in
      let details = EpisodeDetails(
        place: s.text(.place), involvedStaff: s.text(.staff), involvedResidents: s.text(.residents),
        before: s.text(.before), during: s.text(.during), after: s.text(.after),
        staffInjured: s.flag(.staffInjured) == true, residentInjured: s.flag(.residentInjured) == true,
        injuries: s.text(.injuries), forceUsed: s.flag(.force), policeCalled: s.flag(.police) == true,
        emergencyCalled: s.flag(.emergency) == true)
      do {
        try details.validate()
      } catch EpisodeValidationError.injuriesNotDescribed {
        throw FieldProblem(CompletionField.injuries, context.texts("episodes.error.injuriesNotDescribed"))
      }
      let saved = try session.database.episodes.complete(
        id: e.id, details: details, version: e.version, by: session.actor)
      let reports =
        (try? session.database.force.list(residentID: e.residentID, episodeID: e.id, actor: session.actor)) ?? []
      if details.forceUsed == true, reports.isEmpty {
        return FormSaved(
          context.texts("episodes.complete.saved", saved.id), savedID: saved.id,
          then: .replace(ForceFormScreen.make(session: session, kind: .skema1, episode: saved, context: context)))
      }
      return FormSaved(context.texts("episodes.complete.saved", saved.id), savedID: saved.id)
    }
    screen.header = { context in
      [(context.texts("episodes.complete.header", e.id, residentName, DateWording.dateTime(e.occurredAt)), .header)]
    }
    screen.draftAbout = { _ in residentName }
    return screen
  }
}
