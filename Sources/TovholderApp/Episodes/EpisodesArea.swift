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

  /// High scores since the last shift change, for the handover list of `unitID`.
  static func handoverLines(_ session: Session, unitID: UnitID, texts t: Texts) -> [String] {
    guard let high = try? session.database.risk.highForHandover(unitID: unitID, actor: session.actor) else { return [] }
    return high.map {
      t("episodes.handover.high", $0.residentName, $0.check.score, DateWording.time($0.check.checkedAt))
    }
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
    default: return t("episodes.error.badValue")
    }
  }

  static func searchLabel(_ kind: SearchKind, texts: Texts) -> String? {
    kind == .episode ? texts("search.kind.episode") : nil
  }
}
