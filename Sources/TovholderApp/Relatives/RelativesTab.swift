import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// The record's Relatives tab: the network with the consent matrix (who may be told what),
/// guardianships with their scope, and the expectations meeting. Enter opens a relative;
/// Ctrl-N adds one. Two rows below the network open the guardianships and the expectations
/// meeting's date.
final class RelativesTab: TableScreen {
  let session: Session
  let resident: Resident
  var overview: RelativesOverview?

  init(session: Session, resident: Resident) {
    self.session = session
    self.resident = resident
    let kinds = session.catalogues.informationKinds.kinds
    super.init(
      titleKey: "rel.tab",
      columns: [ColumnSpec("rel.col.name"), ColumnSpec("rel.col.relation", .fixed(13))]
        + kinds.map { ColumnSpec("rel.kind.short.\($0.code)", .fixed(4)) },
      emptyKey: "rel.empty", load: { _ in [] })
    load = { [unowned self] context in reloadRows(context) }
    onOpen = { [unowned self] row, context in
      guard let o = overview else { return .stay }
      if row == o.relatives.count {
        reload()
        return .push(GuardianshipsScreen(session: session, resident: resident))
      }
      if row == o.relatives.count + 1 {
        return open(
          ExpectationsFormScreen.make(
            session: session, resident: resident, current: o.expectationsMeetingOn, context: context))
      }
      guard o.relatives.indices.contains(row) else { return .stay }
      reload()
      return .push(
        RelativeScreen(
          session: session, resident: resident, relativeID: o.relatives[row].id, name: o.relatives[row].name))
    }
    onCommand[.new] = { [unowned self] _, context in
      return open(RelativeFormScreen.make(session: session, resident: resident, editing: nil, context: context))
    }
    onCommand[.edit] = { [unowned self] row, context in
      guard let row, let o = overview, o.relatives.indices.contains(row) else { return .stay }
      return open(
        RelativeFormScreen.make(session: session, resident: resident, editing: o.relatives[row], context: context))
    }
    commandHints = [(.new, "rel.hint.new"), (.edit, "rel.hint.edit")]
  }

  func reloadRows(_ context: AppContext) -> [[String]] {
    let t = context.texts
    do {
      overview = try RelativesWords.repository(session).overview(
        residentID: resident.id, actor: session.actor, on: RelativesWords.today(context), contactLimit: 1)
    } catch {
      context.show(ErrorMessages.describe(error, t), kind: .error)
      overview = nil
    }
    guard let o = overview else { return [] }
    rowIDs = o.relatives.map(\.id)
    var intro: [(String, Style)] = [
      (
        t("rel.expectations", o.expectationsMeetingOn.map(DateWording.day) ?? t("rel.expectations.none")), .normal
      ),
      (
        t("rel.legend"), .muted
      ),
    ]
    for g in o.guardianships where g.isActive(on: o.day) {
      intro.append(
        (
          t("rel.guardian.line", o.guardianName(g), RelativesWords.scope(g, t, session.catalogues.informationKinds)),
          .normal
        ))
    }
    introLines = intro
    let blank = Array(repeating: "", count: o.matrix.kinds.count + 1)
    let inForce = o.guardianships.filter { $0.isActive(on: o.day) }.count
    return o.matrix.rows.map { row in
      let mark = row.relative.chosenByResident ? "" : " *"
      // The scope's section beside the name; the whole scope is in the line above the table.
      let sections = row.guardianships.map { t("rel.section.\($0.section.rawValue)") }
      let guardian = sections.isEmpty ? "" : " (" + t("rel.guardian") + " " + sections.joined(separator: ", ") + ")"
      return [row.relative.name + guardian + mark, row.relative.relation]
        + o.matrix.kinds.map { RelativesWords.cell(row.decisions[$0.code]) }
    } + [[t("rel.row.guardianships", inForce)] + blank, [t("rel.row.expectations")] + blank]
  }
}
