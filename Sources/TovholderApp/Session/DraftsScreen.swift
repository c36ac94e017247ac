import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// The person's unfinished forms: what each is, for whom, when it was started and the first
/// words typed. Enter goes on with one; Delete discards one after asking. Shown after sign-in
/// when there are drafts newer than the previous sign-in, else from the main menu's "Kladder".
final class DraftsScreen: TableScreen {
  let session: Session
  private(set) var drafts: [Draft] = []

  init(session: Session) {
    self.session = session
    super.init(
      titleKey: "drafts.title",
      columns: [
        ColumnSpec("drafts.kind", .flexible(min: 12, weight: 2)),
        ColumnSpec("drafts.for", .flexible(min: 8, weight: 2)),
        ColumnSpec("drafts.started", .fixed(16)), ColumnSpec("drafts.preview", .flexible(min: 10, weight: 3)),
      ], emptyKey: "drafts.empty", load: { _ in [] })
    load = { [unowned self] context in rows(context) }
    onOpen = { [unowned self] row, context in open(row, context) }
    onCommand[.discard] = { [unowned self] row, context in askDiscard(row, context) }
    commandHints = [(.discard, "cmd.discard")]
  }

  private func rows(_ context: AppContext) -> [[String]] {
    do {
      drafts = try session.database.drafts.list(owner: session.actor.accountID)
    } catch {
      context.show(ErrorMessages.describe(error, context.texts), kind: .error)
      drafts = []
    }
    introLines = [(context.texts("drafts.intro"), .muted)]
    rowIDs = drafts.map(\.id)
    return drafts.map { d in
      let values = DraftCoding.decode(d.payload)
      return [
        Self.kind(d, values, context.texts), values[DraftMeta.about] ?? "", DateWording.dateTime(d.startedAt),
        values[DraftMeta.preview] ?? "",
      ]
    }
  }

  /// What the form is: its title as saved in the draft, or (older drafts) the area's word.
  static func kind(_ d: Draft, _ values: [String: String], _ t: Texts) -> String {
    if let title = values[DraftMeta.title] { return title }
    let key = "draft.kind." + (d.formKey.split(separator: ".").first.map(String.init) ?? "")
    return t.has(key) ? t(key) : d.formKey
  }

  private func open(_ row: Int, _ context: AppContext) -> ScreenAction {
    guard drafts.indices.contains(row) else { return .stay }
    let d = drafts[row]
    guard let screen = AreaCatalog.restoreDraft(key: d.formKey, payload: d.payload, context: context) else {
      context.show(context.texts("drafts.cannotOpen"), kind: .warning)
      return .stay
    }
    (screen as? DraftContinuing)?.continueDraft(d, context: context)
    reload()
    return .push(screen)
  }

  private func askDiscard(_ row: Int?, _ context: AppContext) -> ScreenAction {
    guard let row, drafts.indices.contains(row) else { return .stay }
    let d = drafts[row]
    let t = context.texts
    let name = Self.kind(d, DraftCoding.decode(d.payload), t)
    confirm = ConfirmPrompt.irreversible(
      t("drafts.discard.question", name, DateWording.dateTime(d.startedAt)), yes: t("cmd.discard"), texts: t
    ) { [unowned self] context in
      do {
        try session.database.drafts.delete(id: d.id, owner: session.actor.accountID)
        context.show(context.texts("drafts.discarded"))
      } catch {
        context.show(ErrorMessages.describe(error, context.texts), kind: .error)
      }
      reload()
      return .stay
    }
    return .stay
  }
}
