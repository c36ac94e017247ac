import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// My follow-ups: what was agreed with relatives that I follow up, earliest first, until done.
/// Enter marks the selected one done after asking once in the confirm dialog (one stray key
/// never does).
final class FollowUpsScreen: TableScreen {
  let session: Session
  var tasks: [FollowUpTask] = []

  init(session: Session) {
    self.session = session
    super.init(
      titleKey: "rel.tasks.title",
      columns: [
        ColumnSpec("rel.tasks.col.due", .fixed(12)), ColumnSpec("rel.tasks.col.resident", .fixed(16)),
        ColumnSpec("rel.tasks.col.relative", .fixed(14)), ColumnSpec("rel.tasks.col.agreed"),
      ], emptyKey: "rel.tasks.empty", load: { _ in [] })
    load = { [unowned self] context in
      do {
        tasks = try RelativesWords.repository(session).followUps(for: session.actor)
      } catch {
        context.show(ErrorMessages.describe(error, context.texts), kind: .error)
      }
      let today = RelativesWords.today(context)
      introLines = [(context.texts("rel.tasks.intro"), .muted)]
      return tasks.map {
        [
          ($0.due < today ? "! " : "") + DateWording.day($0.due), $0.residentName, $0.relativeName ?? "",
          $0.agreed.replacingOccurrences(of: "\n", with: " "),
        ]
      }
    }
    onOpen = { [unowned self] row, context in
      guard tasks.indices.contains(row) else { return .stay }
      let task = tasks[row]
      let t = context.texts
      confirm = ConfirmPrompt.irreversible(
        t("rel.tasks.question", task.agreed.replacingOccurrences(of: "\n", with: " ")), yes: t("rel.tasks.markDone"),
        texts: t
      ) { [unowned self] context in
        do {
          _ = try RelativesWords.repository(session).completeFollowUp(
            task, on: RelativesWords.today(context), by: session.actor)
          context.show(context.texts("rel.tasks.done"))
        } catch {
          context.show(ErrorMessages.describe(error, context.texts), kind: .error, seconds: 15)
        }
        reload()
        return .stay
      }
      return .stay
    }
    openHintKey = "rel.tasks.markDone"
  }
}
