import TerminalUI

/// The help overlay (F1, and `?` outside text fields), made for the screen on top from what it
/// really handles: the commands of its scopes that it acts on (`Screen.helpCommands`), its own
/// keys (`Screen.helpKeys`: menu digits, arrows on a chart …) and the global commands that do
/// something here (no lock or F5 before anyone signs in; F6 on the sign-in screen is the
/// quick log that asks who saves it). Long descriptions wrap; the box
/// scrolls (↑↓, PgUp/PgDn) and marks with ▲/▼ that lines are hidden above or below.
struct HelpOverlay {
  struct Row: Equatable {
    let keys: String
    let label: String
    let help: String
  }
  enum Outcome { case stay, close }

  let title: String
  let rows: [Row]
  var offset = 0

  init(screen: any Screen, context: AppContext) {
    let t = context.texts
    title = t("help.title")
    var rows: [Row] = []
    let acted = screen.helpCommands(context: context)
    for scope in screen.scopes + [.global] {
      for command in CommandTable.all where command.scope == scope {
        let applies =
          Self.globalApplies(command.id, context) || (screen is SignInScreen && command.id == .quickLog)
        guard scope == .global ? applies : acted?.contains(command.id) ?? true
        else { continue }
        let keys = context.keymap.keys(for: command.id).filter { !(screen.isEditingText && Self.isText($0)) }
        let words = screen.helpWords(for: command.id, context: context) ?? (t(command.labelKey), t(command.helpKey))
        if keys.isEmpty || rows.contains(where: { $0.label == words.label }) { continue }
        rows.append(Row(keys: keys.map(\.name).joined(separator: ", "), label: words.label, help: words.help))
      }
    }
    let own = screen.helpKeys(context: context).map { Row(keys: $0.keys, label: $0.label, help: $0.help) }
    self.rows = own + rows
  }

  /// A plain character types itself in a text field (`?` there is a question mark).
  static func isText(_ key: Key) -> Bool {
    if case .char = key { return true }
    return false
  }

  /// Global commands that do something on this terminal now.
  static func globalApplies(_ id: CommandID, _ context: AppContext) -> Bool {
    switch id {
    case .lock: return context.session != nil
    case .search, .quickLog, .reportIncident:
      guard let session = context.session else { return false }
      return !session.isAdmin
    default: return true
    }
  }

  mutating func handle(_ key: Key, keymap: Keymap) -> Outcome {
    switch key {
    case .down: offset += 1
    case .up: offset -= 1
    case .pageDown: offset += 10
    case .pageUp: offset -= 10
    case .home: offset = 0
    case .end: offset = Int.max / 2
    default: return .close
    }
    offset = max(0, offset)
    return .stay
  }

  /// One line of the box: keys and label in their columns and the description beside them,
  /// or (`under`) a description line of its own when the box is narrow.
  struct Line {
    var keys = ""
    var label = ""
    var help = ""
    var under = false
  }

  /// The rows as lines of `width`; every text wraps in its column, none is cut.
  func lines(width: Int) -> [Line] {
    let keyWidth = min(18, rows.map(\.keys.displayWidth).max() ?? 0)
    let labelWidth = min(22, rows.map(\.label.displayWidth).max() ?? 0)
    let helpWidth = width - keyWidth - labelWidth - 4
    var out: [Line] = []
    for row in rows {
      let keys = row.keys.wrapped(toWidth: max(1, keyWidth))
      if helpWidth >= 24 {
        let help = row.help.wrapped(toWidth: helpWidth)
        let label = row.label.wrapped(toWidth: max(1, labelWidth))
        for i in 0..<max(keys.count, help.count, label.count) {
          out.append(
            Line(
              keys: i < keys.count ? keys[i] : "", label: i < label.count ? label[i] : "",
              help: i < help.count ? help[i] : ""))
        }
      } else {
        let label = row.label.wrapped(toWidth: max(1, width - keyWidth - 2))
        for i in 0..<max(keys.count, label.count) {
          out.append(Line(keys: i < keys.count ? keys[i] : "", label: i < label.count ? label[i] : ""))
        }
        for part in row.help.wrapped(toWidth: max(1, width - 2)) { out.append(Line(help: part, under: true)) }
      }
    }
    return out
  }

  mutating func draw(into buffer: inout Buffer, area: Rect) {
    let box = area.inset(horizontal: area.width >= 70 ? 2 : 1, vertical: area.height >= 20 ? 1 : 0)
    guard box.width > 10, box.height > 3 else { return }
    buffer.fill(box, style: .normal)
    drawBorder(into: &buffer, box: box)
    buffer.put(" \(title) ", x: box.x + 2, y: box.y, maxWidth: box.width - 4, style: .title)
    let inner = box.inset(horizontal: 2, vertical: 1)
    let all = lines(width: inner.width)
    offset = min(offset, max(0, all.count - inner.height))
    let keyWidth = min(18, rows.map(\.keys.displayWidth).max() ?? 0)
    let labelWidth = min(22, rows.map(\.label.displayWidth).max() ?? 0)
    for (i, line) in all.dropFirst(offset).prefix(inner.height).enumerated() {
      let y = inner.y + i
      if line.under {
        buffer.put("  " + line.help, x: inner.x, y: y, maxWidth: inner.width, style: .muted)
        continue
      }
      buffer.put(padded: line.keys, x: inner.x, y: y, width: keyWidth, style: .header)
      let labelX = inner.x + keyWidth + 2
      buffer.put(line.label, x: labelX, y: y, maxWidth: inner.maxX - labelX, style: .normal)
      let helpX = labelX + labelWidth + 2
      if !line.help.isEmpty { buffer.put(line.help, x: helpX, y: y, maxWidth: inner.maxX - helpX, style: .muted) }
    }
    if offset > 0 { buffer.put("▲", x: box.maxX - 3, y: box.y, style: .warning) }
    if offset + inner.height < all.count { buffer.put("▼", x: box.maxX - 3, y: box.maxY - 1, style: .warning) }
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
