import Benchmark
import TerminalUI

#if canImport(Glibc)
  import Glibc
#endif

/// Bytes the real `NcursesBackend` sends to a 200×60 xterm-256color terminal for one cursor
/// move, after a first full frame. The "terminal" is a temporary file; the growth of the file
/// per move is the custom metric.
func registerTerminalBenchmarks(table: Table<FiftyThousandRows>) {
  let bytes = BenchmarkMetric.custom("terminal bytes per move", useScalingFactor: false)
  let configuration = Benchmark.Configuration(metrics: [.wallClock, bytes])

  for (name, alternate) in [("", true), (" that scrolls", false)] {
    Benchmark("Table 50k rows: cursor move\(name), NcursesBackend to a 200x60 xterm", configuration: configuration) {
      benchmark in
      let terminal = FileTerminal.shared
      guard terminal.backend.size == TableFixture.size else {
        return benchmark.error("ncurses screen is \(terminal.backend.size), not \(TableFixture.size)")
      }
      if terminal.mover == nil || terminal.mover!.alternate != alternate {
        terminal.mover = Mover(table: table, alternate: alternate)
        terminal.backend.invalidate()
        terminal.backend.draw(terminal.mover!.previous, cursor: terminal.mover!.state.cursor)
      }
      let mover = terminal.mover!
      let before = terminal.position()
      benchmark.startMeasurement()
      let frame = mover.move()
      terminal.backend.draw(frame, cursor: mover.state.cursor)
      benchmark.stopMeasurement()
      mover.keep()
      benchmark.measurement(bytes, terminal.position() - before)
    }
  }
}

/// One ncurses screen per process, writing to a temporary file.
final class FileTerminal {
  nonisolated(unsafe) static let shared = FileTerminal()
  let file: UnsafeMutablePointer<FILE>
  let backend: NcursesBackend
  var mover: Mover?

  private init() {
    setenv("TERM", "xterm-256color", 1)
    setenv("LINES", "\(TableFixture.size.height)", 1)
    setenv("COLUMNS", "\(TableFixture.size.width)", 1)
    file = tmpfile()!
    // Input: an empty pipe kept open. (/dev/null would always look readable, and ncurses
    // stops a refresh early when it sees input waiting.)
    var fds: [Int32] = [0, 0]
    pipe(&fds)
    backend = NcursesBackend(output: file, input: fdopen(fds[0], "r"))
  }

  func position() -> Int {
    fflush(file)
    return ftell(file)
  }
}
