import TerminalUI

/// The help overlay (`?`, F1): generated from the command table, showing the keys in force
/// on the current screen with their labels and help texts. Scrolls when it is taller than the screen.
struct HelpOverlay {
  struct Row {
    let keys: String
    let label: String
    let help: String
  }
  enum Outcome { case stay, close }

  let title: String
  let rows: [Row]
  var offset = 0

  init(scopes: [CommandScope], context: AppContext) {
    let t = context.texts
    title = t("help.title")
    var rows: [Row] = []
    for scope in scopes + [.global] {
      for command in CommandTable.all where command.scope == scope {
        let keys = context.keymap.keys(for: command.id).map(\.name).joined(separator: ", ")
        if keys.isEmpty { continue }
        rows.append(Row(keys: keys, label: t(command.labelKey), help: t(command.helpKey)))
      }
    }
    self.rows = rows
  }

  mutating func handle(_ key: Key, keymap: Keymap) -> Outcome {
    switch key {
    case .down: offset = min(offset + 1, max(0, rows.count - 1))
    case .up: offset = max(0, offset - 1)
    case .pageDown: offset = min(offset + 10, max(0, rows.count - 1))
    case .pageUp: offset = max(0, offset - 10)
    default: return .close
    }
    return .stay
  }

  func draw(into buffer: inout Buffer, area: Rect) {
    let box = area.inset(horizontal: 2, vertical: 1)
    guard box.width > 10, box.height > 3 else { return }
    buffer.fill(box, style: .normal)
    drawBorder(into: &buffer, box: box)
    buffer.put(" \(title) ", x: box.x + 2, y: box.y, maxWidth: box.width - 4, style: .title)
    let inner = box.inset(horizontal: 2, vertical: 1)
    let keyWidth = min(18, rows.map { $0.keys.displayWidth }.max() ?? 0)
    let labelWidth = min(22, rows.map { $0.label.displayWidth }.max() ?? 0)
    for (i, row) in rows.dropFirst(offset).prefix(inner.height).enumerated() {
      let y = inner.y + i
      buffer.put(padded: row.keys, x: inner.x, y: y, width: keyWidth, style: .header)
      buffer.put(padded: row.label, x: inner.x + keyWidth + 2, y: y, width: labelWidth, style: .normal)
      let helpX = inner.x + keyWidth + labelWidth + 4
      buffer.put(row.help, x: helpX, y: y, maxWidth: inner.maxX - helpX, style: .muted)
    }
  }

  private func drawBorder(into buffer: inout Buffer, box: Rect) {
    for x in box.x..<box.maxX {
      buffer.put("─", x: x, y: box.y, style: .muted)
      buffer.put("─", x: x, y: box.maxY - 1, style: .muted)
    }
    for y in box.y..<box.maxY {
      buffer.put("│", x: box.x, y: y, style: .muted)
      buffer.put("│", x: box.maxX - 1, y: y, style: .muted)
    }
    buffer.put("┌", x: box.x, y: box.y, style: .muted)
    buffer.put("┐", x: box.maxX - 1, y: box.y, style: .muted)
    buffer.put("└", x: box.x, y: box.maxY - 1, style: .muted)
    buffer.put("┘", x: box.maxX - 1, y: box.maxY - 1, style: .muted)
  }
}
