import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// The home's retention periods, one line per kind of record: the period (or that one must
/// be set: until then the kind is kept), the rule it follows and who set it. Enter edits a
/// kind (admin); leaders see the list.
final class RetentionScreen: TableScreen {
  let session: Session
  var rules: [RetentionKind: RetentionRule] = [:]

  init(session: Session) {
    self.session = session
    super.init(
      titleKey: "rights.retention.title",
      columns: [
        ColumnSpec("rights.retention.col.kind", .flexible(min: 16)),
        ColumnSpec("rights.retention.col.period", .fixed(12)),
        ColumnSpec("rights.retention.col.rule", .flexible(min: 10)),
        ColumnSpec("rights.retention.col.setBy", .fixed(14)),
      ], load: { _ in [] })
    load = { [unowned self] context in reloadRows(context) }
    onOpen = { [unowned self] row, context in open(row, context) }
  }

  func reloadRows(_ context: AppContext) -> [[String]] {
    let t = context.texts
    do {
      rules = try session.database.retention.rules(actor: session.actor)
    } catch {
      context.show(ErrorMessages.describe(error, t), kind: .error)
    }
    let missing = RetentionKind.allCases.filter { rules[$0]?.months == nil }.count
    introLines = [
      (t("rights.retention.intro"), .normal),
      missing > 0 ? (t("rights.retention.missing", missing), .warning) : (t("rights.retention.allSet"), .muted),
    ]
    if session.actor.role != .admin { introLines.append((t("rights.retention.readOnly"), .muted)) }
    return RetentionKind.allCases.map { kind in
      let rule = rules[kind]
      return [
        RightsWords.kind(kind, t), RightsWords.period(rule?.months, t), rule?.rule ?? "", rule?.setByName ?? "",
      ]
    }
  }

  func open(_ row: Int, _ context: AppContext) -> ScreenAction {
    guard RetentionKind.allCases.indices.contains(row) else { return .stay }
    guard session.actor.role == .admin else {
      context.show(context.texts("rights.error.adminOnly"), kind: .warning)
      return .stay
    }
    let kind = RetentionKind.allCases[row]
    return .push(RetentionFormScreen.make(session: session, kind: kind, current: rules[kind], context: context))
  }
}
