/// Draws a `FormState`: one field under the other, the label (with " *" when required) on the
/// left, the input on the right, and the field's message on the row below its input. A label
/// too long for its column ends in "…"; the required mark and one blank column before the
/// input are never cut. When the fields don't fit, text areas give up rows (down to three)
/// first; then the form scrolls to keep the focused field (and its message) visible, with ▲/▼
/// in the right column while fields are hidden above/below. Sets `state.cursor`. An open
/// choice picker is drawn over the form.
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

  /// Rows each field's input gets in `height` rows: text areas shrink (not below three rows,
  /// the tallest first) while the whole form is taller than the area.
  static func inputHeights(_ fields: [FormField], height: Int) -> [Int] {
    var heights = fields.map(\.inputHeight)
    var total = zip(fields, heights).reduce(0) { $0 + $1.1 + ($1.0.message == nil ? 0 : 1) }
    while total > height {
      guard
        let i = heights.indices.filter({ !fields[$0].isSingleLine && heights[$0] > 3 }).max(by: {
          heights[$0] < heights[$1]
        })
      else { break }
      heights[i] -= 1
      total -= 1
    }
    return heights
  }

  public func render(into buffer: inout Buffer, area: Rect, state: inout FormState) {
    state.cursor = nil
    let area = area.intersection(buffer.bounds)
    guard !area.isEmpty else { return }
    let heights = Form.inputHeights(state.fields, height: area.height)
    // Content rows of each field.
    var tops: [Int] = []
    var total = 0
    for (i, f) in state.fields.enumerated() {
      tops.append(total)
      total += heights[i] + (f.message == nil ? 0 : 1)
    }
    if state.fields.indices.contains(state.focus) {
      let top = tops[state.focus]
      let bottom = top + heights[state.focus] + (state.fields[state.focus].message == nil ? 0 : 1)
      if bottom > state.scrollRow + area.height { state.scrollRow = bottom - area.height }
      if top < state.scrollRow { state.scrollRow = top }
    }
    state.scrollRow = max(0, min(state.scrollRow, total - area.height))
    // The right column holds the scroll marks while the fields don't fit.
    let scrolls = total > area.height && area.width > 2
    let width = scrolls ? area.width - 1 : area.width

    // Draw everything into a buffer as tall as the content, then copy the visible rows.
    var content = Buffer(width: width, height: total)
    let labelW = labelColumns(for: state, width: width)
    var focusedCursor: Point?
    for i in state.fields.indices {
      let field = state.fields[i]
      let focused = isFocused && i == state.focus && state.picker == nil
      let row = Rect(x: 0, y: tops[i], width: width, height: heights[i])
      let (labelArea, inputArea) = row.splitLeft(labelW)
      let labelStyle = focused ? Style(.focus, bold: true) : Style.normal
      let mark = field.isRequired ? " *" : ""
      let room = max(0, labelW - 1 - mark.displayWidth)
      let used = content.put(field.label.truncated(toWidth: room), x: 0, y: row.y, clip: labelArea, style: labelStyle)
      if field.isRequired { content.put(mark, x: used, y: row.y, clip: labelArea, style: .warning) }
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
      case .choice, .multiChoice:
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
      from: content, rect: Rect(x: 0, y: state.scrollRow, width: width, height: area.height),
      to: Point(x: area.x, y: area.y), clip: area)
    if scrolls {
      if state.scrollRow > 0 { buffer.put("▲", x: area.maxX - 1, y: area.y, style: .highlight) }
      if state.scrollRow + area.height < total {
        buffer.put("▼", x: area.maxX - 1, y: area.maxY - 1, style: .highlight)
      }
    }
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
