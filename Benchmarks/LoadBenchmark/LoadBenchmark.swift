import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// `make bench` (load part): N real `tovholder` sessions under pseudo-terminals on one copy
/// of the large home (N = 10, 50, 100, 200), each signing in and working like staff at a
/// human pace compressed 10× (StaffSession). For each N: keystroke-to-frame p50/p99, durable
/// save p99, memory per session and in total, "database is locked" messages a user saw,
/// lost writes (saves seen on screen but not in the file, counted afterwards) and `check`.
///
///     swift run -c release --scratch-path .build-bench LoadBenchmark [--sessions 10,50] [--seconds 60]
@main
enum LoadBenchmark {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let scratch = root.appendingPathComponent(".build-bench")
  static let staff = ["personale", "nattevagt", "camilla", "peter", "aase", "jonas", "hussein"]

  static func main() throws {
    let arguments = Arguments(CommandLine.arguments.dropFirst())
    let binary = arguments.value("--binary") ?? root.appendingPathComponent(".build/release/tovholder").path
    guard FileManager.default.isExecutableFile(atPath: binary) else {
      throw Failure("no \(binary): run `make build` first")
    }
    let source = try largeDatabase(binary)
    let terminfo = try compileTerminfo()
    var lines = [
      "Load: \(try String(contentsOfFile: "/proc/loadavg", encoding: .utf8).split(separator: " ").prefix(3).joined(separator: " ")) before; \(ProcessInfo.processInfo.activeProcessorCount) cores; \(memoryTotal())",
      "",
      "| N | sign-in p50 / max | key→frame p50 / p99 | save p99 | RSS / PSS per session (peak RSS) | PSS total | locked msgs (busy notices) | saves (notes+UTH) | lost | check | load after |",
      "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for n in arguments.list("--sessions") ?? [10, 50, 100, 200] {
      print("== \(n) sessions")
      lines.append(
        try run(
          sessions: n, seconds: Double(arguments.value("--seconds") ?? "60") ?? 60,
          pace: Double(arguments.value("--pace") ?? "10") ?? 10, binary: binary, source: source, terminfo: terminfo))
      print(lines.last ?? "")
    }
    let report = lines.joined(separator: "\n") + "\n"
    print("\n" + report)
    try report.write(to: scratch.appendingPathComponent("load-report.md"), atomically: true, encoding: .utf8)
  }

  /// Milliseconds between one session's start and the next.
  static let arrivalGap = 250

  static func run(sessions n: Int, seconds: Double, pace: Double, binary: String, source: String, terminfo: String)
    throws -> String
  {
    let work = scratch.appendingPathComponent("load-\(n)")
    try? FileManager.default.removeItem(at: work)
    try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    let database = work.appendingPathComponent("home.sqlite").path
    try shell("'\(binary)' backup --database '\(source)' '\(database)' > /dev/null")
    let environment = [
      "HOME": work.path, "XDG_DATA_HOME": work.path + "/data", "XDG_CONFIG_HOME": work.path + "/config",
      "XDG_STATE_HOME": work.path + "/state", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TERM": Terminfo.name,
      "TERMINFO": terminfo, "PATH": "/usr/bin:/bin",
    ]
    let results = Results()
    let group = DispatchGroup()
    let start = ContinuousClock.now
    let deadline = start + .seconds(seconds) + .milliseconds(arrivalGap * n)
    for i in 0..<n {
      let session = try StaffSession(
        index: i, user: staff[i % staff.count], pace: pace, binary: binary, database: database,
        environment: environment)
      group.enter()
      let thread = Thread {
        // Staff arrive one after another, not all in one instant (sign-in is a deliberately
        // slow scrypt: 200 of them within seconds is a start no home has).
        Thread.sleep(forTimeInterval: Double(i * arrivalGap) / 1000)
        session.run(until: deadline)
        results.add(session.result)
        group.leave()
      }
      thread.stackSize = 1 << 20
      thread.start()
    }
    group.wait()
    let all = results.all
    let keys = all.flatMap(\.keystrokes).sorted()
    let saves = all.flatMap(\.saves).sorted()
    let signIns = all.compactMap(\.signIn).sorted()
    let notes = Set(all.flatMap(\.savedNotes))
    let incidents = Set(all.flatMap(\.savedIncidents))
    let storedNotes = Set(try sqlite(database, "SELECT substr(text, 1, 9) FROM note WHERE text LIKE 'LB%'"))
    let storedIncidents = Set(
      try sqlite(database, "SELECT substr(headline, 1, 9) FROM incident WHERE headline LIKE 'UB%'"))
    let lost = notes.subtracting(storedNotes).count + incidents.subtracting(storedIncidents).count
    let check = (try? shell("'\(binary)' check --database '\(database)' > '\(work.path)/check.txt' 2>&1")) != nil
    let rss = all.map(\.memory.rss)
    let pss = all.map(\.memory.pss)
    let peaks = all.map(\.memory.peak)
    for failure in all.flatMap(\.failures).prefix(5) { print("  failure: \(failure.prefix(600))") }
    try (all.flatMap(\.failures) + all.flatMap(\.lockedScreens)).joined(separator: "\n\n").write(
      to: work.appendingPathComponent("failures.txt"), atomically: true, encoding: .utf8)
    let failures = all.flatMap(\.failures).count
    return [
      "\(n)\(failures > 0 ? " (\(failures) sessions stopped early)" : "")",
      "\(ms(percentile(signIns, 0.5))) / \(ms(signIns.last))",
      "\(ms(percentile(keys, 0.5))) / \(ms(percentile(keys, 0.99))) (\(keys.count) keys)",
      ms(percentile(saves, 0.99)),
      "\(mb(median(rss))) / \(mb(median(pss))) (\(mb(peaks.max() ?? 0)))",
      mb(pss.reduce(0, +)),
      "\(all.map(\.lockedMessages).reduce(0, +)) (\(all.map(\.waitingNotices).reduce(0, +)))",
      "\(notes.count)+\(incidents.count)",
      "\(lost)",
      check ? "ok" : "FAILED",
      (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").first.map(String.init)
        ?? "?",
    ].reduce("|") { $0 + " " + $1 + " |" }
  }

  /// The `--large` demo home of the storage benchmarks, made once.
  static func largeDatabase(_ binary: String) throws -> String {
    let url = scratch.appendingPathComponent("large.sqlite")
    let ready = scratch.appendingPathComponent("large.sqlite.ready")
    if !FileManager.default.fileExists(atPath: ready.path) {
      print("Making the large demo home (minutes) …")
      try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
      for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: url.path + suffix) }
      try shell("'\(binary)' demo --large --database '\(url.path)' > /dev/null")
      _ = FileManager.default.createFile(atPath: ready.path, contents: Data())
    }
    return url.path
  }

  static func compileTerminfo() throws -> String {
    let folder = scratch.appendingPathComponent("terminfo")
    let source = scratch.appendingPathComponent("tvhbench.terminfo")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Terminfo.source.write(to: source, atomically: true, encoding: .utf8)
    try shell("tic -o '\(folder.path)' '\(source.path)'")
    return folder.path
  }

  static func sqlite(_ database: String, _ query: String) throws -> [String] {
    let out = scratch.appendingPathComponent("sqlite-out.txt").path
    try shell("sqlite3 '\(database)' \"\(query)\" > '\(out)'")
    return try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n").map(String.init)
  }

  @discardableResult
  static func shell(_ line: String) throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", line]
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { throw Failure("failed (\(process.terminationStatus)): \(line)") }
    return 0
  }

  static func percentile(_ sorted: [Duration], _ p: Double) -> Duration? {
    guard !sorted.isEmpty else { return nil }
    let rank = Int((Double(sorted.count) * p).rounded(.up))
    return sorted[min(sorted.count, max(1, rank)) - 1]
  }

  static func median(_ values: [Int]) -> Int { values.sorted().dropFirst(values.count / 2).first ?? 0 }

  static func ms(_ d: Duration?) -> String {
    guard let d else { return "–" }
    let value = Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
    return value < 10 ? String(format: "%.1f ms", value) : String(format: "%.0f ms", value)
  }

  static func mb(_ kilobytes: Int) -> String {
    String(format: kilobytes >= 102_400 ? "%.0f MB" : "%.1f MB", Double(kilobytes) / 1024)
  }

  static func memoryTotal() -> String {
    let text = (try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8)) ?? ""
    let total = text.split(separator: "\n").first { $0.hasPrefix("MemTotal:") }?.split(separator: " ").dropFirst().first
    return "\((Int(total ?? "") ?? 0) / 1024 / 1024) GB memory"
  }

  struct Failure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
  }
}

/// Results of the sessions, from their threads.
final class Results: @unchecked Sendable {
  private let lock = NSLock()
  private var results: [SessionResult] = []
  func add(_ r: SessionResult) { lock.withLock { results.append(r) } }
  var all: [SessionResult] { lock.withLock { results } }
}

/// `--name value` options.
struct Arguments {
  let items: [String]
  init(_ items: ArraySlice<String>) { self.items = Array(items) }
  func value(_ name: String) -> String? {
    items.firstIndex(of: name).flatMap { items.indices.contains($0 + 1) ? items[$0 + 1] : nil }
  }
  func list(_ name: String) -> [Int]? { value(name).map { $0.split(separator: ",").compactMap { Int($0) } } }
}
