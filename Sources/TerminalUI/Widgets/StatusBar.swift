/// One row with text on the left (who and where) and on the right (key hints). When both do
/// not fit, the right text is kept whole as long as possible and the left text is cut.
public struct StatusBar: Sendable, Widget {
  public var left: String
  public var right: String
  public var style: Style

  public init(left: String, right: String = "", style: Style = .statusBar) {
    self.left = left
    self.right = right
    self.style = style
  }

  public func render(into buffer: inout Buffer, area: Rect) {
    let line = area.row(0).intersection(buffer.bounds)
    guard !line.isEmpty else { return }
    buffer.fill(line, style: style)
    let w = line.width
    let rightText = right.truncated(toWidth: w)
    let rightWidth = rightText.displayWidth
    let leftRoom = w - rightWidth - (rightWidth > 0 ? 1 : 0)
    if leftRoom > 0 { buffer.put(left.truncated(toWidth: leftRoom), x: line.x, y: line.y, clip: line, style: style) }
    buffer.put(rightText, x: line.maxX - rightWidth, y: line.y, clip: line, style: style)
  }
}

/// What a message line says and how long it stays.
public struct Message: Sendable, Equatable {
  public enum Kind: Sendable, Equatable { case info, success, warning, error }
  public var kind: Kind
  public var text: String
  /// When it should disappear, in the caller's clock (seconds); nil: until replaced.
  public var expiresAt: Double?

  public init(_ text: String, kind: Kind = .info, expiresAt: Double? = nil) {
    self.text = text
    self.kind = kind
    self.expiresAt = expiresAt
  }

  public func isExpired(at now: Double) -> Bool { expiresAt.map { now >= $0 } ?? false }
}

/// One row showing a `Message` (a toast) styled by its kind; blank when there is none or it
/// has expired at `now`.
public struct MessageLine: Sendable, Widget {
  public var message: Message?
  public var now: Double?

  public init(message: Message?, now: Double? = nil) {
    self.message = message
    self.now = now
  }

  public func render(into buffer: inout Buffer, area: Rect) {
    let line = area.row(0).intersection(buffer.bounds)
    guard !line.isEmpty else { return }
    buffer.clear(line)
    guard let message, !(now.map { message.isExpired(at: $0) } ?? false) else { return }
    let style: Style =
      switch message.kind {
      case .info: .normal
      case .success: .success
      case .warning: .warning
      case .error: .error
      }
    buffer.put(message.text.truncated(toWidth: line.width), x: line.x, y: line.y, clip: line, style: style)
  }
}
