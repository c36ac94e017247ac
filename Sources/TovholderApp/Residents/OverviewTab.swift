import TerminalUI
import TovholderCore

/// The record's first tab: who the resident is and the newest notes.
final class OverviewTab: Screen {
  var record: ResidentRecord

  init(record: ResidentRecord) { self.record = record }

  func title(_ context: AppContext) -> String { context.texts("record.tab.overview") }

  func draw(into buffer: inout Buffer, area: Rect, context: AppContext) -> Point? {
    let t = context.texts
    let r = record.resident
    var lines: [(String, Style)] = [
      (t("record.movedIn", DateWording.day(r.movedIn)), .normal),
      (t("record.contactPerson", record.contactPersonName ?? t("record.none")), .normal),
      (t("record.coordinator", record.coordinatorName ?? t("record.none")), .normal),
      ("", .normal),
      (t("record.recentNotes"), .header),
    ]
    if record.recentNotes.isEmpty { lines.append((t("notes.empty"), .muted)) }
    for note in record.recentNotes.prefix(max(0, area.height - lines.count)) {
      let mark = note.isHandover ? "▶ " : "  "
      let firstLine = note.text.split(separator: "\n").first.map(String.init) ?? ""
      lines.append(("\(mark)\(DateWording.dateTime(note.writtenAt))  \(note.authorName): \(firstLine)", .normal))
    }
    for (i, (text, style)) in lines.enumerated() where i + 1 < area.height {
      buffer.put(text, x: area.x + 1, y: area.y + 1 + i, maxWidth: area.width - 2, style: style)
    }
    return nil
  }
}
