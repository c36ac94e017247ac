/// Where a `Table` gets its rows. The table asks only for the rows it draws, so a source may
/// load rows lazily (a page at a time from a database).
public protocol TableDataSource {
  var rowCount: Int { get }
  /// The text of one cell; `row` is the data row (0..<rowCount), not the position on screen.
  func cell(row: Int, column: Int) -> String
  /// Whether `row` matches the type-to-filter text. Asked for every row, once per change of
  /// the filter. The default matches when any cell contains the filter (see `TextMatch`).
  func rowMatches(_ row: Int, filter: String) -> Bool
  /// How many columns the default `rowMatches` searches.
  var searchableColumnCount: Int { get }
}

extension TableDataSource {
  public var searchableColumnCount: Int { 1 }

  public func rowMatches(_ row: Int, filter: String) -> Bool {
    (0..<searchableColumnCount).contains { TextMatch.matches(cell(row: row, column: $0), filter: filter) }
  }
}

/// A data source over an array of rows, for small tables and tests.
public struct ArrayTableDataSource: TableDataSource, Sendable {
  public var rows: [[String]]
  public init(rows: [[String]]) { self.rows = rows }
  public var rowCount: Int { rows.count }
  public var searchableColumnCount: Int { rows.first?.count ?? 0 }
  public func cell(row: Int, column: Int) -> String {
    guard row >= 0, row < rows.count, column >= 0, column < rows[row].count else { return "" }
    return rows[row][column]
  }
}
