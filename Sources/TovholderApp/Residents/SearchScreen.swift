import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// One search field over residents and notes (and what later areas index). Results come as
/// you type, grouped by resident, newest first, matched words highlighted; Enter opens the record.
final class SearchScreen: Screen {
  enum Row {
    case group(SearchGroup)
    case hit(SearchHit, ResidentID)
    var residentID: ResidentID {
      switch self {
      case .group(let g): return g.residentID
      case .hit(_, let id): return id
      }
    }
  }

  let session: Session
  var field = TextFieldState(maxLength: 200)
  var rows: [Row] = []
  var selected = 0
  var offset = 0
  var searchedFor = ""
  var inList = false
  /// Residents whose hits have been on screen but are not yet in the audit log.
  private(set) var shownUnaudited: Set<ResidentID> = []
  private var audited: Set<ResidentID> = []

  init(session: Session) { self.session = session }

  func title(_ context: AppContext) -> String { context.texts("search.title") }
  var isEditingText: Bool { !inList }
  var scopes: [CommandScope] { inList ? [.list] : [] }

  func draw(into buffer: inout Buffer, area: Rect, context: AppContext) -> Point? {
    let t = context.texts
    let inner = area.inset(horizontal: 1, vertical: 1)
    guard inner.height > 2 else { return nil }
    let label = t("search.label")
    buffer.put(label, x: inner.x, y: inner.y, style: .header)
    let fieldArea = Rect(
      x: inner.x + label.displayWidth + 1, y: inner.y, width: inner.width - label.displayWidth - 1, height: 1)
    TextField(isFocused: !inList).render(into: &buffer, area: fieldArea, state: &field)
    let list = Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: inner.height - 2)
    if rows.isEmpty {
      let message = searchedFor.isEmpty ? t("search.hint") : t("search.none", searchedFor)
      buffer.put(message, x: list.x, y: list.y, maxWidth: list.width, style: .muted)
      return inList ? nil : field.cursor
    }
    if selected < offset { offset = selected }
    if selected >= offset + list.height { offset = selected - list.height + 1 }
    for (i, row) in rows.dropFirst(offset).prefix(list.height).enumerated() {
      let y = list.y + i
      let isSelected = inList && offset + i == selected
      switch row {
      case .group(let g):
        let former = g.isFormer ? " " + t("search.former") : ""
        let text = "\(g.residentName) (\(g.residentID))\(former) · \(session.unitNames[g.unitID] ?? "")"
        buffer.put(padded: text, x: list.x, y: y, width: list.width, style: isSelected ? .selected : .header)
      case .hit(let hit, _):
        let label = AreaCatalog.searchLabel(hit.kind, texts: t).map { " \($0)" } ?? ""
        let prefix = "  \(DateWording.day(hit.at))\(label)  "
        buffer.put(prefix, x: list.x, y: y, maxWidth: list.width, style: isSelected ? .selected : .muted)
        drawExcerpt(
          hit.excerpt, into: &buffer, x: list.x + prefix.displayWidth, y: y, width: list.width - prefix.displayWidth,
          selected: isSelected)
      }
    }
    return inList ? Point(x: list.x, y: list.y + selected - offset) : field.cursor
  }

  /// The excerpt with the matched words in the highlight style.
  private func drawExcerpt(_ e: HighlightedText, into buffer: inout Buffer, x: Int, y: Int, width: Int, selected: Bool)
  {
    var col = x
    var index = e.text.startIndex
    let base: Style = selected ? .selected : .normal
    for mark in e.marks where mark.lowerBound >= index {
      col += buffer.put(flat(e.text[index..<mark.lowerBound]), x: col, y: y, maxWidth: x + width - col, style: base)
      col += buffer.put(flat(e.text[mark]), x: col, y: y, maxWidth: x + width - col, style: .highlight)
      index = mark.upperBound
    }
    buffer.put(flat(e.text[index...]), x: col, y: y, maxWidth: x + width - col, style: base)
  }

  private func flat(_ s: Substring) -> String { s.replacingOccurrences(of: "\n", with: " ") }

  func perform(_ command: CommandID, context: AppContext) -> ScreenAction {
    switch command {
    case .open where inList, .save where inList:
      guard rows.indices.contains(selected) else { return .stay }
      var tab: String?
      if case .hit(let hit, _) = rows[selected] { tab = AreaCatalog.searchTab(hit.kind, texts: context.texts) }
      auditShown(context)
      return RecordScreen.open(rows[selected].residentID, session: session, context: context, tab: tab)
    case .moveUp where inList:
      if selected == 0 { inList = false } else { selected -= 1 }
    case .moveDown where inList: selected = min(rows.count - 1, selected + 1)
    case .pageDown where inList: selected = min(rows.count - 1, selected + 10)
    case .pageUp where inList: selected = max(0, selected - 10)
    case .back where inList: inList = false
    default: return .unhandled
    }
    return .stay
  }

  func handle(_ key: Key, context: AppContext) -> ScreenAction {
    if !inList {
      if key == .down || key == .enter || key == .tab {
        if !rows.isEmpty {
          inList = true
          selected = 0
          auditShown(context)
        }
        return .stay
      }
      if field.handle(key) { search(context) }
    }
    return .stay
  }

  private func search(_ context: AppContext) {
    searchedFor = field.text.trimmingCharacters(in: [" "])
    guard !searchedFor.isEmpty else {
      rows = []
      return
    }
    do {
      let groups = try session.database.search.search(searchedFor, actor: session.actor)
      shownUnaudited.formUnion(Set(groups.map(\.residentID)).subtracting(audited))
      rows = groups.flatMap { g in
        [Row.group(g)] + g.hits.filter { $0.kind != .resident }.map { Row.hit($0, g.residentID) }
      }
    } catch {
      rows = []
      context.show(ErrorMessages.describe(error, context.texts), kind: .error)
    }
    selected = 0
    offset = 0
  }

  /// Seeing a resident's hits is reading their data, so it is audited: one row per resident
  /// per visit to this screen, for every result set shown while typing. Writing per keystroke
  /// would flood the log, so rows are written in one transaction when the user enters the
  /// result list, opens a hit, or leaves the screen (Esc, lock, quit and other screens all
  /// call `saveDraft`). A crash loses at most the rows of the query being typed.
  func auditShown(_ context: AppContext) {
    guard !shownUnaudited.isEmpty else { return }
    do {
      try session.database.search.auditShown(shownUnaudited, actor: session.actor)
      audited.formUnion(shownUnaudited)
      shownUnaudited = []
    } catch {
      context.show(ErrorMessages.describe(error, context.texts), kind: .error)
    }
  }

  func saveDraft(context: AppContext) { auditShown(context) }

  func hints(context: AppContext) -> [(String, String)] {
    inList ? [(context.keyName(.open), context.texts("search.open"))] : [("↓", context.texts("search.toResults"))]
  }
}
