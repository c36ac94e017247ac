import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

extension PlansArea {
  /// For the handover list: plan and sub-goal follow-ups due this week (Monday to Sunday),
  /// each opening the record's Plan tab.
  static func handoverLines(_ session: Session, window: HandoverWindow, texts t: Texts) -> [HandoverLine] {
    guard !session.isAdmin,
      let items = try? session.database.plans.dueList(units: [window.unitID], actor: session.actor, today: window.today)
    else { return [] }
    return items.compactMap { item in
      guard let due = item.dueOn, window.thisWeek.contains(due) else { return nil }
      let days = window.today.days(to: due)
      let when = days < 0 ? t("plans.due.overdue", t.dayCount(-days)) : t.daysAhead(days)
      let what = item.reason == .subGoalFollowUp ? t("plans.handover.subGoal") : t("plans.handover.plan")
      return HandoverLine(
        residentID: item.residentID, residentName: item.residentName, at: nil, what: t("plans.handover.what"),
        text: "\(what) · \(when) (\(DateWording.day(due)))"
      ) { context in RecordScreen.open(item.residentID, session: session, context: context, tab: t("plans.tab")) }
    }
  }
}
