import Benchmark
import TerminalUI

let benchmarks: @Sendable () -> Void = {
  Benchmark.defaultConfiguration = .init(
    metrics: [.wallClock, .peakMemoryResident], timeUnits: .microseconds, warmupIterations: 5,
    maxDuration: .seconds(3), maxIterations: 5_000)
  let table = TableFixture.table(FiftyThousandRows())

  Benchmark("Table 50k rows: full 200x60 frame") { benchmark in
    var state = TableFixture.middleState(table)
    benchmark.startMeasurement()
    blackHole(TableFixture.frame(table, state: &state))
  }

  // One move of the selection inside the page (down, then up on the next iteration):
  // the key, a new frame and the diff against the previous frame.
  let inPage = Mover(table: table, alternate: true)
  Benchmark("Table 50k rows: cursor move, render + diff") { _ in
    blackHole(inPage.move().diff(from: inPage.previous))
    inPage.keep()
  }

  // Down at the bottom of the page: every row on screen moves up one line.
  let scrolling = Mover(table: table, alternate: false)
  Benchmark("Table 50k rows: cursor move that scrolls, render + diff") { _ in
    blackHole(scrolling.move().diff(from: scrolling.previous))
    scrolling.keep()
  }

  registerTerminalBenchmarks(table: table)
}

/// A table on screen whose selection moves one row per iteration, keeping the last frame.
final class Mover {
  let table: Table<FiftyThousandRows>
  let alternate: Bool
  var state: TableState
  var previous: Buffer
  var current: Buffer
  private var down = true

  init(table: Table<FiftyThousandRows>, alternate: Bool) {
    self.table = table
    self.alternate = alternate
    var state = alternate ? TableFixture.middleState(table) : TableState()
    if !alternate {
      // Selection on the last row of the page.
      for _ in 0..<(TableFixture.size.height - 2) { _ = state.handle(.down) }
    }
    previous = TableFixture.frame(table, state: &state)
    current = previous
    self.state = state
  }

  /// Moves the selection one row and renders the new frame.
  func move() -> Buffer {
    _ = state.handle(down ? .down : .up)
    if alternate { down.toggle() }
    current = TableFixture.frame(table, state: &state)
    return current
  }

  /// Makes the frame just rendered the previous one.
  func keep() { previous = current }
}
