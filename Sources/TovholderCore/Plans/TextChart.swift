/// Progress drawn as plain text, for the status report (a printed or mailed page cannot use
/// the terminal's chart widgets).
public enum TextChart {
  static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

  /// One character per value, scaled to `range`: "▁▃▅█".
  public static func sparkline(_ values: [Int], range: ClosedRange<Int>) -> String {
    let span = Double(max(1, range.upperBound - range.lowerBound))
    return String(
      values.map { v in
        let f = Double(min(max(v, range.lowerBound), range.upperBound) - range.lowerBound) / span
        return blocks[min(blocks.count - 1, Int((f * Double(blocks.count - 1)).rounded()))]
      })
  }

  /// A small run chart: one column per value (newest right), `height` rows from the top of
  /// `range` down, a dotted line at `target`, and the axis values on the left.
  ///
  ///      4 ┤    ●
  ///      3 ┤┄┄●┄┄┄  ← target
  ///      0 ┤●
  public static func runChart(
    _ values: [Int], range: ClosedRange<Int>, target: Int?, height: Int = 11, targetLabel: String = ""
  ) -> [String] {
    guard !values.isEmpty else { return [] }
    let rows = max(2, min(height, range.upperBound - range.lowerBound + 1))
    let span = Double(range.upperBound - range.lowerBound)
    func row(_ v: Int) -> Int {
      let f = Double(min(max(v, range.lowerBound), range.upperBound) - range.lowerBound) / max(1, span)
      return Int((f * Double(rows - 1)).rounded())
    }
    func label(_ r: Int) -> Int { range.lowerBound + Int((Double(r) / Double(rows - 1) * span).rounded()) }
    let width = String(range.upperBound).count
    let targetRow = target.map(row)
    var lines: [String] = []
    for r in stride(from: rows - 1, through: 0, by: -1) {
      let axis = String(label(r))
      var line = String(repeating: " ", count: width - axis.count) + axis + " ┤"
      for v in values { line.append(row(v) == r ? "●" : (targetRow == r ? "┄" : " ")) }
      if targetRow == r, !targetLabel.isEmpty { line += "  ← " + targetLabel }
      while line.last == " " { line.removeLast() }
      lines.append(line)
    }
    return lines
  }
}
