import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// Health screenings: the due list and the flag list in the main menu, and the Health tab
/// on every resident's record.
enum HealthArea: AreaModule {
  static func menuEntries(_ session: Session) -> [MenuEntry] {
    if HealthAccess.canEditTemplates(actor: session.actor) {
      return [
        MenuEntry(titleKey: "menu.health.templates", descriptionKey: "menu.health.templates.description") { _ in
          HealthTemplatesScreen(session: session)
        }
      ]
    }
    return [
      MenuEntry(titleKey: "menu.health.due", descriptionKey: "menu.health.due.description") { _ in
        HealthDueListScreen(session: session)
      },
      MenuEntry(titleKey: "menu.health.flags", descriptionKey: "menu.health.flags.description") { _ in
        HealthFlagListScreen(session: session)
      },
    ]
  }

  static func recordTabs(_ session: Session, resident: Resident) -> [any Screen] {
    return [HealthTab(session: session, resident: resident)]
  }

  static func restoreDraft(key: String, payload: String, context: AppContext) -> (any Screen)? {
    guard let session = context.session else { return nil }
    if key.hasPrefix("health.template.") {
      return TemplateFormScreen.restore(key: key, session: session, context: context)
    }
    if key.hasPrefix("screening.assign.") {
      return ScreeningAssignmentFormScreen.restore(key: key, session: session, context: context)
    }
    if key.hasPrefix("health.consent."), let id = ResidentID(key.dropFirst("health.consent.".count)),
      let resident = try? session.database.residents.fetch(id: id, actor: session.actor)
    {
      return HealthConsentFormScreen.make(session: session, resident: resident, context: context)
    }
    if key.hasPrefix("health.seen."), let id = Int64(key.dropFirst("health.seen.".count)),
      let flagged = (try? session.database.health.flagList(actor: session.actor))?.first(where: {
        $0.screening.id == id
      })
    {
      return ScreeningSeenScreen.make(
        session: session, flagged: flagged, template: session.screeningTemplate(flagged.screening.templateKey),
        context: context)
    }
    guard key.hasPrefix("screening.new.") else { return nil }
    return ScreeningFormScreen.restore(key: key, session: session, context: context)
  }

  static func searchLabel(_ kind: SearchKind, texts: Texts) -> String? {
    kind == .screening ? texts("search.kind.screening") : nil
  }

  static func searchTab(_ kind: SearchKind, texts: Texts) -> String? {
    kind == .screening ? texts("health.tab") : nil
  }
}

extension AppContext {
  /// Health wording in the user's language.
  var healthFormat: HealthFormat {
    let texts = self.texts
    return HealthFormat(language: texts.language.rawValue) { texts($0) }
  }
}

extension Session {
  /// A template by key from the catalogue in use (the home's own included).
  func screeningTemplate(_ key: String) -> ScreeningTemplate? {
    (try? database.health.templates())?.first { $0.key == key }
  }
}
