/// Draws a `FormState`: one field under the other, the label (with " *" when required) on the
/// left, the input on the right, and the field's message on the row below its input. Scrolls
/// to keep the focused field (and its message) visible and sets `state.cursor`. An open choice
/// picker is drawn over the form.
public struct Form: Sendable {
  /// Columns for labels; nil: the widest label plus its mark, at most a third of the area.
  public var labelWidth: Int?
  public var isFocused: Bool
  public var picker: Picker

  public init(labelWidth: Int? = nil, isFocused: Bool = true, picker: Picker = Picker()) {
    self.labelWidth = labelWidth
    self.isFocused = isFocused
    self.picker = picker
  }

  func labelColumns(for state: FormState, width: Int) -> Int {
    if let labelWidth { return min(labelWidth, width) }
    let widest = state.fields.map { $0.label.displayWidth + ($0.isRequired ? 2 : 0) }.max() ?? 0
    return min(widest + 2, max(1, width / 3))
  }

  public func render(into buffer: inout Buffer, area: Rect, state: inout FormState) {
    state.cursor = nil
    let area = area.intersection(buffer.bounds)
    guard !area.isEmpty else { return }
    // Content rows of each field.
    var tops: [Int] = []
    var total = 0
    for f in state.fields {
      tops.append(total)
      total += f.height
    }
    if state.fields.indices.contains(state.focus) {
      let top = tops[state.focus]
      let bottom = top + state.fields[state.focus].height
      if bottom > state.scrollRow + area.height { state.scrollRow = bottom - area.height }
      if top < state.scrollRow { state.scrollRow = top }
    }
    state.scrollRow = max(0, min(state.scrollRow, total - area.height))

    // Draw everything into a buffer as tall as the content, then copy the visible rows.
    var content = Buffer(width: area.width, height: total)
    let labelW = labelColumns(for: state, width: area.width)
    var focusedCursor: Point?
    for i in state.fields.indices {
      let field = state.fields[i]
      let focused = isFocused && i == state.focus && state.picker == nil
      let row = Rect(x: 0, y: tops[i], width: area.width, height: field.inputHeight)
      let (labelArea, inputArea) = row.splitLeft(labelW)
      let labelStyle = focused ? Style(.focus, bold: true) : Style.normal
      let used = content.put(field.label, x: 0, y: row.y, clip: labelArea, style: labelStyle)
      if field.isRequired { content.put(" *", x: used, y: row.y, clip: labelArea, style: .warning) }
      var cursor: Point?
      switch field.input {
      case .text(var s, let secret):
        TextField(isFocused: focused, secret: secret).render(into: &content, area: inputArea, state: &s)
        state.fields[i].input = .text(s, secret: secret)
        cursor = s.cursor
      case .date(var s):
        DateField(isFocused: focused).render(into: &content, area: inputArea, state: &s)
        state.fields[i].input = .date(s)
        cursor = s.cursor
      case .time(var s):
        TimeField(isFocused: focused).render(into: &content, area: inputArea, state: &s)
        state.fields[i].input = .time(s)
        cursor = s.cursor
      case .area(var s, let height):
        TextArea(isFocused: focused).render(into: &content, area: inputArea, state: &s)
        state.fields[i].input = .area(s, height: height)
        cursor = s.cursor
      case .choice:
        let line = inputArea.row(0)
        let style = focused ? Style.focus : Style(.normal, underline: true)
        content.fill(line, style: style)
        let (text, mark) = line.splitRight(min(2, max(0, line.width - 1)))
        content.put(field.value, x: text.x, y: text.y, clip: text, style: style)
        content.put(" ▾", x: mark.x, y: mark.y, clip: mark, style: style)
        if focused, !line.isEmpty { cursor = Point(x: line.x, y: line.y) }
      }
      if let message = field.message {
        let messageLine = Rect(x: inputArea.x, y: row.maxY, width: inputArea.width, height: 1)
        content.put(message, x: messageLine.x, y: messageLine.y, clip: messageLine, style: .error)
      }
      if focused { focusedCursor = cursor }
    }
    buffer.clear(area)
    buffer.copy(
      from: content, rect: Rect(x: 0, y: state.scrollRow, width: area.width, height: area.height),
      to: Point(x: area.x, y: area.y), clip: area)
    if let c = focusedCursor {
      let p = Point(x: area.x + c.x, y: area.y + c.y - state.scrollRow)
      if area.contains(p) { state.cursor = p }
    }
    if var open = state.picker {
      var overlay = picker
      if overlay.title == nil { overlay.title = state.focusedField?.label }
      overlay.render(into: &buffer, area: area, state: &open)
      state.picker = open
      state.cursor = open.cursor
    }
  }
}
