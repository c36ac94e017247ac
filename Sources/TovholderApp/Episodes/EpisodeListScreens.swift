import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// The leader's list of episodes needing a step, oldest first, with the EASY deadline.
enum FollowUpListScreen {
  static func make(session: Session) -> TableScreen {
    var items: [EpisodeQueueItem] = []
    let screen = TableScreen(
      titleKey: "episodes.followUp.title",
      columns: [
        ColumnSpec("episodes.col.when", .fixed(16)), ColumnSpec("episodes.col.resident", .fixed(18)),
        ColumnSpec("episodes.col.steps"), ColumnSpec("episodes.col.easy", .fixed(11)),
      ], emptyKey: "episodes.followUp.empty"
    ) { context in
      let t = context.texts
      do { items = try session.database.episodes.followUpQueue(actor: session.actor) } catch {
        context.show(ErrorMessages.describe(error, t), kind: .error)
        items = []
      }
      let today = CalendarDay(context.clock(), in: session.timeZone)
      return items.map { item in
        let easy =
          item.steps.compactMap { step -> String? in
            if case .easyReport(let deadline) = step {
              return (deadline < today ? "! " : "") + DateWording.day(deadline)
            }
            return nil
          }.first ?? ""
        return [
          DateWording.dateTime(item.episode.occurredAt), item.residentName,
          item.steps.map { t("episodes.stepShort.\($0.key)") }.joined(separator: ", "), easy,
        ]
      }
    }
    screen.onOpen = { row, _ in
      screen.reload()
      return .push(EpisodeDetailScreen(session: session, episodeID: items[row].episode.id))
    }
    return screen
  }
}

/// Force reports not yet sent, oldest first (leaders).
enum ForceQueueScreen {
  static func make(session: Session) -> TableScreen {
    var items: [ForceQueueItem] = []
    let screen = TableScreen(
      titleKey: "episodes.forceQueue.title",
      columns: [
        ColumnSpec("episodes.col.number", .fixed(5), alignRight: true), ColumnSpec("episodes.col.when", .fixed(16)),
        ColumnSpec("episodes.col.resident", .fixed(18)), ColumnSpec("episodes.col.form", .fixed(8)),
        ColumnSpec("episodes.col.status"),
      ], emptyKey: "episodes.forceQueue.empty"
    ) { context in
      let t = context.texts
      do { items = try session.database.force.openQueue(actor: session.actor) } catch {
        context.show(ErrorMessages.describe(error, t), kind: .error)
        items = []
      }
      return items.map {
        [
          "\($0.report.id)", DateWording.dateTime($0.report.registeredAt), $0.residentName,
          t("episodes.force.short", $0.report.form.rawValue.replacingOccurrences(of: "skema", with: "")),
          t("episodes.force.status.\($0.report.status.rawValue)"),
        ]
      }
    }
    screen.onOpen = { row, _ in
      screen.reload()
      return .push(ForceReportScreen(session: session, reportID: items[row].report.id))
    }
    return screen
  }
}

/// The record's tab: the resident's episodes, newest first. Ctrl-N quick-logs for this
/// resident; F9 (`markAtRisk`) marks or unmarks the resident as at risk.
final class EpisodesTab: TableScreen {
  let session: Session
  let resident: Resident
  var episodes: [ViolentEpisode] = []

  init(session: Session, resident: Resident) {
    self.session = session
    self.resident = resident
    super.init(
      titleKey: "episodes.tab.title",
      columns: [
        ColumnSpec("episodes.col.number", .fixed(5), alignRight: true), ColumnSpec("episodes.col.when", .fixed(16)),
        ColumnSpec("episodes.col.summary"), ColumnSpec("episodes.col.open", .fixed(6), alignRight: true),
      ], emptyKey: "episodes.tab.empty", load: { _ in [] })
    load = { [unowned self] context in
      let t = context.texts
      do {
        episodes = try session.database.episodes.list(residentID: resident.id, actor: session.actor)
        let atRisk = try session.database.risk.atRisk(actor: session.actor).contains { $0.id == resident.id }
        let latest = try session.database.risk.latest(residentIDs: [resident.id], actor: session.actor)[resident.id]
        introLines =
          atRisk ? [(t("episodes.tab.atRisk", latest.map { EpisodesArea.scoreText($0, t) } ?? "–"), .warning)] : []
      } catch {
        context.show(ErrorMessages.describe(error, t), kind: .error)
      }
      rowIDs = episodes.map(\.id)
      return episodes.map {
        [
          "\($0.id)", DateWording.dateTime($0.occurredAt), $0.summary.replacingOccurrences(of: "\n", with: " "),
          "\(FollowUpRules.openSteps($0).count)",
        ]
      }
    }
    onOpen = { [unowned self] row, _ in
      reload()
      return .push(EpisodeDetailScreen(session: session, episodeID: episodes[row].id))
    }
    onCommand[.new] = { [unowned self] _, context in
      open(QuickLogScreen.make(session: session, context: context, resident: resident.id))
    }
    onCommand[.markAtRisk] = { [unowned self] _, context in
      let atRisk = !introLines.isEmpty
      do {
        try session.database.risk.setAtRisk(!atRisk, residentID: resident.id, by: session.actor)
        context.show(context.texts(atRisk ? "episodes.risk.unmarked" : "episodes.risk.marked"))
      } catch {
        context.show(ErrorMessages.describe(error, context.texts), kind: .error)
      }
      reload()
      return .stay
    }
    commandHints = [(.new, "episodes.tab.new"), (.markAtRisk, "episodes.tab.toggleRisk")]
  }
}
