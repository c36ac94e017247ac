import Foundation
import TovholderCore
import TerminalUI
import TovholderStorage

/// Shown right after sign-in when the person has unfinished forms: pick one to go on with
/// it, or Esc for the start screen (the drafts stay).
final class DraftsScreen: Screen {
  /// The person's start screens (the main menu first).
  let start: [any Screen]
  var drafts: [Draft]
  var table = TableState()

  init(start: [any Screen], drafts: [Draft]) {
    self.start = start
    self.drafts = drafts
  }

  func title(_ context: AppContext) -> String { context.texts("drafts.title") }
  var scopes: [CommandScope] { [.list] }

  func draw(into buffer: inout Buffer, area: Rect, context: AppContext) -> Point? {
    let t = context.texts
    let (intro, rest) = area.inset(horizontal: 1, vertical: 1).splitTop(2)
    buffer.put(t("drafts.intro"), x: intro.x, y: intro.y, maxWidth: intro.width, style: .warning)
    let rows = drafts.map {
      [
        DateWording.dateTime($0.savedAt),
        t("draft.kind." + ($0.formKey.split(separator: ".").first.map(String.init) ?? "")), Self.preview($0.payload),
      ]
    }
    let data = ArrayTableDataSource(rows: rows)
    table.update(data)
    Table(
      data: data,
      columns: [
        TableColumn(t("drafts.saved"), width: .fixed(16)), TableColumn(t("drafts.kind"), width: .fixed(14)),
        TableColumn(t("drafts.preview")),
      ]
    ).render(into: &buffer, area: rest, state: &table)
    return table.cursor
  }

  /// The first words of what was typed, so the person recognises the draft.
  static func preview(_ payload: String) -> String {
    let values = DraftCoding.decode(payload).sorted { $0.value.count > $1.value.count }
    return (values.first?.value ?? "").replacingOccurrences(of: "\n", with: " ")
  }

  func perform(_ command: CommandID, context: AppContext) -> ScreenAction {
    switch command {
    case .back: return .replaceWith(start)
    case .open:
      guard let row = table.selectedRow, drafts.indices.contains(row) else { return .stay }
      let draft = drafts[row]
      guard let screen = AreaCatalog.restoreDraft(key: draft.formKey, payload: draft.payload, context: context) else {
        context.show(context.texts("drafts.cannotOpen"), kind: .warning)
        return .stay
      }
      drafts.remove(at: row)
      if drafts.isEmpty { return .replaceWith(start + [screen]) }
      return .push(screen)
    default: return .unhandled
    }
  }

  func handle(_ key: Key, context: AppContext) -> ScreenAction {
    _ = table.handle(key, data: ArrayTableDataSource(rows: drafts.map { [$0.formKey] }))
    return .stay
  }

  func hints(context: AppContext) -> [(String, String)] {
    [(context.keyName(.open), context.texts("drafts.resume")), (context.keyName(.back), context.texts("drafts.later"))]
  }
}
