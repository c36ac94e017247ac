/// Formats numbers for chart labels without a locale: up to `decimals` decimals, trailing
/// zeros dropped, with the given decimal separator (Danish: ",").
public enum ChartNumber {
  public static func format(_ value: Double, decimals: Int = 1, separator: Character = ",") -> String {
    guard value.isFinite else { return "–" }
    var scale = 1.0
    for _ in 0..<max(0, decimals) { scale *= 10 }
    let scaled = (abs(value) * scale).rounded()
    let whole = Int(scaled / scale)
    let fraction = Int(scaled) - whole * Int(scale)
    var digits = ""
    if fraction > 0 {
      var s = String(fraction)
      s = String(repeating: "0", count: max(0, decimals - s.count)) + s
      while s.last == "0" { s.removeLast() }
      digits = String(separator) + s
    }
    let sign = value < 0 && scaled > 0 ? "-" : ""
    return sign + String(whole) + digits
  }
}

/// Values as a row of block characters ▁▂▃▄▅▆▇█, newest on the right; when there are more
/// values than columns the oldest are left out. Non-finite values are blank.
public struct Sparkline: Sendable, Widget {
  public var values: [Double]
  /// The value drawn as ▁ and █; nil: the smallest and largest value.
  public var minimum: Double?
  public var maximum: Double?
  public var style: Style

  static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

  public init(values: [Double], minimum: Double? = nil, maximum: Double? = nil, style: Style = .normal) {
    self.values = values
    self.minimum = minimum
    self.maximum = maximum
    self.style = style
  }

  public func render(into buffer: inout Buffer, area: Rect) {
    let line = area.row(area.height - 1).intersection(buffer.bounds)
    guard !line.isEmpty else { return }
    let shown = values.suffix(line.width)
    let finite = shown.filter(\.isFinite)
    guard let lo = minimum ?? finite.min(), let hi = maximum ?? finite.max() else { return }
    var text = ""
    for v in shown {
      guard v.isFinite else {
        text.append(" ")
        continue
      }
      if hi <= lo {
        text.append(Self.levels[3])
      } else {
        let level = Int(((min(max(v, lo), hi) - lo) / (hi - lo) * 7).rounded())
        text.append(Self.levels[min(7, max(0, level))])
      }
    }
    buffer.put(text, x: line.x, y: line.y, clip: line, style: style)
  }
}
