/// A frame around other widgets: an optional box-drawing border with a title in the top edge.
/// Without a border, a title takes the first row. `inner(_:)` is the room left inside.
public struct Block: Sendable, Widget {
  public var title: String?
  public var borders: Bool
  public var style: Style
  public var titleStyle: Style

  public init(title: String? = nil, borders: Bool = true, style: Style = .normal, titleStyle: Style = .title) {
    self.title = title
    self.borders = borders
    self.style = style
    self.titleStyle = titleStyle
  }

  public func inner(_ area: Rect) -> Rect {
    if borders { return area.inset(1) }
    if let title, !title.isEmpty { return area.splitTop(1).1 }
    return area
  }

  public func render(into buffer: inout Buffer, area: Rect) {
    let area = area.intersection(buffer.bounds)
    guard !area.isEmpty else { return }
    guard borders else {
      if let title, !title.isEmpty { buffer.put(title, x: area.x, y: area.y, clip: area, style: titleStyle) }
      return
    }
    guard area.width >= 2, area.height >= 2 else { return }
    let horizontal = String(repeating: "─", count: area.width - 2)
    buffer.put("┌" + horizontal + "┐", x: area.x, y: area.y, clip: area, style: style)
    buffer.put("└" + horizontal + "┘", x: area.x, y: area.maxY - 1, clip: area, style: style)
    for y in (area.y + 1)..<(area.maxY - 1) {
      buffer.put("│", x: area.x, y: y, clip: area, style: style)
      buffer.put("│", x: area.maxX - 1, y: y, clip: area, style: style)
    }
    if let title, !title.isEmpty, area.width >= 5 {
      let text = " " + title.truncated(toWidth: area.width - 4) + " "
      buffer.put(text, x: area.x + 1, y: area.y, clip: area.inset(horizontal: 1, vertical: 0), style: titleStyle)
    }
  }
}
