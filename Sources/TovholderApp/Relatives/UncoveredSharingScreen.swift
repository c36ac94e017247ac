import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// The leaders' list of sharing no consent covered (issue 15): contact-log entries in the
/// units they lead that record telling a relative what no consent or guardianship covered,
/// newest first, until a leader marks each seen (Enter, asked once). Reading the list is
/// audited per resident, marking it seen too (the storage does both).
final class UncoveredSharingScreen: TableScreen {
  let session: Session
  var items: [UncoveredSharingItem] = []

  init(session: Session) {
    self.session = session
    super.init(
      titleKey: "rel.uncovered.title",
      columns: [
        ColumnSpec("rel.uncovered.col.date", .fixed(10)), ColumnSpec("rel.uncovered.col.resident", .fixed(18)),
        ColumnSpec("rel.uncovered.col.relative", .fixed(14)), ColumnSpec("rel.uncovered.col.told"),
        ColumnSpec("rel.uncovered.col.staff", .fixed(14)),
      ], emptyKey: "rel.uncovered.empty", load: { _ in [] })
    load = { [unowned self] context in rows(context) }
    onOpen = { [unowned self] row, context in askSeen(row, context) }
  }

  private func rows(_ context: AppContext) -> [[String]] {
    let t = context.texts
    do {
      items = try session.database.relatives(catalogue: session.catalogues.informationKinds)
        .uncoveredSharingList(actor: session.actor)
    } catch {
      context.show(ErrorMessages.describe(error, t), kind: .error)
      items = []
    }
    rowIDs = items.map(\.entry.id)
    introLines = [(t("rel.uncovered.intro", items.count), items.isEmpty ? .muted : .warning)]
    return items.map { item in
      [
        DateWording.day(item.entry.occurredOn), item.residentName, item.entry.relativeName ?? "–",
        told(item.entry, t), item.entry.staffName,
      ]
    }
  }

  private func told(_ entry: ContactLogEntry, _ t: Texts) -> String {
    entry.uncoveredSharing.map { RelativesWords.kindName($0, t, session.catalogues.informationKinds) }
      .joined(separator: ", ")
  }

  /// Asks once, naming the resident, the relative and what was told; yes marks it seen.
  private func askSeen(_ row: Int, _ context: AppContext) -> ScreenAction {
    guard items.indices.contains(row) else { return .stay }
    let item = items[row]
    let t = context.texts
    confirm = ConfirmPrompt(
      title: t("rel.uncovered.confirmTitle"),
      question: t(
        "rel.uncovered.confirm", item.residentName, item.entry.relativeName ?? "–", told(item.entry, t),
        DateWording.day(item.entry.occurredOn)),
      yesLabel: t("rel.uncovered.seen"), noLabel: t("confirm.no")
    ) { [unowned self] context in
      do {
        _ = try session.database.relatives(catalogue: session.catalogues.informationKinds)
          .markUncoveredSeen(item.entry, by: session.actor)
        context.show(context.texts("rel.uncovered.marked", item.residentName))
      } catch {
        context.show(ErrorMessages.describe(error, context.texts), kind: .error)
      }
      reload()
      return .stay
    }
    return .stay
  }

  override func hints(context: AppContext) -> [(String, String)] {
    var hints = super.hints(context: context)
    if !items.isEmpty, !hints.isEmpty { hints[0].1 = context.texts("rel.uncovered.open") }
    return hints
  }
}
