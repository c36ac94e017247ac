import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// The record's Contact log tab: every contact with the network, newest first, with what was
/// agreed and the follow-up. Ctrl-N logs a new one; Enter reads one whole.
final class ContactLogTab: TableScreen, NarrowColumns {
  let session: Session
  let resident: Resident
  var entries: [ContactLogEntry] = []
  var narrow = false
  var guardianships: [Guardianship] = []

  init(session: Session, resident: Resident) {
    self.session = session
    self.resident = resident
    super.init(
      titleKey: "rel.log.tab",
      columns: [], emptyKey: "rel.log.empty", load: { _ in [] })
    load = { [unowned self] context in
      let t = context.texts
      do {
        let o = try RelativesWords.repository(session).overview(
          residentID: resident.id, actor: session.actor, on: RelativesWords.today(context), contactLimit: 500)
        entries = o.contactLog
        guardianships = o.guardianships.filter { $0.isActive(on: o.day) }
      } catch {
        context.show(ErrorMessages.describe(error, t), kind: .error)
      }
      let today = RelativesWords.today(context)
      rowIDs = entries.map(\.id)
      let isNarrow = narrow
      let day = { (d: CalendarDay) in ContactLogTab.day(d, narrow: isNarrow) }
      return entries.map { e in
        [
          day(e.occurredOn), t("rel.contact.\(e.kind.rawValue)"),
          e.relativeName ?? t("rel.contact.network"),
          (e.toldAboutHealth ? "♥ " : "")
            + (e.agreed.isEmpty ? e.said : e.agreed).replacingOccurrences(of: "\n", with: " "),
          ContactLogTab.followUp(e.followUp, today: today, t, day: day),
        ]
      }
    }
    onOpen = { [unowned self] row, context in
      let e = entries[row]
      let scopes = guardianships.filter { g in e.relativeID.map(g.isGuardian) ?? false }
        .map {
          context.texts(
            "rel.guardian.scope", RelativesWords.scope($0, context.texts, session.catalogues.informationKinds))
        }
      return .push(ContactEntryScreen(entry: e, guardianScopes: scopes))
    }
    onCommand[.new] = { [unowned self] _, context in
      return open(ContactFormScreen.make(session: session, resident: resident, relativeID: nil, context: context))
    }
    commandHints = [(.new, "rel.log.new")]
  }

  static func followUp(
    _ f: ContactLogEntry.FollowUp?, today: CalendarDay, _ t: Texts, day: (CalendarDay) -> String = DateWording.day
  ) -> String {
    guard let f else { return "" }
    if let done = f.doneOn { return t("rel.followUp.done", day(done)) }
    return (f.isOverdue(on: today) ? "! " : "") + day(f.due)
  }

  /// At 60–70 columns the dates take a two-digit year, so what was agreed keeps room.
  func columnSpecs(narrow: Bool) -> [ColumnSpec] {
    [
      ColumnSpec("rel.log.col.on", .fixed(narrow ? 8 : 10)), ColumnSpec("rel.log.col.kind", .fixed(7)),
      ColumnSpec("rel.log.col.relative", .fixed(narrow ? 13 : 14)), ColumnSpec("rel.log.col.text"),
      ColumnSpec("rel.log.col.followUp", .fixed(narrow ? 10 : 12)),
    ]
  }

  override func draw(into buffer: inout Buffer, area: Rect, context: AppContext) -> Point? {
    fitColumns(to: area)
    return super.draw(into: &buffer, area: area, context: context)
  }

  /// `24-11-2026`, or `24-11-26` on a narrow screen.
  static func day(_ d: CalendarDay, narrow: Bool) -> String {
    let full = DateWording.day(d)
    return narrow ? String(full.prefix(6)) + String(full.suffix(2)) : full
  }
}

/// One contact, whole, with the guardian's scope when the relative is a guardian.
final class ContactEntryScreen: Screen {
  let entry: ContactLogEntry
  let guardianScopes: [String]
  init(entry: ContactLogEntry, guardianScopes: [String] = []) {
    self.entry = entry
    self.guardianScopes = guardianScopes
  }

  func title(_ context: AppContext) -> String { DateWording.day(entry.occurredOn) }

  func draw(into buffer: inout Buffer, area: Rect, context: AppContext) -> Point? {
    let t = context.texts
    let e = entry
    var lines = [
      t("rel.contact.\(e.kind.rawValue)") + " · " + (e.relativeName ?? t("rel.contact.network")) + " · " + e.staffName
    ]
    lines += guardianScopes
    lines += [
      "", t("rel.field.said") + ": " + e.said, t("rel.field.agreed") + ": " + e.agreed,
    ]
    if e.toldAboutHealth { lines.append(t("rel.log.toldHealth")) }
    if let f = e.followUp {
      lines.append(
        t("rel.log.followUpLine", f.ownerName, DateWording.day(f.due))
          + (f.doneOn.map { " · " + t("rel.followUp.done", DateWording.day($0)) } ?? ""))
    }
    Paragraph(lines.joined(separator: "\n")).render(into: &buffer, area: area.inset(horizontal: 1, vertical: 1))
    return nil
  }
}
