import TerminalUI

/// One entry of the main menu: an area that exists and the screen it opens.
public struct MenuEntry {
  public let titleKey: String
  public let descriptionKey: String
  public let open: (AppContext) -> any Screen
  /// The text key of the heading this entry is listed under (its area).
  public private(set) var sectionKey: String?
  /// A count shown in the title (`{0}`); the entry is hidden while it is 0. Such an entry
  /// is opened with 0, so the other entries keep their digits.
  public private(set) var count: ((AppContext) -> Int)?

  public init(titleKey: String, descriptionKey: String, open: @escaping (AppContext) -> any Screen) {
    self.titleKey = titleKey
    self.descriptionKey = descriptionKey
    self.open = open
  }

  func inSection(_ key: String) -> MenuEntry {
    var entry = self
    entry.sectionKey = key
    return entry
  }

  func counting(_ count: @escaping (AppContext) -> Int) -> MenuEntry {
    var entry = self
    entry.count = count
    return entry
  }
}

/// The main menu (hovedmenu): the areas that exist for the signed-in person. An entry opens
/// with its number (the first nine), or by typing part of its name and Enter.
public final class MainMenuScreen: Screen {
  private let all: [MenuEntry]
  /// The entries shown now (a counted entry only while its count is not 0), with their counts.
  private var entries: [MenuEntry] = []
  private var counts: [Int?] = []
  private(set) var selected = 0
  private var offset = 0
  /// What has been typed of an entry's name; the best match is selected.
  private(set) var find = ""

  public init(entries: [MenuEntry]) {
    all = entries
    self.entries = entries.filter { $0.count == nil }
    counts = self.entries.map { _ in nil }
  }

  /// Counts again which entries to show (before each frame and key).
  private func refresh(_ context: AppContext) {
    let current = entries.indices.contains(selected) ? entries[selected].titleKey : nil
    var shown: [MenuEntry] = []
    var shownCounts: [Int?] = []
    for entry in all {
      if let count = entry.count {
        let n = count(context)
        guard n > 0 else { continue }
        shown.append(entry)
        shownCounts.append(n)
      } else {
        shown.append(entry)
        shownCounts.append(nil)
      }
    }
    entries = shown
    counts = shownCounts
    selected = current.flatMap { key in entries.firstIndex { $0.titleKey == key } } ?? min(selected, entries.count - 1)
    selected = max(0, selected)
  }

  private func title(_ i: Int, _ t: Texts) -> String {
    counts[i].map { t(entries[i].titleKey, $0) } ?? t(entries[i].titleKey)
  }

  /// The digit that opens entry `i`: 0 for a counted entry, else 1–9 by place among the others.
  private func digit(_ i: Int) -> Int? {
    if counts[i] != nil { return 0 }
    let n = entries[..<i].filter { $0.count == nil }.count + 1
    return n <= 9 ? n : nil
  }

  /// The position of the first entry whose title contains `title`.
  func index(ofTitle title: String, texts: Texts) -> Int? {
    entries.firstIndex { texts($0.titleKey).contains(title) }
  }

  public func title(_ context: AppContext) -> String { context.texts("menu.title") }
  public var scopes: [CommandScope] { [.list] }

  public func helpCommands(context: AppContext) -> Set<CommandID>? {
    [.moveUp, .moveDown, .pageUp, .pageDown, .first, .last, .open]
  }

  public func helpKeys(context: AppContext) -> [HelpKey] {
    let t = context.texts
    return [
      HelpKey(t("help.menu.digits"), t("help.menu.open"), t("help.menu.open.help")),
      HelpKey(t("help.keys.letters"), t("help.menu.find"), t("help.menu.find.help")),
    ]
  }

  /// The menu's lines: a heading where the section changes, then its entries.
  private enum Line {
    case heading(String)
    case entry(Int)
  }

  private func lines() -> [Line] {
    var lines: [Line] = []
    var section: String?
    for (i, entry) in entries.enumerated() {
      if let key = entry.sectionKey, key != section {
        section = key
        lines.append(.heading(key))
      }
      lines.append(.entry(i))
    }
    return lines
  }

  public func draw(into buffer: inout Buffer, area: Rect, context: AppContext) -> Point? {
    refresh(context)
    let t = context.texts
    var inner = area.inset(horizontal: 2, vertical: 1)
    guard !inner.isEmpty else { return nil }
    if !find.isEmpty, inner.height > 1 {
      let (rest, line) = inner.splitBottom(1)
      let used = buffer.put(t("menu.find"), x: line.x, y: line.y, clip: line, style: .muted)
      buffer.put(find, x: line.x + used, y: line.y, clip: line, style: .highlight)
      inner = rest
    }
    let all = lines()
    let labelWidth = min(
      max(entries.indices.map { title($0, t).displayWidth }.max() ?? 0, 10) + 4, max(12, inner.width / 2 - 2),
      inner.width)
    // Keep the selected entry (and the heading above it) on screen.
    let selectedLine = all.firstIndex { if case .entry(selected) = $0 { return true } else { return false } } ?? 0
    if selectedLine - 1 < offset { offset = max(0, selectedLine - 1) }
    if selectedLine >= offset + inner.height { offset = selectedLine - inner.height + 1 }
    var cursor: Point?
    for (row, line) in all.dropFirst(offset).prefix(inner.height).enumerated() {
      let y = inner.y + row
      switch line {
      case .heading(let key):
        buffer.put(t(key), x: inner.x, y: y, maxWidth: inner.width, style: .header)
      case .entry(let i):
        let entry = entries[i]
        let isSelected = i == selected
        let number = digit(i).map { "\($0) " } ?? "  "
        buffer.put(
          padded: "  " + number + title(i, t), x: inner.x, y: y, width: labelWidth,
          style: isSelected ? .selected : .normal)
        buffer.put(
          t(entry.descriptionKey).truncated(toWidth: max(0, inner.width - labelWidth - 2)), x: inner.x + labelWidth + 2,
          y: y,
          maxWidth: inner.width - labelWidth - 2, style: .muted)
        if isSelected { cursor = Point(x: inner.x, y: y) }
      }
    }
    return cursor
  }

  public func perform(_ command: CommandID, context: AppContext) -> ScreenAction {
    refresh(context)
    switch command {
    case .moveUp, .previousField: selected = max(0, selected - 1)
    case .moveDown, .nextField: selected = min(entries.count - 1, selected + 1)
    case .first, .pageUp: selected = 0
    case .last, .pageDown: selected = max(0, entries.count - 1)
    case .open:
      guard entries.indices.contains(selected) else { return .stay }
      find = ""
      return .push(entries[selected].open(context))
    case .back:
      guard !find.isEmpty else { return .unhandled }
      find = ""
    default: return .unhandled
    }
    return .stay
  }

  public func handle(_ key: Key, context: AppContext) -> ScreenAction {
    refresh(context)
    switch key {
    case .char(let c) where find.isEmpty && c.wholeNumberValue != nil:
      guard let n = c.wholeNumberValue, let i = entries.indices.first(where: { digit($0) == n }) else { return .stay }
      selected = i
      return .push(entries[i].open(context))
    case .char(let c):
      find.append(c)
    case .backspace where !find.isEmpty:
      find.removeLast()
    default:
      return .stay
    }
    selectBestMatch(context.texts)
    return .stay
  }

  /// Selects the entry whose name fits `find` best (starts with it, then a word does, then
  /// anywhere; the first of equals). Nothing fits: the selection stays.
  private func selectBestMatch(_ t: Texts) {
    guard !find.isEmpty else { return }
    let ranked = entries.indices.compactMap { i in TextMatch.rank(title(i, t), filter: find).map { ($0, i) }
    }
    if let best = ranked.min(by: { $0 < $1 }) { selected = best.1 }
  }

  public func hints(context: AppContext) -> [(String, String)] {
    [(context.keyName(.open), context.texts("cmd.open"))]
  }
}
