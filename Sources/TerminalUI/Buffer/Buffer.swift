/// One cell of the screen: a grapheme cluster, the columns it covers and its style.
/// The cell to the right of a wide character is a continuation cell (empty symbol, width 0).
public struct Cell: Hashable, Sendable {
  public var symbol: String
  public var width: UInt8
  public var style: Style

  public init(symbol: String = " ", width: UInt8 = 1, style: Style = .normal) {
    self.symbol = symbol
    self.width = width
    self.style = style
  }

  public static let blank = Cell()
  public var isContinuation: Bool { width == 0 }
}

/// A change the backend must write: the cell at (x, y) now holds `cell`.
public struct CellChange: Hashable, Sendable {
  public var x: Int
  public var y: Int
  public var cell: Cell
}

/// An in-memory screen of cells. Widgets draw into a buffer; a backend writes the
/// difference between two buffers to the terminal.
public struct Buffer: Sendable, Equatable {
  public private(set) var width: Int
  public private(set) var height: Int
  private var cells: [Cell]

  public init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
    self.cells = Array(repeating: .blank, count: self.width * self.height)
  }

  public init(size: Size) { self.init(width: size.width, height: size.height) }

  public var size: Size { Size(width: width, height: height) }
  public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

  public subscript(x: Int, y: Int) -> Cell {
    guard x >= 0, y >= 0, x < width, y < height else { return .blank }
    return cells[y * width + x]
  }

  /// Clears every cell (or those of `rect`) to spaces in `style`.
  public mutating func clear(_ rect: Rect? = nil, style: Style = .normal) {
    fill(rect ?? bounds, symbol: " ", style: style)
  }

  public mutating func fill(_ rect: Rect, symbol: Character = " ", style: Style = .normal) {
    let r = rect.intersection(bounds)
    guard !r.isEmpty else { return }
    let cell = Cell(symbol: String(symbol), width: 1, style: style)
    for y in r.y..<r.maxY {
      for x in r.x..<r.maxX { set(x, y, cell) }
    }
  }

  /// Changes the style of every cell in `rect`, keeping the text.
  public mutating func setStyle(_ rect: Rect, _ style: Style) {
    let r = rect.intersection(bounds)
    guard !r.isEmpty else { return }
    for y in r.y..<r.maxY {
      for x in r.x..<r.maxX { cells[y * width + x].style = style }
    }
  }

  /// Draws `text` starting at (x, y), never past `maxWidth` columns nor the buffer's edge.
  /// Control characters are drawn as visible placeholders. Returns the columns used.
  @discardableResult
  public mutating func put(_ text: some StringProtocol, x: Int, y: Int, maxWidth: Int? = nil, style: Style = .normal)
    -> Int
  {
    guard y >= 0, y < height, x < width else { return 0 }
    let limit = min(width, x + (maxWidth ?? width))
    var col = x
    if DisplayWidth.isOneColumnPerScalar(text) {
      // One scalar, one column: no grapheme breaking, the common case of every frame.
      for scalar in text.unicodeScalars {
        if col >= limit { break }
        if col >= 0 { set(col, y, Cell(symbol: String(scalar), width: 1, style: style)) }
        col += 1
      }
      return max(0, col - x)
    }
    for raw in text {
      let c = TerminalText.visible(raw)
      let w = DisplayWidth.of(c)
      if w == 0 {
        continue
      }
      if col + w > limit {
        // A wide character that does not fit leaves a blank rather than half a glyph.
        if col < limit { set(col, y, Cell(symbol: " ", width: 1, style: style)) }
        col = limit
        break
      }
      if col >= 0 {
        set(col, y, Cell(symbol: String(c), width: UInt8(w), style: style))
        if w == 2 { set(col + 1, y, Cell(symbol: "", width: 0, style: style)) }
      }
      col += w
    }
    return max(0, col - x)
  }

  /// Draws `text` starting at (x, y), clipped to `clip` on every side (text starting left of
  /// `clip` loses its first columns). Returns the columns used inside `clip`.
  @discardableResult
  public mutating func put(_ text: some StringProtocol, x: Int, y: Int, clip: Rect, style: Style = .normal) -> Int {
    guard y >= clip.y, y < clip.maxY, x < clip.maxX, !clip.isEmpty else { return 0 }
    if x >= clip.x { return put(text, x: x, y: y, maxWidth: clip.maxX - x, style: style) }
    var col = x
    var rest = Substring(text)
    while let c = rest.first, col < clip.x {
      col += DisplayWidth.of(TerminalText.visible(c))
      rest = rest.dropFirst()
    }
    var used = 0
    if col > clip.x {
      // A wide character straddled the left edge: its visible half is drawn as a blank.
      put(" ", x: clip.x, y: y, maxWidth: 1, style: style)
      used = col - clip.x
    }
    return used + put(rest, x: col, y: y, maxWidth: max(0, clip.maxX - col), style: style)
  }

  /// Copies the cells of `source` inside `from` so that its top-left corner lands at `to`,
  /// clipped to `clip`. Used to scroll content drawn into a taller off-screen buffer.
  public mutating func copy(from source: Buffer, rect from: Rect, to: Point, clip: Rect) {
    let r = from.intersection(source.bounds)
    guard !r.isEmpty else { return }
    for sy in r.y..<r.maxY {
      let y = to.y + sy - from.y
      guard y >= clip.y, y < clip.maxY else { continue }
      for sx in r.x..<r.maxX {
        let x = to.x + sx - from.x
        guard x >= clip.x, x < clip.maxX else { continue }
        var cell = source[sx, sy]
        if cell.width == 2, x + 1 >= clip.maxX { cell = Cell(symbol: " ", width: 1, style: cell.style) }
        if cell.isContinuation, x == clip.x { cell = Cell(symbol: " ", width: 1, style: cell.style) }
        set(x, y, cell)
      }
    }
  }

  /// Draws `text` cut or padded to exactly `width` columns.
  public mutating func put(
    padded text: String, x: Int, y: Int, width w: Int, style: Style = .normal, alignRight: Bool = false
  ) {
    put(text.padded(toWidth: w, alignRight: alignRight), x: x, y: y, maxWidth: w, style: style)
  }

  /// Sets one cell, keeping wide characters whole: overwriting half of a wide character
  /// blanks its other half.
  public mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
    guard x >= 0, y >= 0, x < width, y < height else { return }
    let i = y * width + x
    let old = cells[i]
    // Overwriting the left half of a wide character (even with a continuation cell) orphans its right half.
    if old.width == 2, x + 1 < width, cells[i + 1].isContinuation {
      cells[i + 1] = Cell(symbol: " ", width: 1, style: old.style)
    }
    if old.isContinuation, cell.width != 0, x > 0, cells[i - 1].width == 2 {
      cells[i - 1] = Cell(symbol: " ", width: 1, style: cells[i - 1].style)
    }
    cells[i] = cell
  }

  /// The screen as lines of text (continuation cells skipped), as the tests read it.
  public func lines(trimmingTrailingSpaces: Bool = true) -> [String] {
    (0..<height).map { y in
      var line = ""
      for x in 0..<width where !cells[y * width + x].isContinuation { line += cells[y * width + x].symbol }
      if trimmingTrailingSpaces {
        while line.last == " " { line.removeLast() }
      }
      return line
    }
  }

  public var text: String { lines().joined(separator: "\n") }

  /// The styles of one row, a character per cell (the first letter of the role), for tests.
  public func styleLine(_ y: Int) -> String {
    (0..<width).map { x in String(self[x, y].style.role.rawValue.first!) }.joined()
  }

  /// The cells that differ from `previous`. A different size means every cell.
  public func diff(from previous: Buffer?) -> [CellChange] {
    var changes: [CellChange] = []
    guard let previous, previous.width == width, previous.height == height else {
      for y in 0..<height {
        for x in 0..<width where !cells[y * width + x].isContinuation {
          changes.append(CellChange(x: x, y: y, cell: cells[y * width + x]))
        }
      }
      return changes
    }
    for i in 0..<cells.count where cells[i] != previous.cells[i] {
      let cell = cells[i]
      if cell.isContinuation {
        // The wide character to its left is written instead (it covers this cell).
        let left = i - 1
        if left >= 0, i % width != 0, cells[left] == previous.cells[left] {
          changes.append(CellChange(x: left % width, y: left / width, cell: cells[left]))
        }
        continue
      }
      changes.append(CellChange(x: i % width, y: i / width, cell: cell))
    }
    return changes
  }
}
