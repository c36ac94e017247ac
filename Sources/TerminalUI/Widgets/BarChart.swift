/// Horizontal bars, one per row: the label, a bar (in eighths of a cell) and the value.
public struct BarChart: Sendable, Widget {
  public struct Bar: Sendable, Equatable {
    public var label: String
    public var value: Double
    /// Shown after the bar; nil: the value formatted by `ChartNumber`.
    public var valueText: String?
    public init(label: String, value: Double, valueText: String? = nil) {
      self.label = label
      self.value = value
      self.valueText = valueText
    }
  }

  public var bars: [Bar]
  /// The value of a full-width bar; nil: the largest value.
  public var maximum: Double?
  public var style: Style

  static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

  public init(bars: [Bar], maximum: Double? = nil, style: Style = .highlight) {
    self.bars = bars
    self.maximum = maximum
    self.style = style
  }

  public func render(into buffer: inout Buffer, area: Rect) {
    let area = area.intersection(buffer.bounds)
    guard !area.isEmpty, !bars.isEmpty else { return }
    let texts = bars.map { $0.valueText ?? ChartNumber.format($0.value) }
    let labelWidth = min(bars.map(\.label.displayWidth).max() ?? 0, max(0, area.width / 3))
    let valueWidth = texts.map(\.displayWidth).max() ?? 0
    let barRoom = max(0, area.width - labelWidth - 1 - valueWidth - 1)
    let top = maximum ?? bars.map(\.value).filter(\.isFinite).max() ?? 0
    for (i, bar) in bars.enumerated() where i < area.height {
      let y = area.y + i
      buffer.put(bar.label.padded(toWidth: labelWidth), x: area.x, y: y, clip: area)
      var barText = ""
      var used = 0
      if top > 0, bar.value.isFinite, bar.value > 0 {
        let eighthsTotal = Int((min(bar.value, top) / top * Double(barRoom * 8)).rounded())
        barText = String(repeating: "█", count: eighthsTotal / 8)
        if eighthsTotal % 8 > 0 { barText.append(Self.eighths[eighthsTotal % 8 - 1]) }
        used = barText.count
      }
      let barX = area.x + labelWidth + 1
      buffer.put(barText, x: barX, y: y, clip: area, style: style)
      buffer.put(texts[i], x: barX + used + (used > 0 ? 1 : 0), y: y, clip: area)
    }
  }
}
