/// The choice in a `ConfirmDialog`: Left/Right/Tab/Shift-Tab move between the buttons, Enter
/// answers with the selected one, Esc answers no, and an accelerator character answers at once
/// (case-insensitive; the caller decides them, e.g. yes: ["j", "y"], no: ["n"]).
public struct ConfirmDialogState: Sendable, Equatable {
  /// True when "yes" (the first button) is selected.
  public private(set) var yesSelected: Bool
  /// The answer, once given.
  public private(set) var answer: Bool?
  public var yesKeys: [Character]
  public var noKeys: [Character]
  public internal(set) var cursor: Point?

  public init(yesKeys: [Character] = [], noKeys: [Character] = [], defaultYes: Bool = false) {
    self.yesKeys = yesKeys
    self.noKeys = noKeys
    yesSelected = defaultYes
  }

  public mutating func handle(_ key: Key) -> Bool {
    switch key {
    case .left, .right, .tab, .backTab: yesSelected.toggle()
    case .enter: answer = yesSelected
    case .escape: answer = false
    case .char(let c):
      let lower = Character(c.lowercased())
      if yesKeys.contains(where: { Character($0.lowercased()) == lower }) {
        answer = true
      } else if noKeys.contains(where: { Character($0.lowercased()) == lower }) {
        answer = false
      } else {
        return false
      }
    default: return false
    }
    return true
  }
}

/// A question in a bordered box centred in the area, with two buttons under it.
public struct ConfirmDialog: Sendable {
  public var title: String?
  public var question: String
  public var yesLabel: String
  public var noLabel: String
  /// Widest box (columns) before the question wraps.
  public var maxWidth: Int

  public init(title: String? = nil, question: String, yesLabel: String, noLabel: String, maxWidth: Int = 60) {
    self.title = title
    self.question = question
    self.yesLabel = yesLabel
    self.noLabel = noLabel
    self.maxWidth = maxWidth
  }

  public func render(into buffer: inout Buffer, area: Rect, state: inout ConfirmDialogState) {
    state.cursor = nil
    let area = area.intersection(buffer.bounds)
    guard !area.isEmpty else { return }
    let yes = "[ " + yesLabel + " ]"
    let no = "[ " + noLabel + " ]"
    let buttonsWidth = yes.displayWidth + 2 + no.displayWidth
    let textWidth = max(1, min(maxWidth, area.width) - 4)
    let lines = question.wrapped(toWidth: textWidth)
    let widest = max(buttonsWidth, lines.map(\.displayWidth).max() ?? 0, (title?.displayWidth ?? 0) + 2)
    let box = area.centered(width: widest + 4, height: lines.count + 4)
    buffer.clear(box)
    let block = Block(title: title)
    block.render(into: &buffer, area: box)
    let inner = block.inner(box).inset(horizontal: 1, vertical: 0)
    guard !inner.isEmpty else { return }
    let (textArea, buttonRow) = inner.splitBottom(1)
    for (i, line) in lines.enumerated() where i < textArea.height {
      buffer.put(line, x: textArea.x, y: textArea.y + i, clip: textArea)
    }
    let start = buttonRow.x + max(0, (buttonRow.width - buttonsWidth) / 2)
    let selected = Style(.selected, bold: true, reverse: true)
    buffer.put(yes, x: start, y: buttonRow.y, clip: buttonRow, style: state.yesSelected ? selected : .normal)
    let noX = start + yes.displayWidth + 2
    buffer.put(no, x: noX, y: buttonRow.y, clip: buttonRow, style: state.yesSelected ? .normal : selected)
    let p = Point(x: (state.yesSelected ? start : noX) + 2, y: buttonRow.y)
    if buttonRow.contains(p) { state.cursor = p }
  }
}
