import TerminalUI

/// 50,000 rows shaped like the resident list (name, room, unit, date, latest note), built once.
struct FiftyThousandRows: TableDataSource {
  let rows: [[String]]

  init(count: Int = 50_000) {
    let first = ["Anne", "Bjørn", "Søren", "Åse", "Mette", "Jens", "Karen", "Ole", "Pia", "Henrik"]
    let last = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen"]
    let units = ["Birken", "Egen", "Kastanjen", "Lærken"]
    rows = (0..<count).map { i in
      [
        "\(first[i % first.count]) \(last[(i / first.count) % last.count]) \(i)",
        "\(100 + i % 300)",
        units[i % units.count],
        "\(1 + i % 28).\(1 + i % 12).2026",
        "Rolig dag. Spiste morgenmad og var med på gåtur til søen (række \(i)).",
      ]
    }
  }

  var rowCount: Int { rows.count }
  func cell(row: Int, column: Int) -> String { rows[row][column] }
}

enum TableFixture {
  static let size = Size(width: 200, height: 60)

  static let columns = [
    TableColumn("Navn", width: .flexible(min: 20, weight: 2)),
    TableColumn("Værelse", width: .fixed(8), alignRight: true),
    TableColumn("Afdeling", width: .fixed(12)),
    TableColumn("Dato", width: .fixed(10)),
    TableColumn("Seneste notat", width: .flexible(min: 20, weight: 3)),
  ]

  static func table(_ data: FiftyThousandRows) -> Table<FiftyThousandRows> {
    Table(data: data, columns: columns, sort: TableSort(column: 0))
  }

  /// A full frame with the table filling the screen.
  static func frame(_ table: Table<FiftyThousandRows>, state: inout TableState) -> Buffer {
    var buffer = Buffer(size: size)
    table.render(into: &buffer, area: buffer.bounds, state: &state)
    return buffer
  }

  /// A state whose selection sits in the middle of the page, so that one move down or up
  /// does not scroll.
  static func middleState(_ table: Table<FiftyThousandRows>) -> TableState {
    var state = TableState()
    _ = frame(table, state: &state)
    for _ in 0..<(size.height / 2) { _ = state.handle(.down) }
    _ = frame(table, state: &state)
    return state
  }
}
