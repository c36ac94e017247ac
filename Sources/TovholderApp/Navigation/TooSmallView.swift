import TerminalUI

/// Shown instead of any screen while the terminal is smaller than the layouts need.
struct TooSmallView {
  let size: Size
  let texts: Texts

  func draw(into buffer: inout Buffer) {
    let text = texts("screen.tooSmall", Shell.minimumSize.width, Shell.minimumSize.height, size.width, size.height)
    let lines = text.wrapped(toWidth: max(1, size.width - 2))
    let top = max(0, (size.height - lines.count) / 2)
    for (i, line) in lines.enumerated() where top + i < size.height {
      let x = max(0, (size.width - line.displayWidth) / 2)
      buffer.put(line, x: x, y: top + i, maxWidth: size.width - x, style: .warning)
    }
  }
}
