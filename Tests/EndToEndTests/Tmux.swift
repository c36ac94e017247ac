import Foundation

/// Drives the real `tovholder` binary in a detached tmux session: type keys, read the
/// screen, wait for text. Each session has its own tmux server socket, so tests run in parallel.
final class Tmux {
  let socket: String
  let home: URL
  private(set) var width: Int
  private(set) var height: Int

  struct Failure: Error, CustomStringConvertible {
    let description: String
  }

  /// The built binary: beside the test bundle (what `swift test` builds), or TOVHOLDER_BINARY.
  static var binary: String {
    if let path = ProcessInfo.processInfo.environment["TOVHOLDER_BINARY"] { return path }
    let testBundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    return testBundle.appendingPathComponent("tovholder").path
  }

  /// Starts `tovholder ARGS` in a fresh home folder. When it exits, the pane prints
  /// `EXIT=<code>` and a shell prompt `prompt$ `, so tests can see the terminal was restored.
  init(
    _ arguments: [String] = [], width: Int = 80, height: Int = 24, environment: [String: String] = [:],
    home: URL? = nil
  ) throws {
    self.width = width
    self.height = height
    socket = "tvh-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
    self.home = home ?? FileManager.default.temporaryDirectory.appendingPathComponent("tvh-home-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: self.home, withIntermediateDirectories: true)
    var env = [
      "HOME": self.home.path, "XDG_DATA_HOME": self.home.path + "/data",
      "XDG_CONFIG_HOME": self.home.path + "/config", "XDG_STATE_HOME": self.home.path + "/state",
      "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TERM": "tmux-256color", "PS1": "prompt$ ",
    ]
    env.merge(environment) { $1 }
    let assignments = env.sorted { $0.key < $1.key }.map { "\($0.key)=\(Tmux.quote($0.value))" }.joined(separator: " ")
    let program = ([Tmux.binary] + arguments).map(Tmux.quote).joined(separator: " ")
    let script = "env \(assignments) \(program); echo EXIT=$?; env \(assignments) sh -i"
    // The server this starts keeps any pipe it inherits open, so its output goes nowhere.
    try run(["new-session", "-d", "-s", "main", "-x", "\(width)", "-y", "\(height)", script], capture: false)
  }

  deinit {
    _ = try? run(["kill-server"])
    try? FileManager.default.removeItem(at: home)
  }

  static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

  /// Sends tmux key names (`Enter`, `Escape`, `C-c`, `F1`, `Up` …), one per argument.
  func keys(_ names: String...) throws { try run(["send-keys", "-t", "main"] + names) }

  /// Types text literally, character by character as a user would.
  func type(_ text: String) throws { try run(["send-keys", "-t", "main", "-l", text]) }

  func resize(width: Int, height: Int) throws {
    self.width = width
    self.height = height
    try run(["resize-window", "-t", "main", "-x", "\(width)", "-y", "\(height)"])
  }

  /// The screen as text.
  func screen() throws -> String { try run(["capture-pane", "-p", "-t", "main"]) }

  /// A tmux format about the pane, e.g. `#{alternate_on}`.
  func paneFlag(_ format: String) throws -> String {
    try run(["display-message", "-p", "-t", "main", format]).trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Waits until the screen contains `text`; throws with the last screen if it never does.
  @discardableResult
  func waitFor(_ text: String, timeout: TimeInterval = 20) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    var last = ""
    while Date() < deadline {
      last = try screen()
      if last.contains(text) { return last }
      usleep(30_000)
    }
    throw Failure(description: "waited \(timeout) s for \"\(text)\"; the screen was:\n\(last)")
  }

  /// Waits until the screen no longer contains `text`.
  func waitForAbsence(_ text: String, timeout: TimeInterval = 20) throws {
    let deadline = Date().addingTimeInterval(timeout)
    var last = ""
    while Date() < deadline {
      last = try screen()
      if !last.contains(text) { return }
      usleep(30_000)
    }
    throw Failure(description: "\"\(text)\" did not go away in \(timeout) s; the screen was:\n\(last)")
  }

  /// Runs one tmux command on this test's own server.
  @discardableResult
  private func run(_ args: [String], capture: Bool = true) throws -> String {
    let result = try Spawn.run(["tmux", "-L", socket, "-f", "/dev/null"] + args, capture: capture)
    if result.status != 0 {
      throw Failure(description: "tmux \(args.joined(separator: " ")) failed: \(result.out)\(result.err)")
    }
    return result.out
  }
}

/// A demo database made once per test run with the real binary (`tovholder demo`), copied for
/// each test so tests never share a file.
enum DemoDatabase {
  static let template: URL = {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tvh-demo-\(getpid())")
    try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent("demo.sqlite")
    _ = try? Spawn.run([Tmux.binary, "demo", "--database", url.path], capture: false)
    return url
  }()

  /// A fresh copy of the demo database in its own folder.
  static func copy() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tvh-db-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent("demo.sqlite")
    for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: template.path + suffix) {
      try FileManager.default.copyItem(atPath: template.path + suffix, toPath: url.path + suffix)
    }
    return url
  }
}

extension Tmux {
  /// Signs in on the sign-in (or lock) screen and waits for what comes next (the main menu,
  /// or "Kladder" when the person has drafts); returns that screen.
  @discardableResult
  func signIn(_ user: String, password: String = "demo1234", expecting next: String = "Hovedmenu") throws -> String {
    try waitFor("Brugernavn")
    try type(user)
    try keys("Enter")
    try type(password)
    try keys("Enter")
    return try waitFor(next)
  }
}

/// Runs the binary without a terminal (standard input from /dev/null).
func runTovholder(_ arguments: [String], environment: [String: String]? = nil) throws -> Spawn.Result {
  try Spawn.run([Tmux.binary] + arguments, environment: environment)
}

extension Tmux {
  /// Pastes `bytes` as a terminal does (bracketed paste, when the program asked for it).
  func paste(_ bytes: Data) throws {
    let file = home.appendingPathComponent("paste-\(UUID().uuidString)")
    try bytes.write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    _ = try Spawn.run(["tmux", "-L", socket, "-f", "/dev/null", "load-buffer", "-b", "p", file.path])
    _ = try Spawn.run(["tmux", "-L", socket, "-f", "/dev/null", "paste-buffer", "-p", "-d", "-b", "p", "-t", "main"])
  }
}

extension Tmux {
  /// Sends raw bytes, as a terminal would (no bracketed-paste markers added).
  func hex(_ bytes: [UInt8]) throws {
    _ = try Spawn.run(
      ["tmux", "-L", socket, "-f", "/dev/null", "send-keys", "-t", "main", "-H"]
        + bytes.map { String(format: "%02x", $0) })
  }
}

/// Runs `sqlite3 DB SQL` and returns what it prints (for reading what the program saved).
func sqlite(_ db: URL, _ sql: String) throws -> String {
  try Spawn.run(["sqlite3", db.path, sql]).out.trimmingCharacters(in: .whitespacesAndNewlines)
}
