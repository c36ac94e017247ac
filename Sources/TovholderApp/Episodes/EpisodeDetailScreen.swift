import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// One episode: what happened, and a list of its steps (complete, defusing, debriefing,
/// leader's review, absence and EASY report, force forms). Enter on a step opens its form; a
/// new force report is the selected row once saved.
final class EpisodeDetailScreen: TableScreen {
  enum Row {
    case complete, step(FollowUpForms.Kind), newForce, force(ForceReport)
  }

  let session: Session
  let episodeID: EpisodeID
  var episode: ViolentEpisode?
  var residentName = ""
  var actions: [Row] = []

  init(session: Session, episodeID: EpisodeID) {
    self.session = session
    self.episodeID = episodeID
    super.init(
      titleKey: "episodes.detail.title",
      columns: [ColumnSpec("episodes.col.step", .fixed(26)), ColumnSpec("episodes.col.status")],
      load: { _ in [] })
    load = { [unowned self] context in loadRows(context) }
    onOpen = { [unowned self] row, context in open(row, context) }
  }

  override func title(_ context: AppContext) -> String {
    context.texts("episodes.detail.title", episodeID)
  }

  private func loadRows(_ context: AppContext) -> [[String]] {
    let t = context.texts
    do {
      let e = try session.database.episodes.fetch(id: episodeID, actor: session.actor)
      episode = e
      residentName = (try? session.database.residents.fetch(id: e.residentID, actor: session.actor).name) ?? ""
      let reports = try session.database.force.list(residentID: e.residentID, episodeID: e.id, actor: session.actor)
      introLines = [
        (t("episodes.detail.head", DateWording.dateTime(e.occurredAt), residentName, e.reporterName), .header),
        (e.summary.replacingOccurrences(of: "\n", with: " "), .normal),
      ]
      if FollowUpRules.isEasyOverdue(e, today: CalendarDay(context.clock(), in: session.timeZone)) {
        introLines.append((t("episodes.easy.overdue"), .warning))
      }
      actions = [.complete] + FollowUpForms.Kind.allCases.map { .step($0) } + [.newForce] + reports.map { .force($0) }
      // Only the force reports are rows of their own: a new one is selected once saved.
      rowIDs = actions.map { row in
        if case .force(let r) = row { return r.id }
        return -1
      }
      return actions.map { row in
        switch row {
        case .complete:
          return [
            t("episodes.step.complete"),
            e.completedAt.map { t("episodes.status.doneAt", DateWording.day($0)) } ?? t("episodes.status.missing"),
          ]
        case .step(let kind): return [t("episodes.step.\(kind.rawValue)"), FollowUpForms.status(kind, e, t)]
        case .newForce:
          return [
            t("episodes.force.new"), e.details.forceUsed == true && reports.isEmpty ? t("episodes.status.missing") : "",
          ]
        case .force(let r):
          return [
            t("episodes.force.line", r.form.rawValue.replacingOccurrences(of: "skema", with: ""), r.id),
            t("episodes.force.status.\(r.status.rawValue)"),
          ]
        }
      }
    } catch {
      context.show(ErrorMessages.describe(error, t), kind: .error)
      return []
    }
  }

  private func open(_ row: Int, _ context: AppContext) -> ScreenAction {
    guard let e = episode, actions.indices.contains(row) else { return .stay }
    reload()
    switch actions[row] {
    case .complete:
      return .push(CompletionForm.make(session: session, episode: e, residentName: residentName, context: context))
    case .step(let kind):
      if kind.needsLeader && !session.isLeader {
        context.show(context.texts("episodes.error.leaderOnly"), kind: .warning)
        return .stay
      }
      return .push(FollowUpForms.make(kind, session: session, episode: e, context: context))
    case .newForce: return .push(ForceFormScreen.chooser(session: session, episode: e, list: self))
    case .force(let r): return .push(ForceReportScreen(session: session, reportID: r.id))
    }
  }
}
