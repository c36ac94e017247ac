import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// Completing an episode later: place, who was involved, before/during/after, injuries,
/// force used (which opens the force form), police or emergency called.
enum CompletionForm {
  static func draftKey(_ id: EpisodeID) -> String { "episode.complete.\(id)" }

  static func make(session: Session, episode e: ViolentEpisode, residentName: String, context: AppContext)
    -> EpisodesFormScreen
  {
    let t = context.texts
    let yn = EpisodesFormat.yesNo(t)
    let d = e.details
    func flag(_ b: Bool) -> Int { b ? 1 : 0 }
    let fields: [FormField] = [
      .text(id: "place", label: t("episodes.field.place"), text: d.place, isRequired: true),
      .text(
        id: "staff", label: t("episodes.field.involvedStaff"),
        text: d.involvedStaff.isEmpty ? e.reporterName : d.involvedStaff),
      .text(id: "residents", label: t("episodes.field.involvedResidents"), text: d.involvedResidents),
      FormField(
        id: "before", label: t("episodes.field.before"), input: .area(TextAreaState(text: d.before), height: 3)),
      FormField(
        id: "during", label: t("episodes.field.during"), isRequired: true,
        input: .area(TextAreaState(text: d.during.isEmpty ? e.summary : d.during), height: 3)),
      FormField(id: "after", label: t("episodes.field.after"), input: .area(TextAreaState(text: d.after), height: 3)),
      FormField(
        id: "staffInjured", label: t("episodes.field.staffInjured"),
        input: .choice(options: yn, selected: flag(d.staffInjured))),
      FormField(
        id: "residentInjured", label: t("episodes.field.residentInjured"),
        input: .choice(options: yn, selected: flag(d.residentInjured))),
      FormField(
        id: "injuries", label: t("episodes.field.injuries"), input: .area(TextAreaState(text: d.injuries), height: 2)),
      FormField(
        id: "force", label: t("episodes.field.forceUsed"), isRequired: true,
        input: .choice(options: yn, selected: d.forceUsed.map(flag))),
      FormField(
        id: "police", label: t("episodes.field.police"), input: .choice(options: yn, selected: flag(d.policeCalled))),
      FormField(
        id: "emergency", label: t("episodes.field.emergency"),
        input: .choice(options: yn, selected: flag(d.emergencyCalled))),
    ]
    let header = t("episodes.complete.header", e.id, residentName, DateWording.dateTime(e.occurredAt))
    return EpisodesFormScreen(
      session: session, title: t("episodes.complete.title"), headerLines: [header], fields: fields, focus: "place",
      draftKey: draftKey(e.id), context: context
    ) { s, context in
      let details = EpisodeDetails(
        place: s.text("place"), involvedStaff: s.text("staff"), involvedResidents: s.text("residents"),
        before: s.text("before"), during: s.text("during"), after: s.text("after"),
        staffInjured: s.choice("staffInjured") == 1, residentInjured: s.choice("residentInjured") == 1,
        injuries: s.text("injuries"), forceUsed: s.choice("force").map { $0 == 1 },
        policeCalled: s.choice("police") == 1,
        emergencyCalled: s.choice("emergency") == 1)
      do {
        try details.validate()
      } catch EpisodeValidationError.injuriesNotDescribed {
        throw EpisodesFieldError(fieldID: "injuries", message: context.texts("episodes.error.injuriesNotDescribed"))
      }
      let saved = try session.database.episodes.complete(
        id: e.id, details: details, version: e.version, by: session.actor)
      context.show(context.texts("episodes.complete.saved", saved.id))
      let reports =
        (try? session.database.force.list(residentID: e.residentID, episodeID: e.id, actor: session.actor)) ?? []
      if details.forceUsed == true, reports.isEmpty {
        return .replace(ForceFormScreen.make(session: session, kind: .skema1, episode: saved, context: context))
      }
      return .pop
    }
  }
}
