import Testing

@testable import TerminalUI

/// Counts the calls the table makes, to prove it asks only for what it draws.
final class CountingSource: TableDataSource {
  let count: Int
  var cellCalls = 0
  var rowsAsked = Set<Int>()
  var matchCalls = 0

  init(count: Int) { self.count = count }
  var rowCount: Int { count }
  func cell(row: Int, column: Int) -> String {
    cellCalls += 1
    rowsAsked.insert(row)
    return column == 0 ? "Borger \(row)" : String(row * 2)
  }
  func rowMatches(_ row: Int, filter: String) -> Bool {
    matchCalls += 1
    return String(row).hasSuffix(filter)
  }
}

@Suite struct TableTests {
  let columns = [TableColumn("Navn"), TableColumn("Tal", width: .fixed(6), alignRight: true)]

  @Test func drawsOnlyVisibleRowsOf50000() {
    let source = CountingSource(count: 50_000)
    var state = TableState()
    var b = Buffer(width: 20, height: 6)
    Table(data: source, columns: columns).render(into: &b, area: b.bounds, state: &state)
    #expect(source.cellCalls == 10)  // 5 rows × 2 columns
    #expect(source.rowsAsked == Set(0..<5))
    #expect(source.matchCalls == 0)
    // The right edge is kept for the ▼ that says rows are hidden below.
    #expect(b.lines()[1] == "Borger 0          0")
    #expect(b.lines()[5].hasSuffix("▼"))
    _ = state.handle(.end, data: source)
    source.cellCalls = 0
    source.rowsAsked = []
    Table(data: source, columns: columns).render(into: &b, area: b.bounds, state: &state)
    #expect(source.cellCalls == 10)
    #expect(source.rowsAsked == Set(49_995..<50_000))
    #expect(state.selectedRow == 49_999)
    #expect(state.cursor == Point(x: 0, y: 5))
    #expect(b.lines()[5] == "Borger 49999  99998")
    #expect(b.lines()[1].hasSuffix("▲"))
  }

  @Test func filterAsksEveryRowOnceOnlyWhenItChanges() {
    let source = CountingSource(count: 50_000)
    var state = TableState()
    var b = Buffer(width: 20, height: 6)
    let table = Table(data: source, columns: columns)
    do { let consumed = state.handle(.char("7"), data: source); #expect(consumed) }
    #expect(source.matchCalls == 50_000)
    #expect(state.visibleRowCount == 5_000)
    table.render(into: &b, area: b.bounds, state: &state)
    table.render(into: &b, area: b.bounds, state: &state)
    _ = state.handle(.down, data: source)
    #expect(source.matchCalls == 50_000)
    #expect(state.selectedRow == 17)
    #expect(b.lines().last == "/ 7")
    #expect(b.lines()[1].hasPrefix("Borger 7 "))
    do { let consumed = state.handle(.escape, data: source); #expect(consumed) }
    #expect(state.filter == "")
    #expect(state.selectedRow == 17)  // the selection stays on the same row
    do { let consumed = state.handle(.escape, data: source); #expect(!consumed) }
  }

  @Test func navigationKeysAndScrolling() {
    let source = ArrayTableDataSource(rows: (0..<20).map { ["r\($0)"] })
    var state = TableState()
    var b = Buffer(width: 6, height: 5)
    let table = Table(data: source, columns: [TableColumn("X")], showHeader: false)
    table.render(into: &b, area: b.bounds, state: &state)
    #expect(state.selection == 0)
    _ = state.handle(.pageDown)
    #expect(state.selection == 5)
    table.render(into: &b, area: b.bounds, state: &state)
    // Rows are hidden above and below: ▲ and ▼ at the right edge say so.
    #expect(b.lines() == ["r1   ▲", "r2", "r3", "r4", "r5   ▼"])
    _ = state.handle(.up)
    _ = state.handle(.pageUp)
    #expect(state.selection == 0)
    _ = state.handle(.up)
    #expect(state.selection == 0)
    _ = state.handle(.end)
    _ = state.handle(.down)
    #expect(state.selection == 19)
    _ = state.handle(.home)
    table.render(into: &b, area: b.bounds, state: &state)
    #expect(b.lines().first == "r0" && b.lines().last == "r4   ▼")
    #expect(b.styleLine(0) == "ssssss")
    _ = state.handle(.end)
    table.render(into: &b, area: b.bounds, state: &state)
    #expect(b.lines().first == "r15  ▲" && b.lines().last == "r19")
    do { let consumed = state.handle(.enter); #expect(!consumed) }
  }

  @Test func headerShowsSortIndicatorAndAlignment() {
    let source = ArrayTableDataSource(rows: [["Zoë", "7"]])
    var state = TableState()
    var b = Buffer(width: 16, height: 2)
    Table(
      data: source, columns: [TableColumn("Navn"), TableColumn("Alder", width: .fixed(8), alignRight: true)],
      sort: TableSort(column: 1, ascending: false)
    ).render(into: &b, area: b.bounds, state: &state)
    #expect(b.lines() == ["Navn     Alder ▼", "Zoë            7"])
    #expect(b.styleLine(0).allSatisfy { $0 == "h" })
  }

  @Test func unicodeCellsLineUp() {
    let names = ["Jørgen Ærø", "Zoë", "e\u{301}", "作者", "👩‍⚕️", "作者作者作者"]
    let source = ArrayTableDataSource(rows: names.map { [$0, "1"] })
    var state = TableState()
    var b = Buffer(width: 11, height: 7)
    let table = Table(
      data: source,
      columns: [TableColumn("Navn", width: .fixed(8)), TableColumn("N", width: .fixed(2), alignRight: true)])
    table.render(into: &b, area: b.bounds, state: &state)
    #expect(
      b.lines() == [
        "Navn      N", "Jørgen …  1", "Zoë       1", "e\u{301}         1", "作者      1", "👩‍⚕️        1",
        "作者作…   1",
      ])
    for y in 1..<7 { #expect(b[10, y].symbol == "1") }
  }

  @Test func emptyStateMessage() {
    let source = ArrayTableDataSource(rows: [["Bjørn"], ["Bo"]])
    var state = TableState()
    var b = Buffer(width: 14, height: 4)
    let table = Table(data: source, columns: [TableColumn("Navn")], emptyMessage: "Ingen fundet")
    _ = state.handle(.char("x"), data: source)
    table.render(into: &b, area: b.bounds, state: &state)
    #expect(b.lines() == ["Navn", "Ingen fundet", "", "/ x"])
    #expect(state.selectedRow == nil)
    #expect(state.cursor == nil)
    _ = state.handle(.backspace, data: source)
    _ = state.handle(.char("ø"), data: source)
    #expect(state.visibleRowCount == 1)
    #expect(state.selectedRow == 0)
  }

  @Test func flexibleColumnsShareTheRoom() {
    let table = Table(
      data: ArrayTableDataSource(rows: []),
      columns: [
        TableColumn("a", width: .flexible(weight: 1)), TableColumn("b", width: .fixed(3)),
        TableColumn("c", width: .flexible(weight: 3)),
      ])
    #expect(table.columnWidths(for: 25) == [5, 3, 15])
    #expect(table.columnWidths(for: 6).reduce(0, +) <= 6)
  }

  @Test func spaceDoesNotStartAFilter() {
    var state = TableState()
    do { let consumed = state.handle(.char(" ")); #expect(!consumed) }
    _ = state.handle(.char("a"))
    do { let consumed = state.handle(.char(" ")); #expect(consumed) }
    #expect(state.filter == "a ")
  }
}
