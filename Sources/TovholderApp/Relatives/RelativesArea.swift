import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// Relatives: the resident's network, consent, guardianship and contact log on the record;
/// the follow-up task list; the home's policy, council and volunteers in the main menu.
enum RelativesArea: AreaModule {
  static func menuEntries(_ session: Session) -> [MenuEntry] {
    _ = RelativesWords.registerErrors
    var entries: [MenuEntry] = []
    if session.actor.role != .admin {
      entries.append(
        MenuEntry(titleKey: "menu.rel.tasks", descriptionKey: "menu.rel.tasks.description") { _ in
          FollowUpsScreen(session: session)
        })
    }
    entries += [
      MenuEntry(titleKey: "menu.rel.policy", descriptionKey: "menu.rel.policy.description") { _ in
        PolicyScreen(session: session)
      },
      MenuEntry(titleKey: "menu.rel.council", descriptionKey: "menu.rel.council.description") { _ in
        CouncilScreen(session: session)
      },
      MenuEntry(titleKey: "menu.rel.requests", descriptionKey: "menu.rel.requests.description") { _ in
        CouncilRequestsScreen(session: session)
      },
      MenuEntry(titleKey: "menu.rel.volunteers", descriptionKey: "menu.rel.volunteers.description") { _ in
        VolunteersScreen(session: session)
      },
    ]
    return entries
  }

  static func recordTabs(_ session: Session, resident: Resident) -> [any Screen] {
    _ = RelativesWords.registerErrors
    return [RelativesTab(session: session, resident: resident), ContactLogTab(session: session, resident: resident)]
  }
}
