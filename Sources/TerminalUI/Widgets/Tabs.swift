/// A row of tab titles separated by " │ ", the selected one highlighted. Titles that do not fit are cut.
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
    guard !line.isEmpty else { return }
    var x = line.x + 1
    for (i, title) in titles.enumerated() {
      if i > 0 { x += buffer.put(separator, x: x, y: line.y, clip: line, style: .muted) }
      let style = i == selected ? Style(.selected, bold: true, reverse: true) : Style.normal
      x += buffer.put(title, x: x, y: line.y, clip: line, style: style)
      if x >= line.maxX { break }
    }
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
