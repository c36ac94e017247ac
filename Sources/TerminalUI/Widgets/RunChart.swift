/// A run chart: values over time as points in a character grid, with a dashed median line
/// (labelled with its value), the y-axis minimum and maximum on the left, and an optional
/// target line. Handles no values (draws nothing), one value, more values than columns
/// (several per column) and a constant series (drawn in the middle).
public struct RunChart: Sendable, Widget {
  public var values: [Double]
  public var target: Double?
  /// Put before the median's value on its line (e.g. "Median"); the caller's text.
  public var medianLabel: String
  public var targetLabel: String
  /// Drawn under the first and last point when given (e.g. dates).
  public var startLabel: String?
  public var endLabel: String?
  public var decimals: Int
  public var decimalSeparator: Character
  /// Indexes of values to make stand out (e.g. flagged measurements): drawn as ◆ in the error style.
  public var marked: Set<Int> = []

  public init(
    values: [Double], target: Double? = nil, medianLabel: String = "", targetLabel: String = "",
    startLabel: String? = nil, endLabel: String? = nil, decimals: Int = 1, decimalSeparator: Character = ","
  ) {
    self.values = values
    self.target = target
    self.medianLabel = medianLabel
    self.targetLabel = targetLabel
    self.startLabel = startLabel
    self.endLabel = endLabel
    self.decimals = decimals
    self.decimalSeparator = decimalSeparator
  }

  public static func median(_ values: [Double]) -> Double? {
    let sorted = values.filter(\.isFinite).sorted()
    guard !sorted.isEmpty else { return nil }
    let mid = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
  }

  private func format(_ v: Double) -> String { ChartNumber.format(v, decimals: decimals, separator: decimalSeparator) }

  public func render(into buffer: inout Buffer, area: Rect) {
    let area = area.intersection(buffer.bounds)
    let finite = values.filter(\.isFinite)
    guard !area.isEmpty, let median = Self.median(values) else { return }
    var lo = finite.min()!
    var hi = finite.max()!
    if let target, target.isFinite {
      lo = min(lo, target)
      hi = max(hi, target)
    }
    if hi <= lo {
      lo -= 1
      hi += 1
    }
    var plot = area
    var axisRow: Rect?
    if startLabel != nil || endLabel != nil, area.height >= 3 {
      let (rest, bottom) = area.splitBottom(1)
      plot = rest
      axisRow = bottom
    }
    let hiText = format(hi)
    let loText = format(lo)
    let labelWidth = min(max(hiText.displayWidth, loText.displayWidth), area.width / 3)
    if labelWidth > 0, area.width > labelWidth + 2 {
      buffer.put(hiText.padded(toWidth: labelWidth, alignRight: true), x: plot.x, y: plot.y, clip: plot, style: .muted)
      if plot.height > 1 {
        buffer.put(
          loText.padded(toWidth: labelWidth, alignRight: true), x: plot.x, y: plot.maxY - 1, clip: plot, style: .muted)
      }
      for y in plot.y..<plot.maxY { buffer.put("│", x: plot.x + labelWidth, y: y, clip: plot, style: .muted) }
      plot = plot.droppingLeft(labelWidth + 1)
    }
    let medianText = (medianLabel.isEmpty ? "" : medianLabel + " ") + format(median)
    var targetText = ""
    if let target, target.isFinite { targetText = (targetLabel.isEmpty ? "" : targetLabel + " ") + format(target) }
    // Line labels go in a margin on the right when it leaves the plot at least half the room.
    let margin = max(medianText.displayWidth, targetText.displayWidth) + 1
    var labels: Rect?
    if plot.width - margin >= plot.width / 2, plot.width > margin {
      let (rest, right) = plot.splitRight(margin)
      plot = rest
      labels = right.droppingLeft(1)
    }
    guard !plot.isEmpty else { return }
    let h = plot.height
    let w = plot.width
    func row(_ v: Double) -> Int { plot.y + Int(((hi - v) / (hi - lo) * Double(h - 1)).rounded()) }
    func column(_ i: Int) -> Int {
      values.count == 1
        ? plot.x + w / 2 : plot.x + Int((Double(i) * Double(w - 1) / Double(values.count - 1)).rounded())
    }
    func label(_ text: String, row y: Int, style: Style) {
      if let labels {
        buffer.put(text, x: labels.x, y: y, clip: labels, style: style)
      } else {
        buffer.put(text, x: plot.maxX - text.displayWidth, y: y, clip: plot, style: style)
      }
    }
    let medianRow = row(median)
    buffer.put(String(repeating: "╌", count: w), x: plot.x, y: medianRow, clip: plot, style: .muted)
    if let target, target.isFinite {
      buffer.put(String(repeating: "┄", count: w), x: plot.x, y: row(target), clip: plot, style: .success)
    }
    for (i, v) in values.enumerated() where v.isFinite {
      let isMarked = marked.contains(i)
      buffer.put(isMarked ? "◆" : "●", x: column(i), y: row(v), clip: plot, style: isMarked ? .error : .highlight)
    }
    if let target, target.isFinite { label(targetText, row: row(target), style: .success) }
    label(medianText, row: medianRow, style: .muted)
    if let axisRow {
      let line = Rect(x: plot.x, y: axisRow.y, width: plot.width, height: 1)
      if let startLabel { buffer.put(startLabel, x: line.x, y: line.y, clip: line, style: .muted) }
      if let endLabel {
        buffer.put(endLabel, x: max(line.x, line.maxX - endLabel.displayWidth), y: line.y, clip: line, style: .muted)
      }
    }
  }
}
