import Foundation

/// The time the program under test lives in. Every run of the binary gets libfaketime with
/// one offset, fixed when the test process starts, that puts the start of the test run at
/// Thursday 3 December 2026, 14:00 Danish time (13:00 UTC). So a journey passes at any hour
/// of the real day and in any time zone, the clock still ticks, and every program of a test
/// run shares one timeline: what one wrote a moment ago is never in the future for the next
/// (a start-at time would start each program at 14:00 again). The monotonic clock stays
/// real, so timeouts and the idle lock measure real seconds.
enum FakeTime {
  /// Thursday 3 December 2026, 14:00 Danish time.
  static let start = Date(timeIntervalSince1970: 1_796_302_800)

  /// What the binary's environment needs, or why it cannot have it.
  static let environment: Result<[String: String], Tmux.Failure> = {
    let candidates = ["x86_64-linux-gnu", "aarch64-linux-gnu", ""].map {
      "/usr/lib/\($0)/faketime/libfaketime.so.1".replacingOccurrences(of: "//", with: "/")
    }
    guard let library = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }) else {
      return .failure(
        Tmux.Failure(description: "libfaketime is missing (Debian package faketime; `make deps` installs it)"))
    }
    // The real time, asked of a program without any fake time the tests may run under.
    var clean = ProcessInfo.processInfo.environment
    for key in clean.keys where key == "LD_PRELOAD" || key.hasPrefix("FAKETIME") { clean[key] = nil }
    guard let real = try? Spawn.run(["date", "+%s"], environment: clean),
      let seconds = Int(real.out.trimmingCharacters(in: .whitespacesAndNewlines))
    else { return .failure(Tmux.Failure(description: "could not read the real time with `date +%s`")) }
    let offset = Int(start.timeIntervalSince1970) - seconds
    // FAKETIME_SHARED names a semaphore that does not exist, so libfaketime (0.9.10, Debian 12)
    // makes its own per program; left unset, it sets it up in a way that leaves Swift's
    // CommandLine.arguments empty (`tovholder demo` then starts the terminal program).
    return .success([
      "LD_PRELOAD": library, "FAKETIME": offset < 0 ? "\(offset)" : "+\(offset)", "FAKETIME_DONT_FAKE_MONOTONIC": "1",
      "FAKETIME_SHARED": "/tvh-no-semaphore /tvh-no-memory",
    ])
  }()

  /// The day `offset` days from the start, as the program writes it (`dd-MM-yyyy`).
  static func day(_ offset: Int) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "Europe/Copenhagen")!
    let date = calendar.date(byAdding: .day, value: offset, to: start)!
    let d = calendar.dateComponents([.year, .month, .day], from: date)
    return String(format: "%02d-%02d-%04d", d.day!, d.month!, d.year!)
  }
}
