import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// Violent episodes, use of force and risk checks: the quick log (F6 from any screen), the
/// follow-up list, force forms and their flow, the per-shift risk check.
enum EpisodesArea: AreaModule {
  static func menuEntries(_ session: Session) -> [MenuEntry] {
    guard !session.isAdmin else { return [] }
    var entries = [
      MenuEntry(titleKey: "menu.episodes.followUp", descriptionKey: "menu.episodes.followUp.description") { _ in
        FollowUpListScreen.make(session: session)
      },
      MenuEntry(titleKey: "menu.episodes.risk", descriptionKey: "menu.episodes.risk.description") { _ in
        RiskCheckScreen.make(session: session)
      },
    ]
    if session.isLeader {
      entries.append(
        MenuEntry(titleKey: "menu.episodes.force", descriptionKey: "menu.episodes.force.description") { _ in
          ForceQueueScreen.make(session: session)
        })
    }
    return entries
  }

  static func recordTabs(_ session: Session, resident: Resident) -> [any Screen] {
    [EpisodesTab(session: session, resident: resident)]
  }

  static func screen(for command: CommandID, context: AppContext) -> (any Screen)? {
    guard command == .quickLog, let session = context.session, !session.isAdmin else { return nil }
    return QuickLogScreen.make(session: session, context: context, resident: context.residentInView)
  }

  static func restoreDraft(key: String, payload: String, context: AppContext) -> (any Screen)? {
    guard let session = context.session else { return nil }
    if key == QuickLogScreen.draftKey { return QuickLogScreen.make(session: session, context: context) }
    let parts = key.split(separator: ".").map(String.init)
    guard parts.count >= 3, let id = Int64(parts[2]) else { return nil }
    if parts[0] == "episode", parts[1] == "complete",
      let e = try? session.database.episodes.fetch(id: id, actor: session.actor)
    {
      let name = (try? session.database.residents.fetch(id: e.residentID, actor: session.actor).name) ?? ""
      return CompletionForm.make(session: session, episode: e, residentName: name, context: context)
    }
    if parts[0] == "force", parts[1] == "new", parts.count == 4, let kind = ForceForm.Kind(rawValue: parts[3]),
      let e = try? session.database.episodes.fetch(id: id, actor: session.actor)
    {
      return ForceFormScreen.make(session: session, kind: kind, episode: e, context: context)
    }
    if parts[0] == "force", parts.count == 3, let step = ForceStepForms.Step(rawValue: parts[1]),
      let r = try? session.database.force.fetch(id: id, actor: session.actor)
    {
      return ForceStepForms.make(step, session: session, report: r, context: context)
    }
    if parts[0] == "risk", parts[1] == "check",
      let r = try? session.database.residents.fetch(id: id, actor: session.actor)
    {
      return RiskCheckScreen.form(session: session, resident: r, context: context)
    }
    if parts[0] == "episode", parts[1] == "step", parts.count == 4, let kind = FollowUpForms.Kind(rawValue: parts[3]),
      let e = try? session.database.episodes.fetch(id: id, actor: session.actor)
    {
      return FollowUpForms.make(kind, session: session, episode: e, context: context)
    }
    return nil
  }

  /// The latest risk score on each resident's line in the daily list, e.g. "Høj 4".
  static func residentLineMarks(_ session: Session, residentIDs: [ResidentID], texts: Texts) -> [ResidentID: String] {
    guard let latest = try? session.database.risk.latest(residentIDs: residentIDs, actor: session.actor) else {
      return [:]
    }
    return latest.mapValues { scoreText($0, texts) }
  }

  /// For the handover list: the window's episodes with their open follow-up steps, high risk
  /// scores, and the residents marked at risk (each shift checks them).
  static func handoverLines(_ session: Session, window: HandoverWindow, texts t: Texts) -> [HandoverLine] {
    guard !session.isAdmin else { return [] }
    let db = session.database
    var lines: [HandoverLine] = []
    for item in (try? db.episodes.handover(unitID: window.unitID, since: window.since, actor: session.actor)) ?? [] {
      let e = item.episode
      let open = item.steps.map { t("episodes.stepShort.\($0.key)") }.joined(separator: ", ")
      let text = e.summary + (open.isEmpty ? "" : " · " + t("episodes.handover.open", open))
      lines.append(
        HandoverLine(
          residentID: e.residentID, residentName: item.residentName, at: e.occurredAt,
          what: t("episodes.handover.episode"), text: text, style: .warning
        ) { _ in .push(EpisodeDetailScreen(session: session, episodeID: e.id)) })
    }
    let high = (try? db.risk.highForHandover(unitID: window.unitID, since: window.since, actor: session.actor)) ?? []
    for (check, name) in high {
      lines.append(
        HandoverLine(
          residentID: check.residentID, residentName: name, at: check.checkedAt, what: t("episodes.handover.risk"),
          text: t("episodes.handover.high", check.score, check.checkedByName), style: .warning
        ) { context in RecordScreen.open(check.residentID, session: session, context: context) })
    }
    for resident in (try? db.risk.atRisk(unitID: window.unitID, actor: session.actor)) ?? [] {
      lines.append(
        HandoverLine(
          residentID: resident.id, residentName: resident.name, at: nil, what: t("episodes.handover.atRisk"),
          text: t("episodes.handover.atRiskText")
        ) { context in .push(RiskCheckScreen.form(session: session, resident: resident, context: context)) })
    }
    return lines
  }

  static func scoreText(_ check: RiskCheck, _ t: Texts) -> String {
    t("episodes.risk.score", check.bandLabel, check.score)
  }

}

extension EpisodeValidationError: UserMessage {
  public func message(_ t: Texts) -> String { EpisodesErrors.episode(self, t) }
}

extension ForceFlowError: UserMessage {
  public func message(_ t: Texts) -> String { t("episodes.error.flow.\(EpisodesErrors.key(self))") }
}

extension ForceFormError: UserMessage {
  public func message(_ t: Texts) -> String { EpisodesErrors.form(self, t) }
}

extension RiskChecklistError: UserMessage {
  public func message(_ t: Texts) -> String { t("episodes.error.risk") }
}

enum EpisodesErrors {
  static func episode(_ e: EpisodeValidationError, _ t: Texts) -> String {
    switch e {
    case .debriefingOutsideWindow(let a, let b):
      return t("episodes.error.debriefingWindow", DateWording.day(a), DateWording.day(b))
    default: return t("episodes.error.\(String(describing: e))")
    }
  }

  static func key(_ e: ForceFlowError) -> String { String(describing: e) }

  static func form(_ e: ForceFormError, _ t: Texts) -> String {
    switch e {
    case .versionMismatch(let report, let catalogue): return t("episodes.error.formVersion", report, catalogue)
    case .unknownForm(let form): return t("episodes.error.unknownForm", form)
    case .unreadable: return t("episodes.error.unreadableForm")
    case .noFields: return t("episodes.error.noFields")
    case .duplicateField(let id): return t("episodes.error.duplicateField", id)
    case .choiceWithoutOptions(let id): return t("episodes.error.choiceWithoutOptions", id)
    case .versionReused(let version): return t("episodes.error.versionReused", version)
    default: return t("episodes.error.badValue")
    }
  }

  static func searchLabel(_ kind: SearchKind, texts: Texts) -> String? {
    kind == .episode ? texts("search.kind.episode") : nil
  }
}
