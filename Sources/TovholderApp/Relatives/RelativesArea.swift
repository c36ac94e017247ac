import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// Relatives: the resident's network, consent, guardianship and contact log on the record;
/// the follow-up task list; the home's policy, council and volunteers in the main menu.
enum RelativesArea: AreaModule {
  static func menuEntries(_ session: Session) -> [MenuEntry] {
    var entries: [MenuEntry] = []
    if session.actor.role != .admin {
      entries.append(
        MenuEntry(titleKey: "menu.rel.tasks", descriptionKey: "menu.rel.tasks.description") { _ in
          FollowUpsScreen(session: session)
        })
    }
    if session.actor.role == .leader {
      entries.append(
        MenuEntry(titleKey: "menu.rel.uncovered", descriptionKey: "menu.rel.uncovered.description") { _ in
          UncoveredSharingScreen(session: session)
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
    return [RelativesTab(session: session, resident: resident), ContactLogTab(session: session, resident: resident)]
  }

  /// Keys are `rel.<form>.<resident or 0>.<record or 0>` (each form gives its `draftKey` to the engine);
  /// the form finds its draft by key when it opens.
  static func restoreDraft(key: String, payload: String, context: AppContext) -> (any Screen)? {
    let parts = key.split(separator: ".").map(String.init)
    guard let session = context.session, parts.count == 4, parts[0] == "rel", let residentID = Int64(parts[2]),
      let id = Int64(parts[3])
    else { return nil }
    switch parts[1] {
    case "policy": return HomeFormScreen.policy(session: session, context: context)
    case "meeting": return HomeFormScreen.meeting(session: session, context: context)
    case "volunteer": return HomeFormScreen.volunteer(session: session, context: context)
    case "request":
      let editing = id == 0 ? nil : (try? session.database.relativesHome.councilRequests())?.first { $0.id == id }
      if id != 0 && editing == nil { return nil }
      return HomeFormScreen.request(session: session, editing: editing, context: context)
    default: break
    }
    guard let resident = try? session.database.residents.fetch(id: residentID, actor: session.actor) else { return nil }
    let relative: Relative?
    if id == 0 {
      relative = nil
    } else {
      relative =
        (try? RelativesWords.repository(session).overview(
          residentID: residentID, actor: session.actor, contactLimit: 0))?.relative(id)
    }
    switch (parts[1], relative) {
    case ("relative", _):
      return RelativeFormScreen.make(session: session, resident: resident, editing: nil, context: context)
    case ("relativeEdit", let r?):
      return RelativeFormScreen.make(session: session, resident: resident, editing: r, context: context)
    case ("consent", let r?):
      return ConsentFormScreen.make(session: session, resident: resident, relative: r, context: context)
    case ("contact", _):
      return ContactFormScreen.make(session: session, resident: resident, relativeID: relative?.id, context: context)
    case ("expectations", _):
      return ExpectationsFormScreen.make(session: session, resident: resident, current: nil, context: context)
    case ("guardianship", _):
      guard
        let o = try? RelativesWords.repository(session).overview(
          residentID: residentID, actor: session.actor, contactLimit: 0)
      else { return nil }
      let editing = o.guardianships.first { $0.id == id }
      if id != 0 && editing == nil { return nil }
      return GuardianshipFormScreen.make(
        session: session, resident: resident, relatives: o.relatives, editing: editing, context: context)
    default: return nil
    }
  }
}
