/// A position on the screen, in cells from the top-left corner.
public struct Point: Hashable, Sendable {
  public var x: Int
  public var y: Int
  public init(x: Int, y: Int) {
    self.x = x
    self.y = y
  }
}

/// A terminal size in cells.
public struct Size: Hashable, Sendable {
  public var width: Int
  public var height: Int
  public init(width: Int, height: Int) {
    self.width = width
    self.height = height
  }
}

/// A rectangle of cells. Widgets draw inside the rectangle they are given and nowhere else.
public struct Rect: Hashable, Sendable {
  public var x: Int
  public var y: Int
  public var width: Int
  public var height: Int

  public init(x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = max(0, width)
    self.height = max(0, height)
  }

  public init(size: Size) { self.init(x: 0, y: 0, width: size.width, height: size.height) }

  public var isEmpty: Bool { width <= 0 || height <= 0 }
  public var maxX: Int { x + width }
  public var maxY: Int { y + height }
  public var area: Int { width * height }

  /// The rectangle shrunk by `margin` on every side.
  public func inset(_ margin: Int) -> Rect { inset(horizontal: margin, vertical: margin) }

  public func inset(horizontal: Int, vertical: Int) -> Rect {
    Rect(x: x + horizontal, y: y + vertical, width: width - 2 * horizontal, height: height - 2 * vertical)
  }

  /// One row of the rectangle (`index` counted from the top; negative counts from the bottom).
  public func row(_ index: Int) -> Rect {
    let y = index >= 0 ? self.y + index : maxY + index
    return Rect(x: x, y: y, width: width, height: y >= self.y && y < maxY ? 1 : 0)
  }

  /// Splits off `count` rows from the top; returns (top, rest).
  public func splitTop(_ count: Int) -> (Rect, Rect) {
    let n = min(max(0, count), height)
    return (
      Rect(x: x, y: y, width: width, height: n), Rect(x: x, y: y + n, width: width, height: height - n)
    )
  }

  /// Splits off `count` rows from the bottom; returns (rest, bottom).
  public func splitBottom(_ count: Int) -> (Rect, Rect) {
    let n = min(max(0, count), height)
    return (
      Rect(x: x, y: y, width: width, height: height - n),
      Rect(x: x, y: maxY - n, width: width, height: n)
    )
  }

  /// Splits off `count` columns from the left; returns (left, rest).
  public func splitLeft(_ count: Int) -> (Rect, Rect) {
    let n = min(max(0, count), width)
    return (
      Rect(x: x, y: y, width: n, height: height), Rect(x: x + n, y: y, width: width - n, height: height)
    )
  }

  /// A rectangle of at most the given size centred in this one.
  public func centered(width w: Int, height h: Int) -> Rect {
    let cw = min(w, width)
    let ch = min(h, height)
    return Rect(x: x + (width - cw) / 2, y: y + (height - ch) / 2, width: cw, height: ch)
  }

  public func contains(_ p: Point) -> Bool { p.x >= x && p.x < maxX && p.y >= y && p.y < maxY }

  public func intersection(_ other: Rect) -> Rect {
    let nx = max(x, other.x)
    let ny = max(y, other.y)
    return Rect(x: nx, y: ny, width: min(maxX, other.maxX) - nx, height: min(maxY, other.maxY) - ny)
  }
}
