import TerminalUI
import TovholderCore

/// Health lists at 60–70 columns: dates with a two-digit year, so names and screenings keep room.
protocol NarrowColumns: TableScreen {
  var narrow: Bool { get set }
  /// The columns for a narrow or a wide screen.
  func columnSpecs(narrow: Bool) -> [ColumnSpec]
}

extension NarrowColumns {
  static var narrowWidth: Int { 72 }

  /// Switches the columns (and reloads the rows' dates) when the width crosses the limit.
  func fitColumns(to area: Rect) {
    let isNarrow = area.width < Self.narrowWidth
    guard isNarrow != narrow || columns.isEmpty else { return }
    narrow = isNarrow
    columns = columnSpecs(narrow: isNarrow)
    reload()
  }

  /// `24-11-2026`, or `24-11-26` on a narrow screen.
  func day(_ d: CalendarDay, _ f: HealthFormat) -> String {
    guard narrow else { return f.day(d) }
    let full = f.day(d)
    return String(full.prefix(6)) + String(full.suffix(2))
  }

  /// The width of a day column.
  var dayWidth: Int { narrow ? 8 : 10 }
}
