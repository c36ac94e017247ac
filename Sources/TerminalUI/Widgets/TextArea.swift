/// Multi-line text with word wrap, drawn with a `TextAreaState`; scrolls to keep the cursor
/// visible and sets `state.cursor`.
public struct TextArea: Sendable {
  public var isFocused: Bool
  public var style: Style
  public var placeholder: String

  public init(isFocused: Bool = true, style: Style = .normal, placeholder: String = "") {
    self.isFocused = isFocused
    self.style = style
    self.placeholder = placeholder
  }

  /// Screen rows the text takes at `width` (for forms that size the area to the text).
  public static func rowCount(of state: TextAreaState, width: Int) -> Int { state.wrappedLines(width: width).count }

  public func render(into buffer: inout Buffer, area: Rect, state: inout TextAreaState) {
    state.cursor = nil
    let area = area.intersection(buffer.bounds)
    guard !area.isEmpty else { return }
    buffer.fill(area, style: style)
    state.wrapWidth = area.width
    state.pageHeight = area.height
    if state.characters.isEmpty, !placeholder.isEmpty {
      buffer.put(placeholder, x: area.x, y: area.y, clip: area, style: .muted)
    }
    let lines = state.wrappedLines(width: area.width)
    let row = TextAreaState.row(of: state.cursorIndex, in: lines)
    if row < state.scrollRow { state.scrollRow = row }
    if row >= state.scrollRow + area.height { state.scrollRow = row - area.height + 1 }
    state.scrollRow = max(0, min(state.scrollRow, lines.count - area.height))
    for i in 0..<min(area.height, lines.count - state.scrollRow) {
      let line = lines[state.scrollRow + i]
      buffer.put(String(state.characters[line.range]), x: area.x, y: area.y + i, clip: area, style: style)
    }
    guard isFocused else { return }
    let col = TextEditing.width(state.characters[lines[row].range.lowerBound..<state.cursorIndex])
    state.cursor = Point(x: area.x + min(col, area.width - 1), y: area.y + row - state.scrollRow)
  }
}
