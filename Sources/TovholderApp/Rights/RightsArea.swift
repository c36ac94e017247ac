import TerminalUI
import TovholderCore

/// The resident's rights at home level: the retention periods (admin sets them, leaders see
/// them). The full copy and the access log live on the record; the "what may I tell" view on
/// the Relatives tab.
enum RightsArea: AreaModule {
  static func menuEntries(_ session: Session) -> [MenuEntry] {
    guard session.actor.role == .admin else { return [] }
    return [
      MenuEntry(titleKey: "rights.retention.menu", descriptionKey: "rights.retention.menu.description") { _ in
        RetentionScreen(session: session)
      }
    ]
  }

  static func restoreDraft(key: String, payload: String, context: AppContext) -> (any Screen)? {
    let parts = key.split(separator: ".").map(String.init)
    guard let session = context.session, session.actor.role == .admin, parts.count == 2, parts[0] == "retention",
      let kind = RetentionKind(rawValue: parts[1])
    else { return nil }
    let current = (try? session.database.retention.rules(actor: session.actor))?[kind]
    return RetentionFormScreen.make(session: session, kind: kind, current: current, context: context)
  }
}
