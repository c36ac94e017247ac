/// How a picker ended.
public enum PickerResult: Sendable, Equatable {
  /// The index (into `items`) of the chosen item.
  case chosen(Int)
  /// The checked items (indices into `items`) of a picker of several.
  case checked(Set<Int>)
  case cancelled
}

/// The items, filter and selection of a `Picker`.
///
/// Keys: printable characters filter (see `TextMatch`: "ø" finds "Bjørn"; items starting with
/// the filter come first; with `wordStartsOnly` only items with a word starting with it),
/// Backspace edits the filter, Up/Down/PgUp/PgDn/Home/End move, Enter chooses (sets
/// `result`), Esc cancels. A picker of several (`checked` not nil) toggles the highlighted item
/// with Space and answers the checked set with Enter. Every key is consumed while it is open.
public struct PickerState: Sendable, Equatable {
  public let items: [String]
  /// The checked items of a picker of several; nil for a picker of one.
  public private(set) var checked: Set<Int>?
  /// Matches only where a word starts ("j" finds "Ja", not "Nej").
  public let wordStartsOnly: Bool
  public private(set) var filter = ""
  /// Indices of the items matching the filter.
  public private(set) var matches: [Int]
  /// Selected position in `matches`.
  public private(set) var selection: Int?
  public private(set) var offset = 0
  public private(set) var result: PickerResult?
  public internal(set) var cursor: Point?
  public internal(set) var pageSize = 10

  public init(items: [String], selected: Int? = nil, checked: Set<Int>? = nil, wordStartsOnly: Bool = false) {
    self.items = items
    self.checked = checked
    self.wordStartsOnly = wordStartsOnly
    matches = Array(items.indices)
    if let selected, items.indices.contains(selected) {
      selection = selected
    } else {
      selection = items.isEmpty ? nil : 0
    }
  }

  /// The index (into `items`) of the highlighted item.
  public var selectedItem: Int? { selection.map { matches[$0] } }

  /// Filters the items: those starting with `text` first, then those with a word starting
  /// with it, then those with it anywhere (each in the items' order). A typed filter selects
  /// the best match; clearing it keeps the selection.
  public mutating func setFilter(_ text: String) {
    let keep = selectedItem
    filter = text
    let ranked = items.indices.compactMap { i in
      TextMatch.rank(items[i], filter: text).flatMap { wordStartsOnly && $0 > 1 ? nil : (rank: $0, item: i) }
    }
    matches = ranked.sorted { ($0.rank, $0.item) < ($1.rank, $1.item) }.map(\.item)
    if text.isEmpty {
      selection = keep.flatMap { matches.firstIndex(of: $0) } ?? (matches.isEmpty ? nil : 0)
    } else {
      selection = matches.isEmpty ? nil : 0
    }
    offset = 0
  }

  /// Whether a typed filter finds nothing (the picker then says so).
  public var hasNoMatch: Bool { !filter.isEmpty && matches.isEmpty }

  public mutating func handle(_ key: Key) -> Bool {
    let s = selection ?? 0
    switch key {
    case .up, .ctrl("p"): move(to: s - 1)
    case .down, .ctrl("n"): move(to: s + 1)
    case .pageUp: move(to: s - pageSize)
    case .pageDown: move(to: s + pageSize)
    case .home: move(to: 0)
    case .end: move(to: matches.count - 1)
    case .enter:
      if let checked {
        result = .checked(checked)
      } else if let item = selectedItem {
        result = .chosen(item)
      }
    case .char(" ") where checked != nil:
      if let item = selectedItem { checked?.formSymmetricDifference([item]) }
    case .escape: result = .cancelled
    case .backspace: if !filter.isEmpty { setFilter(String(filter.dropLast())) }
    case .ctrl("u"): setFilter("")
    case .char(let c) where TextMatch.isPrintable(c): setFilter(filter + String(c))
    case .paste(let text): setFilter(filter + String(TextEditing.clean(text, multiline: false)))
    default: break
    }
    return true
  }

  private mutating func move(to position: Int) {
    selection = matches.isEmpty ? nil : min(max(0, position), matches.count - 1)
  }

  mutating func scrollToSelection(height: Int) {
    guard height > 0 else { return }
    pageSize = height
    if let s = selection {
      if s < offset { offset = s }
      if s >= offset + height { offset = s - height + 1 }
    }
    offset = max(0, min(offset, matches.count - height))
  }
}

/// A list to choose one item from, drawn as a bordered box centred in the area, with the
/// filter line at the top of the box.
public struct Picker: Sendable {
  public var title: String?
  public var filterPrompt: String
  public var emptyMessage: String
  /// Rows of items shown at most (the box is smaller when fewer items match).
  public var maxVisibleItems: Int

  /// `emptyMessage` shows when the filter finds nothing; by default the "no match" text the
  /// app has bound to `PickerTexts.noMatch` for this drawing.
  public init(
    title: String? = nil, filterPrompt: String = "/ ", emptyMessage: String = PickerTexts.noMatch,
    maxVisibleItems: Int = 12
  ) {
    self.title = title
    self.filterPrompt = filterPrompt
    self.emptyMessage = emptyMessage
    self.maxVisibleItems = maxVisibleItems
  }

  /// The box the picker draws in `area`.
  public func box(in area: Rect, state: PickerState) -> Rect {
    var widest = max(filterPrompt.displayWidth + 12, emptyMessage.displayWidth, (title?.displayWidth ?? 0) + 4)
    let mark = state.checked == nil ? 0 : 4
    for item in state.items { widest = max(widest, item.displayWidth + mark) }
    let rows = max(1, min(maxVisibleItems, state.items.count))
    return area.centered(width: widest + 4, height: rows + 3)
  }

  public func render(into buffer: inout Buffer, area: Rect, state: inout PickerState) {
    state.cursor = nil
    let area = area.intersection(buffer.bounds)
    let box = self.box(in: area, state: state)
    guard !box.isEmpty else { return }
    buffer.clear(box)
    let block = Block(title: title)
    block.render(into: &buffer, area: box)
    let inner = block.inner(box).inset(horizontal: 1, vertical: 0)
    guard !inner.isEmpty else { return }
    let (filterLine, list) = inner.splitTop(1)
    let used = buffer.put(filterPrompt, x: filterLine.x, y: filterLine.y, clip: filterLine, style: .muted)
    // A filter longer than the line shows its end, where the typing is.
    var shown = state.filter
    let room = max(0, filterLine.width - used - 1)
    if shown.displayWidth > room {
      while shown.displayWidth > max(0, room - 1), !shown.isEmpty { shown.removeFirst() }
      shown = "…" + shown
    }
    let filterEnd = used + buffer.put(shown, x: filterLine.x + used, y: filterLine.y, clip: filterLine)
    state.scrollToSelection(height: list.height)
    if state.matches.isEmpty {
      buffer.put(emptyMessage, x: list.x, y: list.y, clip: list, style: state.hasNoMatch ? .warning : .muted)
    }
    for i in 0..<max(0, min(list.height, state.matches.count - state.offset)) {
      let position = state.offset + i
      let line = list.row(i)
      let selected = position == state.selection
      let style = selected ? Style(.selected, reverse: true) : Style.normal
      if selected { buffer.fill(line, style: style) }
      let item = state.matches[position]
      let mark = state.checked.map { $0.contains(item) ? "[x] " : "[ ] " } ?? ""
      // An option too long for the list ends in "…", as a field's value does.
      let text = (mark + state.items[item]).truncated(toWidth: line.width)
      buffer.put(text, x: line.x, y: line.y, clip: line, style: style)
    }
    if filterEnd < filterLine.width { state.cursor = Point(x: filterLine.x + filterEnd, y: filterLine.y) }
  }
}

/// Texts the picker shows, in the user's language. The app binds them around drawing (a task
/// local, so parallel sessions in different languages do not mix).
public enum PickerTexts {
  /// Shown in place of the list when the typed filter finds nothing.
  @TaskLocal public static var noMatch = ""
}
