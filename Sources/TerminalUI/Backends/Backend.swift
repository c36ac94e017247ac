/// Where frames go and keys come from: the real terminal (ncurses) or memory (tests).
public protocol Backend: AnyObject {
  /// The current size of the screen in cells.
  var size: Size { get }
  /// Writes the cells that changed since the last frame and places the terminal cursor
  /// (nil hides it).
  func draw(_ buffer: Buffer, cursor: Point?)
  /// Forgets what is on screen, so the next `draw` writes every cell (Ctrl-L, resume).
  func invalidate()
  /// Waits at most `timeoutMilliseconds` (negative: forever) for the next key.
  func readKey(timeoutMilliseconds: Int) -> Key?
}
