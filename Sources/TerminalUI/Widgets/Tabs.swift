/// A row of tab titles separated by " │ ", the selected one highlighted. When they do not
/// fit, the row starts late enough that the selected title is whole, with ‹ and › marking
/// titles left out on either side.
public struct Tabs: Sendable, Widget {
  public var titles: [String]
  public var selected: Int
  public var separator: String

  public init(titles: [String], selected: Int, separator: String = " │ ") {
    self.titles = titles
    self.selected = selected
    self.separator = separator
  }

  public func render(into buffer: inout Buffer, area: Rect) {
    let line = area.row(0).intersection(buffer.bounds)
    guard !line.isEmpty, !titles.isEmpty else { return }
    let first = firstShown(width: line.width)
    if first > 0 { buffer.put("‹", x: line.x, y: line.y, clip: line, style: .muted) }
    let end = line.maxX - (needsMoreMark(from: first, width: line.width) ? 1 : 0)
    let clip = Rect(x: line.x, y: line.y, width: max(0, end - line.x), height: 1)
    var x = line.x + 1
    for i in first..<titles.count {
      if i > first { x += buffer.put(separator, x: x, y: line.y, clip: clip, style: .muted) }
      let style = i == selected ? Style(.selected, bold: true, reverse: true) : Style.normal
      x += buffer.put(titles[i], x: x, y: line.y, clip: clip, style: style)
      if x >= end { break }
    }
    if end < line.maxX { buffer.put("›", x: end, y: line.y, clip: line, style: .muted) }
  }

  /// Columns the titles `from...through` take, separators included, after the one-column margin.
  private func span(from: Int, through: Int) -> Int {
    let titlesWidth = titles[from...through].reduce(0) { $0 + $1.displayWidth }
    return 1 + titlesWidth + (through - from) * separator.displayWidth
  }

  private func firstShown(width: Int) -> Int {
    let target = min(max(selected, 0), titles.count - 1)
    var first = 0
    while first < target {
      let more = target < titles.count - 1 ? 1 : 0
      if span(from: first, through: target) + more <= width { break }
      first += 1
    }
    return first
  }

  private func needsMoreMark(from first: Int, width: Int) -> Bool {
    span(from: first, through: titles.count - 1) > width
  }
}

/// Text wrapped to the area's width, starting `scroll` rows down.
public struct Paragraph: Sendable, Widget {
  public var text: String
  public var style: Style
  public var scroll: Int

  public init(_ text: String, style: Style = .normal, scroll: Int = 0) {
    self.text = text
    self.style = style
    self.scroll = scroll
  }

  /// Rows the text takes at `width` (to bound scrolling).
  public func lineCount(width: Int) -> Int { text.wrapped(toWidth: width).count }

  public func render(into buffer: inout Buffer, area: Rect) {
    let area = area.intersection(buffer.bounds)
    guard !area.isEmpty else { return }
    let lines = text.wrapped(toWidth: area.width)
    let start = max(0, scroll)
    for i in 0..<area.height where start + i < lines.count {
      buffer.put(lines[start + i], x: area.x, y: area.y + i, clip: area, style: style)
    }
  }
}
