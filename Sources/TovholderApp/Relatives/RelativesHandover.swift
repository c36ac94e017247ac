import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

extension RelativesArea {
  /// For the handover list: contacts with relatives whose follow-up is due today or overdue,
  /// each opening the record's contact log.
  static func handoverLines(_ session: Session, window: HandoverWindow, texts t: Texts) -> [HandoverLine] {
    guard !session.isAdmin,
      let items = try? RelativesWords.repository(session).dueFollowUps(
        unitID: window.unitID, through: window.today, actor: session.actor)
    else { return [] }
    return items.compactMap { item in
      guard let followUp = item.entry.followUp else { return nil }
      let late = followUp.due.days(to: window.today)
      let when = late == 0 ? t.daysAhead(0) : t("rel.handover.late", t.dayCount(late))
      let agreed = item.entry.agreed.isEmpty ? item.entry.said : item.entry.agreed
      let who = item.entry.relativeName ?? t("rel.contact.network")
      return HandoverLine(
        residentID: item.entry.residentID, residentName: item.residentName, at: nil, what: t("rel.handover.what"),
        text: t("rel.handover.text", who, agreed, followUp.ownerName, when)
      ) { context in
        RecordScreen.open(item.entry.residentID, session: session, context: context, tab: t("rel.log.tab"))
      }
    }
  }
}
