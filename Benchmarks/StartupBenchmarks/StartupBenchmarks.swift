import Benchmark
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Process start to first full frame, under a pseudo-terminal made by `script` (80×24,
/// xterm-256color), side by side with the same harness running nothing and a minimal C
/// ncurses program (Benchmarks/StartupFloor/floor.c). `make bench` builds tovholder first;
/// tovholder runs with TOVHOLDER_EXIT_AFTER_FIRST_FRAME=1 on a standard demo database.
let benchmarks: @Sendable () -> Void = {
  Benchmark.defaultConfiguration = .init(
    metrics: [.wallClock], timeUnits: .milliseconds, warmupIterations: 3, maxDuration: .seconds(10),
    maxIterations: 200)

  Benchmark("Startup: pty harness alone (script running true)") { benchmark in
    try Startup.run("true", benchmark)
  }
  Benchmark("Startup: C ncurses floor, full 80x24 frame") { benchmark in
    try Startup.run(Startup.floor.value(), benchmark)
  }
  Benchmark("Startup: tovholder to first full frame (sign-in screen)") { benchmark in
    try Startup.run(Startup.tovholder.value(), benchmark)
  }
}

enum Startup {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let scratch = root.appendingPathComponent(".build-bench")

  /// The C floor, compiled once into .build-bench.
  nonisolated(unsafe) static let floor = Once { () throws -> String in
    let out = scratch.appendingPathComponent("startup-floor").path
    let source = root.appendingPathComponent("Benchmarks/StartupFloor/floor.c").path
    try check(shell("cc -O2 -o '\(out)' '\(source)' $(pkg-config --cflags --libs ncursesw)"), "cc floor.c")
    return "'\(out)'"
  }

  /// The release tovholder of `make build` and a standard demo database made once.
  nonisolated(unsafe) static let tovholder = Once { () throws -> String in
    let binary = root.appendingPathComponent(".build/release/tovholder").path
    guard FileManager.default.isExecutableFile(atPath: binary) else {
      throw Failure("no \(binary): run `make bench` (or `make build`) first")
    }
    let db = scratch.appendingPathComponent("startup-demo.sqlite").path
    if !FileManager.default.fileExists(atPath: db) {
      try check(shell("'\(binary)' demo --database '\(db)' >/dev/null"), "tovholder demo")
    }
    let command = "TOVHOLDER_EXIT_AFTER_FIRST_FRAME=1 '\(binary)' --database '\(db)'"
    // Once: the frame must really be drawn (the sign-in screen, not an error).
    let sample = scratch.appendingPathComponent("startup-sample.txt").path
    try check(shell("script -qec \"\(command)\" /dev/null > '\(sample)'"), "tovholder first frame")
    let size = (try? FileManager.default.attributesOfItem(atPath: sample)[.size] as? Int) ?? 0
    guard size > 500 else { throw Failure("tovholder wrote only \(size) bytes, see \(sample)") }
    return command
  }

  /// Runs `command` under a fresh pseudo-terminal; only this is measured.
  static func run(_ command: String, _ benchmark: Benchmark) throws {
    benchmark.startMeasurement()
    let status = shell("script -qec \"\(command)\" /dev/null > /dev/null")
    benchmark.stopMeasurement()
    try check(status, command)
  }

  static func check(_ status: Int32, _ what: String) throws {
    guard status == 0 else { throw Failure("\(what) failed with status \(status)") }
  }

  /// `sh -c` with posix_spawn (no Foundation.Process), stdin from /dev/null, an 80×24 xterm.
  static func shell(_ line: String) -> Int32 {
    var environment = ProcessInfo.processInfo.environment
    environment["TERM"] = "xterm-256color"
    environment["COLUMNS"] = "80"
    environment["LINES"] = "24"
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    let copy = { (s: String) -> UnsafeMutablePointer<CChar>? in strdup(s) }
    let argv = ["/bin/sh", "-c", line].map(copy) + [nil]
    let env = environment.map { copy("\($0.key)=\($0.value)") } + [nil]
    defer { (argv + env).forEach { free($0) } }
    var pid = pid_t()
    guard posix_spawn(&pid, "/bin/sh", &actions, nil, argv, env) == 0 else { return -1 }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    return (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
  }

  struct Failure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
  }
}

/// A value made on first use (not while the suite registers its benchmarks).
final class Once<Value> {
  private let make: () throws -> Value
  private var made: Value?
  init(_ make: @escaping () throws -> Value) { self.make = make }
  func value() throws -> Value {
    if let made { return made }
    let v = try make()
    made = v
    return v
  }
}
