/// A single-line text input drawn on the first row of its area. Draw it with a
/// `TextFieldState`; afterwards `state.cursor` tells where the terminal cursor belongs.
public struct TextField: Sendable {
  public var isFocused: Bool
  /// Draw every character as "•" (passwords).
  public var secret: Bool
  /// Shown (muted) when the field is empty.
  public var placeholder: String
  public var style: Style
  public var focusedStyle: Style

  public init(
    isFocused: Bool = true, secret: Bool = false, placeholder: String = "",
    style: Style = Style(.normal, underline: true), focusedStyle: Style = .focus
  ) {
    self.isFocused = isFocused
    self.secret = secret
    self.placeholder = placeholder
    self.style = style
    self.focusedStyle = focusedStyle
  }

  public func render(into buffer: inout Buffer, area: Rect, state: inout TextFieldState) {
    state.cursor = nil
    let line = area.row(0).intersection(buffer.bounds)
    guard !line.isEmpty else { return }
    let style = isFocused ? focusedStyle : self.style
    buffer.fill(line, style: style)
    state.scrollToCursor(width: line.width, secret: secret)
    if state.isEmpty && !placeholder.isEmpty {
      buffer.put(placeholder, x: line.x, y: line.y, clip: line, style: Style(.muted, underline: style.underline))
    } else {
      let shown = state.characters[state.scrollIndex...]
      let text = secret ? String(repeating: "•", count: shown.count) : String(shown)
      buffer.put(text, x: line.x, y: line.y, clip: line, style: style)
    }
    guard isFocused else { return }
    let before = state.characters[state.scrollIndex..<state.cursorIndex]
    let col = secret ? before.count : TextEditing.width(before)
    if col < line.width { state.cursor = Point(x: line.x + col, y: line.y) }
  }
}
