/// A backend that keeps the screen in memory: tests feed keys and read the screen as text.
public final class MemoryBackend: Backend {
  public var size: Size
  public private(set) var screen: Buffer
  public private(set) var cursor: Point?
  /// Cells written by the last `draw` (to test that only changes are written).
  public private(set) var lastWriteCount = 0
  public private(set) var frameCount = 0
  private var previous: Buffer?
  private var keys: [Key] = []

  public init(width: Int = 80, height: Int = 24) {
    size = Size(width: width, height: height)
    screen = Buffer(width: width, height: height)
  }

  public func draw(_ buffer: Buffer, cursor: Point?) {
    let changes = buffer.diff(from: previous)
    lastWriteCount = changes.count
    previous = buffer
    screen = buffer
    self.cursor = cursor
    frameCount += 1
  }

  public func invalidate() { previous = nil }

  public func readKey(timeoutMilliseconds: Int) -> Key? {
    keys.isEmpty ? nil : keys.removeFirst()
  }

  public func enqueue(_ newKeys: Key...) { keys.append(contentsOf: newKeys) }
  public func enqueue(_ newKeys: [Key]) { keys.append(contentsOf: newKeys) }
  /// Queues each character of `text` as a typed key.
  public func type(_ text: String) { keys.append(contentsOf: text.map { Key.char($0) }) }
  public var pendingKeys: Int { keys.count }

  public var lines: [String] { screen.lines() }
  public var text: String { screen.text }

  public func resize(width: Int, height: Int) {
    size = Size(width: width, height: height)
    keys.append(.resize)
  }
}
