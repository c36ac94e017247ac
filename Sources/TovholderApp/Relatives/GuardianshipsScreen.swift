import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// The resident's guardianships, in force or ended, each with its guardian and scope.
/// Ctrl-N registers one; Enter or F4 edits one.
final class GuardianshipsScreen: TableScreen {
  let session: Session
  let resident: Resident
  var overview: RelativesOverview?

  init(session: Session, resident: Resident) {
    self.session = session
    self.resident = resident
    super.init(
      titleKey: "rel.guardianships.title",
      columns: [
        ColumnSpec("rel.col.guardian", .flexible(min: 12, weight: 1)),
        ColumnSpec("rel.col.scope", .flexible(min: 20, weight: 3)),
      ], emptyKey: "rel.guardianships.empty", load: { _ in [] })
    load = { [unowned self] context in reloadRows(context) }
    onOpen = { [unowned self] row, context in form(row, context) }
    onCommand[.edit] = { [unowned self] row, context in row.map { form($0, context) } ?? .stay }
    onCommand[.new] = { [unowned self] _, context in form(nil, context) }
    commandHints = [(.new, "rel.guardianships.hint.new"), (.edit, "rel.guardianships.hint.edit")]
  }

  func reloadRows(_ context: AppContext) -> [[String]] {
    let t = context.texts
    do {
      overview = try RelativesWords.repository(session).overview(
        residentID: resident.id, actor: session.actor, on: RelativesWords.today(context), contactLimit: 0)
    } catch {
      context.show(ErrorMessages.describe(error, t), kind: .error)
      overview = nil
    }
    guard let o = overview else { return [] }
    introLines = [(t("rel.guardianship.for", resident.name), .header)]
    rowIDs = o.guardianships.map(\.id)
    return o.guardianships.map { g in
      let ended = g.isActive(on: o.day) ? "" : " (" + t("rel.guardianship.notInForce") + ")"
      return [o.guardianName(g) + ended, RelativesWords.scope(g, t, session.catalogues.informationKinds)]
    }
  }

  private func form(_ row: Int?, _ context: AppContext) -> ScreenAction {
    guard let o = overview else { return .stay }
    let editing = row.flatMap { o.guardianships.indices.contains($0) ? o.guardianships[$0] : nil }
    if row != nil && editing == nil { return .stay }
    return open(
      GuardianshipFormScreen.make(
        session: session, resident: resident, relatives: o.relatives, editing: editing, context: context))
  }
}
