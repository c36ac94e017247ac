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
  static func chooser(session: Session, episode: ViolentEpisode, list: TableScreen? = nil) -> TableScreen {
    let kinds = ForceForm.Kind.allCases
    let screen = TableScreen(titleKey: "episodes.force.choose", columns: [ColumnSpec("episodes.col.form")]) { _ in
      kinds.map { [session.catalogues.forceForms[$0].title] }
    }
    screen.onOpen = { row, context in
      let form = make(session: session, kind: kinds[row], episode: episode, context: context)
      // The chooser gives way to the form; the list below it shows the new report, selected.
      list?.showSaves(of: form)
      return .replace(form)
    }
    return screen
  }

  /// What the program knows for the form: the resident, the home's name and address, the
  /// acting municipality (the resident's own, else the home's), the guardian from the
  /// resident's network, and date, times, place, staff and injuries from the episode.
  static func prefill(_ session: Session, _ e: ViolentEpisode, today: CalendarDay) -> [String: String] {
    let r = try? session.database.residents.fetch(id: e.residentID, actor: session.actor)
    let home = (try? session.database.setup.home()) ?? nil
    let injured = e.details.staffInjured || e.details.residentInjured
    var v: [String: String] = [
      // Masked on screen as everywhere; the saved report gets the whole number (`answers`).
      "borger_navn": r?.name ?? "", "borger_cpr": r?.cpr.masked ?? "",
      "dato": DateWording.day(e.day), "start": DateWording.time(e.occurredAt), "sted": e.details.place,
      "medarbejdere": e.details.involvedStaff, "foer": e.details.before, "indgrebet": e.details.during,
      "indberetter_navn": session.actor.displayName, "indberetning_dato": DateWording.day(today),
      "skade_beskrivelse": e.details.injuries, "vaerge": guardian(session, e.residentID, today: today),
    ]
    // The completed episode answered whether anyone was hurt.
    if e.completedAt != nil {
      v["skade"] = injured ? ForceForm.yesNo[0] : ForceForm.yesNo[1]
    }
    if let home {
      v["tilbud_navn"] = home.name
      v["tilbud_adresse"] = home.address
      v["handlekommune"] = r?.actingMunicipality ?? home.actingMunicipality
    }
    return v.filter { !$0.value.isEmpty }
  }

  /// The resident's guardians in force today, by name.
  static func guardian(_ session: Session, _ residentID: ResidentID, today: CalendarDay) -> String {
    guard
      let overview = try? session.database.relatives(catalogue: session.catalogues.informationKinds).overview(
        residentID: residentID, actor: session.actor, on: today)
    else { return "" }
    return overview.guardianships.filter { $0.isActive(on: today) }.map { g -> String in
      switch g.guardian {
      case .relative(let id): return overview.relatives.first { $0.id == id }?.name ?? ""
      case .outside(let name, _): return name
      }
    }.filter { !$0.isEmpty }.joined(separator: ", ")
  }

  static func make(session: Session, kind: ForceForm.Kind, episode e: ViolentEpisode, context: AppContext)
    -> FormScreen<ForceField>
  {
    let form = session.catalogues.forceForms[kind]
    let today = CalendarDay(context.clock(), in: session.timeZone)
    let values = prefill(session, e, today: today)
    let resident = try? session.database.residents.fetch(id: e.residentID, actor: session.actor)
    let cpr = resident?.cpr
    let picks = ForceFormPicks.make(session, e, unitID: resident?.unitID, today: today, texts: context.texts)
    let fields = form.fields.map { f -> FieldSpec<ForceField> in
      let id = ForceField(key: f.id)
      let v = values[f.id] ?? ""
      if f.kind == .text, let options = picks.options[f.id], !options.isEmpty {
        let initial = picks.initial[f.id] ?? ""
        return f.id == ForceFormPicks.staffField
          ? .multi(id, f.label, options, Set(initial.split(separator: ",").map(String.init)), required: f.required)
          : .choice(id, f.label, options, initial, required: f.required)
      }
      switch f.kind {
      case .text: return .text(id, f.label, v, required: f.required, max: FieldLimit.line)
      case .longText: return .area(id, f.label, v, height: 3, required: f.required)
      case .date: return FieldSpec(id, f.label, kind: .date, required: f.required, initial: v)
      case .time: return FieldSpec(id, f.label, kind: .time, required: f.required, initial: v)
      case .choice, .yesNo:
        let options = form.options(of: f).map { ChoiceOption($0, f.titled($0)) }
        return .choice(id, f.label, options, options.contains { $0.key == v } ? v : nil, required: f.required)
      }
    }
    let screen = FormScreen<ForceField>(
      title: form.title, context: context, fields: fields, draftKey: draftKey(e.id, kind)
    ) {
      s, context in
      var answers: [String: String] = [:]
      for f in form.fields {
        let id = ForceField(key: f.id)
        switch f.kind {
        case .date: answers[f.id] = s.day(id)?.iso ?? ""
        case .time: answers[f.id] = s.time(id)?.description ?? ""
        case .text where picks.options[f.id] != nil: answers[f.id] = picks.answer(f.id, keys: s.raw(id))
        default: answers[f.id] = s.text(id)
        }
      }
      if let cpr, answers["borger_cpr"] == cpr.masked { answers["borger_cpr"] = cpr.formatted }
      do {
        let report = try session.database.force.register(
          residentID: e.residentID, episodeID: e.id, form: form, answers: answers, by: session.actor)
        return FormSaved(context.texts("episodes.force.saved", report.id), savedID: report.id)
      } catch StorageError.invalidForceForm(let error) {
        switch error {
        case .missing(let id): throw FieldProblem(ForceField(key: id), context.texts("form.required"))
        case .badDate(let id), .badTime(let id), .notAnOption(let id):
          throw FieldProblem(ForceField(key: id), context.texts("episodes.error.badValue"))
        default: throw StorageError.invalidForceForm(error)
        }
      }
    }
    screen.header = { context in
      let t = context.texts
      return [
        (t("episodes.force.header", form.version, e.id), .header),
        (
          form.wordingSource != nil
            ? t("episodes.force.wordingNotice") : (form.verified ? "" : t("episodes.force.unverified")), .warning
        ),
      ].filter { !$0.0.isEmpty }
    }
    screen.labelWidth = labelWidth
    screen.showsFocusedLabel = true
    screen.draftAbout = { _ in values["borger_navn"] }
    return screen
  }

  static let labelWidth = 26
}

/// A force form's field: the catalogue's id for it (the forms are data, not code).
struct ForceField: FormFieldID { let key: String }
