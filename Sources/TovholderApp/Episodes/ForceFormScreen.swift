import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// A force form (Skema 1–4) generated from its catalogue: the fields in the form's order and
/// wording, prefilled from the episode where the form asks for the same thing.
enum ForceFormScreen {
  static func draftKey(_ episodeID: EpisodeID, _ kind: ForceForm.Kind) -> String {
    "force.new.\(episodeID).\(kind.rawValue)"
  }

  /// Picks which of the four forms to fill in.
  static func chooser(session: Session, episode: ViolentEpisode) -> TableScreen {
    let kinds = ForceForm.Kind.allCases
    let screen = TableScreen(titleKey: "episodes.force.choose", columns: [ColumnSpec("episodes.col.form")]) { _ in
      kinds.map { [session.catalogues.forceForms[$0].title] }
    }
    screen.onOpen = { row, context in
      .replace(make(session: session, kind: kinds[row], episode: episode, context: context))
    }
    return screen
  }

  static func prefill(_ session: Session, _ e: ViolentEpisode, today: CalendarDay) -> [String: String] {
    let r = try? session.database.residents.fetch(id: e.residentID, actor: session.actor)
    let home = ((try? session.database.setup.home()) ?? nil)?.name
    var v: [String: String] = [
      "borger_navn": r?.name ?? "", "borger_cpr": r?.cpr.formatted ?? "",
      "dato": DateWording.day(e.day), "start": DateWording.time(e.occurredAt), "sted": e.details.place,
      "medarbejdere": e.details.involvedStaff, "foer": e.details.before, "indgrebet": e.details.during,
      "indberetter_navn": session.actor.displayName, "indberetning_dato": DateWording.day(today),
      "skade_beskrivelse": e.details.injuries,
    ]
    if let home { v["tilbud_navn"] = home }
    return v
  }

  static func make(session: Session, kind: ForceForm.Kind, episode e: ViolentEpisode, context: AppContext)
    -> EpisodesFormScreen
  {
    let t = context.texts
    let form = session.catalogues.forceForms[kind]
    let values = prefill(session, e, today: CalendarDay(context.clock(), in: session.timeZone))
    let fields = form.fields.map { f -> FormField in
      let v = values[f.id] ?? ""
      switch f.kind {
      case .text: return .text(id: f.id, label: f.label, text: v, isRequired: f.required)
      case .longText:
        return FormField(
          id: f.id, label: f.label, isRequired: f.required, input: .area(TextAreaState(text: v), height: 3))
      case .date:
        var s = DateFieldState()
        s.text = v
        return FormField(id: f.id, label: f.label, isRequired: f.required, input: .date(s))
      case .time:
        var s = TimeFieldState()
        s.text = v
        return FormField(id: f.id, label: f.label, isRequired: f.required, input: .time(s))
      case .choice, .yesNo:
        let options = form.options(of: f)
        return FormField(
          id: f.id, label: f.label, isRequired: f.required,
          input: .choice(options: options, selected: options.firstIndex(of: v)))
      }
    }
    let header = [
      t("episodes.force.header", form.version, e.id),
      form.wordingSource != nil
        ? t("episodes.force.wordingNotice") : (form.verified ? "" : t("episodes.force.unverified")),
    ].filter { !$0.isEmpty }
    let screen = EpisodesFormScreen(
      session: session, title: form.title, headerLines: header, fields: fields, draftKey: draftKey(e.id, kind),
      context: context
    ) { s, context in
      var answers: [String: String] = [:]
      for f in form.fields {
        switch f.kind {
        case .date: answers[f.id] = try s.day(f.id, context: context)?.iso ?? ""
        case .time: answers[f.id] = try s.time(f.id, context: context)?.description ?? ""
        default: answers[f.id] = s.text(f.id)
        }
      }
      do {
        let report = try session.database.force.register(
          residentID: e.residentID, episodeID: e.id, form: form, answers: answers, by: session.actor)
        context.show(context.texts("episodes.force.saved", report.id), seconds: 10)
        return .pop
      } catch StorageError.invalidForceForm(let error) {
        switch error {
        case .missing(let id): throw EpisodesFieldError(fieldID: id, message: context.texts("form.required"))
        case .badDate(let id), .badTime(let id), .notAnOption(let id):
          throw EpisodesFieldError(fieldID: id, message: context.texts("episodes.error.badValue"))
        default: throw StorageError.invalidForceForm(error)
        }
      }
    }
    screen.labelWidth = labelWidth
    screen.showsFocusedLabel = true
    screen.fullLabels = Dictionary(uniqueKeysWithValues: form.fields.map { ($0.id, $0.label) })
    return screen
  }

  static let labelWidth = 26

  static func shortLabel(_ label: String, width: Int) -> String {
    EpisodesFormScreen.shortLabel(label, width: width)
  }
}
