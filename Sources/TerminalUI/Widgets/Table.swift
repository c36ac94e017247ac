/// One column of a `Table`.
public struct TableColumn: Sendable, Equatable {
  public enum Width: Sendable, Equatable {
    /// Exactly this many columns.
    case fixed(Int)
    /// A share (`weight`) of the room left after fixed columns, at least `min` columns.
    case flexible(min: Int = 1, weight: Int = 1)
  }

  public var title: String
  public var width: Width
  public var alignRight: Bool

  public init(_ title: String, width: Width = .flexible(), alignRight: Bool = false) {
    self.title = title
    self.width = width
    self.alignRight = alignRight
  }
}

/// The column a table is sorted by (sorting itself is the data source's business).
public struct TableSort: Sendable, Equatable {
  public var column: Int
  public var ascending: Bool
  public init(column: Int, ascending: Bool = true) {
    self.column = column
    self.ascending = ascending
  }
}

/// A table that draws only the rows that fit: a frame costs one `rowCount` call and one
/// `cell` call per visible cell, whether the source holds 50 rows or 50,000.
///
/// Layout from the top: the header row (with ▲/▼ on the sorted column), the rows (▲/▼ at the
/// right edge when rows are hidden above or below), and — while a filter is typed — a filter
/// line at the bottom (`filterPrompt` + the filter text).
/// With no rows to show, `emptyMessage` is drawn instead of rows.
public struct Table<Data: TableDataSource> {
  public var data: Data
  public var columns: [TableColumn]
  public var sort: TableSort?
  public var showHeader: Bool
  public var isFocused: Bool
  public var emptyMessage: String
  public var filterPrompt: String
  /// Columns between two columns.
  public var spacing: Int
  /// A data row's own style when not selected (a group heading, a row that is ended), or nil.
  public var rowStyle: ((Int) -> Style?)?

  public init(
    data: Data, columns: [TableColumn], sort: TableSort? = nil, showHeader: Bool = true, isFocused: Bool = true,
    emptyMessage: String = "", filterPrompt: String = "/ ", spacing: Int = 1
  ) {
    self.data = data
    self.columns = columns
    self.sort = sort
    self.showHeader = showHeader
    self.isFocused = isFocused
    self.emptyMessage = emptyMessage
    self.filterPrompt = filterPrompt
    self.spacing = spacing
  }

  /// The width of each column for a table `width` columns wide (columns that do not fit get 0).
  public func columnWidths(for width: Int) -> [Int] {
    let gaps = max(0, columns.count - 1) * spacing
    let room = max(0, width - gaps)
    var fixed = 0
    var weights = 0
    var minimum = 0
    for c in columns {
      switch c.width {
      case .fixed(let w): fixed += max(0, w)
      case .flexible(let m, let weight):
        weights += max(1, weight)
        minimum += max(0, m)
      }
    }
    let flexRoom = max(minimum, room - fixed)
    var given = 0
    var lastFlexible: Int?
    var widths = columns.enumerated().map { (i, c) -> Int in
      switch c.width {
      case .fixed(let w): return max(0, w)
      case .flexible(let m, let weight):
        lastFlexible = i
        let w = max(max(0, m), flexRoom * max(1, weight) / max(1, weights))
        given += w
        return w
      }
    }
    if let lastFlexible, given < flexRoom { widths[lastFlexible] += flexRoom - given }
    // Columns past the right edge are cut.
    var x = 0
    for i in widths.indices {
      widths[i] = max(0, min(widths[i], width - x))
      x += widths[i] + spacing
    }
    return widths
  }

  public func render(into buffer: inout Buffer, area: Rect, state: inout TableState) {
    state.update(data)
    state.cursor = nil
    let area = area.intersection(buffer.bounds)
    guard !area.isEmpty else { return }
    var body = area
    var header = Rect(x: area.x, y: area.y, width: 0, height: 0)
    if showHeader { (header, body) = body.splitTop(1) }
    var filterLine = Rect(x: area.x, y: area.y, width: 0, height: 0)
    if !state.filter.isEmpty { (body, filterLine) = body.splitBottom(1) }
    if !filterLine.isEmpty {
      let used = buffer.put(filterPrompt, x: filterLine.x, y: filterLine.y, clip: filterLine, style: .muted)
      buffer.put(state.filter, x: filterLine.x + used, y: filterLine.y, clip: filterLine, style: .highlight)
    }
    let count = state.visibleRowCount
    // A list longer than its rows keeps the right edge for its ▲/▼ marks.
    let scrolls = count > body.height && body.height > 0
    let widths = columnWidths(for: scrolls ? area.width - 1 : area.width)
    if !header.isEmpty { drawHeader(into: &buffer, line: header, widths: widths) }
    state.scrollToSelection(height: body.height)
    guard !body.isEmpty else { return }
    if count == 0 {
      buffer.put(emptyMessage, x: body.x, y: body.y, clip: body, style: .muted)
      return
    }
    for i in 0..<min(body.height, count - state.offset) {
      let position = state.offset + i
      guard let row = state.row(at: position) else { break }
      let line = body.row(i)
      let selected = position == state.selection
      let style =
        selected ? (isFocused ? Style(.selected, reverse: true) : Style(.selected)) : (rowStyle?(row) ?? Style.normal)
      if selected { buffer.fill(line, style: style) }
      var x = line.x
      for (column, w) in zip(columns.indices, widths) where w > 0 {
        let text = data.cell(row: row, column: column)
        buffer.put(
          text.padded(toWidth: w, alignRight: columns[column].alignRight), x: x, y: line.y, clip: line, style: style)
        x += w + spacing
      }
      if selected && isFocused { state.cursor = Point(x: line.x, y: line.y) }
    }
    // Rows hidden above or below are marked at the right edge, as a scrolling form does.
    if state.offset > 0 { buffer.put("▲", x: body.maxX - 1, y: body.y, style: .highlight) }
    if state.offset + body.height < count { buffer.put("▼", x: body.maxX - 1, y: body.maxY - 1, style: .highlight) }
  }

  private func drawHeader(into buffer: inout Buffer, line: Rect, widths: [Int]) {
    buffer.fill(line, style: .header)
    var x = line.x
    for (i, w) in zip(columns.indices, widths) where w > 0 {
      var title = columns[i].title
      if let sort, sort.column == i {
        let mark = sort.ascending ? "▲" : "▼"
        title = w >= 3 ? title.truncated(toWidth: w - 2) + " " + mark : mark
      }
      buffer.put(
        title.padded(toWidth: w, alignRight: columns[i].alignRight), x: x, y: line.y, clip: line, style: .header)
      x += w + spacing
    }
  }
}
