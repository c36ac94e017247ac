/// Selection, scroll offset and type-to-filter text of a `Table`.
///
/// Positions count rows as shown (after filtering); `selectedRow` is the data row. Keys:
/// Up/Down, PgUp/PgDn, Home/End move the selection; printable characters extend the filter,
/// Backspace shortens it and Esc clears it (Backspace and Esc are not consumed when the filter
/// is empty, so the screen can use them). Enter and everything else are left to the caller.
public struct TableState: Sendable, Equatable {
  public private(set) var filter = ""
  /// Selected position among the shown rows (nil when there are none).
  public private(set) var selection: Int?
  /// First shown position drawn at the top.
  public private(set) var offset = 0
  /// Where the terminal cursor belongs after the last `render`: the start of the selected row.
  public internal(set) var cursor: Point?
  /// Rows per page, learned from the last `render`.
  public internal(set) var pageSize = 10

  /// Data rows that match the filter, ascending; nil when the filter is empty (all rows).
  private var matches: [Int]?
  private var totalRows = 0
  private var filterChanged = false

  public init() {}

  /// Number of rows shown (after filtering).
  public var visibleRowCount: Int { matches?.count ?? totalRows }

  /// The selected data row.
  public var selectedRow: Int? {
    guard let s = selection, s < visibleRowCount else { return nil }
    return matches?[s] ?? s
  }

  /// The data row shown at `position`.
  public func row(at position: Int) -> Int? {
    guard position >= 0, position < visibleRowCount else { return nil }
    return matches?[position] ?? position
  }

  /// Brings the state up to date with `data`: applies a changed filter (asking the data source
  /// about every row) or a changed row count. Otherwise it costs one `rowCount` call.
  /// Call with `force: true` after the rows' contents changed while the count stayed.
  public mutating func update(_ data: some TableDataSource, force: Bool = false) {
    let count = data.rowCount
    guard force || filterChanged || count != totalRows else { return }
    let keep = selectedRow
    totalRows = count
    filterChanged = false
    matches = filter.isEmpty ? nil : (0..<count).filter { data.rowMatches($0, filter: filter) }
    if let keep, let position = position(ofRow: keep) {
      selection = position
    } else {
      selection = visibleRowCount > 0 ? 0 : nil
      offset = 0
    }
    clamp()
  }

  /// Selects a data row (when it is shown). Returns whether it was.
  @discardableResult
  public mutating func select(row: Int) -> Bool {
    guard let p = position(ofRow: row) else { return false }
    selection = p
    return true
  }

  /// Sets the filter text (as typing would).
  public mutating func setFilter(_ text: String) {
    guard text != filter else { return }
    filter = text
    filterChanged = true
  }

  private func position(ofRow row: Int) -> Int? {
    guard let matches else { return row >= 0 && row < totalRows ? row : nil }
    var lo = 0
    var hi = matches.count - 1
    while lo <= hi {
      let mid = (lo + hi) / 2
      if matches[mid] == row { return mid }
      if matches[mid] < row { lo = mid + 1 } else { hi = mid - 1 }
    }
    return nil
  }

  /// Handles a key and applies a filter change to `data` at once.
  public mutating func handle(_ key: Key, data: some TableDataSource) -> Bool {
    update(data)
    let used = handle(key)
    update(data)
    return used
  }

  /// Handles a key. A filter change is applied at the next `update` or `render`.
  public mutating func handle(_ key: Key) -> Bool {
    let n = visibleRowCount
    let s = selection ?? 0
    switch key {
    case .up, .ctrl("p"): moveSelection(to: s - 1)
    case .down, .ctrl("n"): moveSelection(to: selection == nil ? 0 : s + 1)
    case .pageUp: moveSelection(to: s - max(1, pageSize))
    case .pageDown: moveSelection(to: s + max(1, pageSize))
    case .home: moveSelection(to: 0)
    case .end: moveSelection(to: n - 1)
    case .char(let c) where TextMatch.isPrintable(c) && !(c == " " && filter.isEmpty):
      setFilter(filter + String(c))
    case .paste(let text):
      setFilter(filter + String(TextEditing.clean(text, multiline: false)))
    case .backspace:
      guard !filter.isEmpty else { return false }
      setFilter(String(filter.dropLast()))
    case .escape:
      guard !filter.isEmpty else { return false }
      setFilter("")
    default: return false
    }
    return true
  }

  private mutating func moveSelection(to position: Int) {
    let n = visibleRowCount
    selection = n == 0 ? nil : min(max(0, position), n - 1)
  }

  private mutating func clamp() {
    let n = visibleRowCount
    if n == 0 {
      selection = nil
    } else if let s = selection {
      selection = min(max(0, s), n - 1)
    }
    offset = max(0, min(offset, n - 1))
  }

  /// Keeps the selection inside a window of `height` rows.
  mutating func scrollToSelection(height: Int) {
    clamp()
    guard height > 0 else { return }
    pageSize = height
    let n = visibleRowCount
    if let s = selection {
      if s < offset { offset = s }
      if s >= offset + height { offset = s - height + 1 }
    }
    // No empty space below the last row when there are rows above.
    offset = max(0, min(offset, n - height))
  }
}
