import TerminalUI

/// A read-only text that scrolls: a force report as exported, a relative's digest.
final class TextScreen: Screen {
  let titleText: String
  let lines: [String]
  var top = 0

  init(title: String, text: String) {
    titleText = title
    lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  func title(_ context: AppContext) -> String { titleText }
  var scopes: [CommandScope] { [.list] }

  func draw(into buffer: inout Buffer, area: Rect, context: AppContext) -> Point? {
    let inner = area.inset(horizontal: 1, vertical: 0)
    top = max(0, min(top, lines.count - inner.height))
    Paragraph(lines[top...].joined(separator: "\n")).render(into: &buffer, area: inner)
    return nil
  }

  func perform(_ command: CommandID, context: AppContext) -> ScreenAction {
    switch command {
    case .moveDown: top += 1
    case .moveUp: top = max(0, top - 1)
    case .pageDown: top += 10
    case .pageUp: top = max(0, top - 10)
    case .first: top = 0
    case .last: top = lines.count
    default: return .unhandled
    }
    return .stay
  }
}
