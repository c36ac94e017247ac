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

  /// Starts `tovholder ARGS` in a fresh home folder, at the test run's fake time (`FakeTime`).
  /// When it exits, the pane prints `EXIT=<code>` and a shell prompt `prompt$ `, so tests can
  /// see the terminal was restored. `program` runs another command instead (e.g. `ssh -tt`
  /// to a server whose sessions run tovholder), without the fake time.
  init(
    _ arguments: [String] = [], program command: [String]? = nil, width: Int = 80, height: Int = 24,
    environment: [String: String] = [:], home: URL? = nil
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
    func assignments(_ env: [String: String]) -> String {
      env.sorted { $0.key < $1.key }.map { "\($0.key)=\(Tmux.quote($0.value))" }.joined(separator: " ")
    }
    let fake = try FakeTime.environment.get()
    let program = (command ?? [Tmux.binary] + arguments).map(Tmux.quote).joined(separator: " ")
    // The shell after the program runs without fake time: it is ended by a hangup, which
    // would leave libfaketime's shared memory behind.
    let script =
      "env \(assignments(command == nil ? env.merging(fake) { $1 } : env)) \(program); echo EXIT=$?; "
      + "env \(fake.keys.sorted().map { "-u \($0) " }.joined())\(assignments(env)) sh -i"
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

  /// Sends `signal` (`KILL`, `TERM` …) to the program (the pane's shell runs it as its child).
  /// After KILL, removes what libfaketime would have removed on a normal exit.
  func signalProgram(_ signal: String) throws {
    let shell = try paneFlag("#{pane_pid}")
    let found = try Spawn.run(["pgrep", "-P", shell, "-x", "tovholder"])
    let pid = found.out.trimmingCharacters(in: .whitespacesAndNewlines)
    guard found.status == 0, Int(pid) != nil else {
      throw Failure(description: "no tovholder runs in the pane (shell \(shell)): \(found.out)\(found.err)")
    }
    _ = try Spawn.run(["kill", "-\(signal)", pid])
    if signal == "KILL" {
      for name in ["sem.faketime_sem_\(pid)", "faketime_shm_\(pid)"] { unlink("/dev/shm/" + name) }
    }
  }

  /// A tmux format about the pane, e.g. `#{alternate_on}`.
  func paneFlag(_ format: String) throws -> String {
    try run(["display-message", "-p", "-t", "main", format]).trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Waits until the screen contains `text`; throws with the last screen if it never does.
  @discardableResult
  func waitFor(_ text: String, timeout: TimeInterval = 20) throws -> String {
    try waitUntil("waited \(timeout) s for \"\(text)\"", timeout: timeout) { $0.contains(text) }
  }

  /// Waits until the screen no longer contains `text`.
  func waitForAbsence(_ text: String, timeout: TimeInterval = 20) throws {
    try waitUntil("\"\(text)\" did not go away in \(timeout) s", timeout: timeout) { !$0.contains(text) }
  }

  /// Waits until the screen above the message line and the status bar is no longer `before`'s:
  /// a key has been acted on (a message going away does not count).
  @discardableResult
  func waitForChange(from before: String, timeout: TimeInterval = 20) throws -> String {
    try waitUntil("the screen did not change in \(timeout) s", timeout: timeout) { Tmux.body($0) != Tmux.body(before) }
  }

  /// A screen without its last two lines (the message line and the status bar).
  static func body(_ screen: String) -> String {
    screen.split(separator: "\n", omittingEmptySubsequences: false).dropLast(2).joined(separator: "\n")
  }

  /// Presses `key` until the screen shows `text`, waiting for each press to be acted on before
  /// the next; throws after `limit` presses. Wait for the screen to press on first: a key
  /// still on its way when this starts would be counted as the first press.
  @discardableResult
  func press(_ key: String, until text: String, limit: Int) throws -> String {
    var current = try waitUntil("the screen kept changing", timeout: 20) { _ in true }
    for _ in 0..<limit where !current.contains(text) {
      try keys(key)
      current = try waitForChange(from: current)
    }
    guard current.contains(text) else {
      throw Failure(description: "\(limit) × \(key) never showed \"\(text)\"; the screen was:\n\(current)")
    }
    return current
  }

  /// Polls the screen until `done` holds for a screen that has stopped changing (the same on
  /// two looks in a row, so a frame half drawn is never taken), on the real (monotonic) clock.
  @discardableResult
  func waitUntil(_ what: String, timeout: TimeInterval, _ done: (String) -> Bool) throws -> String {
    let deadline = ContinuousClock.now + .milliseconds(Int(timeout * 1000))
    var last = ""
    var previous: String?
    while ContinuousClock.now < deadline {
      last = try screen()
      if done(last), last == previous { return last }
      previous = last
      usleep(30_000)
    }
    throw Failure(description: "\(what); the screen was:\n\(last)")
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
    // Staff start on their unit's handover list over the menu: Esc goes to the menu asked for.
    let screen =
      next == "Hovedmenu"
      ? try waitUntil("waited for the main menu or the handover list", timeout: 20) {
        Tmux.header($0).hasSuffix("Hovedmenu") || Tmux.header($0).contains("› Overlevering")
      } : try waitFor(next)
    guard next == "Hovedmenu", Tmux.header(screen).contains("› Overlevering") else { return screen }
    try keys("Escape")
    return try waitUntil("waited for the main menu after the handover list", timeout: 20) {
      Tmux.header($0).hasSuffix("Hovedmenu")
    }
  }

  /// The header line (the breadcrumb), trimmed.
  static func header(_ screen: String) -> String {
    (screen.split(separator: "\n").first.map(String.init) ?? "").trimmingCharacters(in: .whitespaces)
  }

  /// Opens the row of the list on screen that contains `text`: waits for the row, types the
  /// text (the list filters to the rows that contain it) and Enter. A filter typed before is cleared first. `/` and
  /// `?` can't be typed into a filter (they open search and help).
  func pick(_ text: String) throws {
    guard !text.contains("/"), !text.contains("?") else {
      throw Failure(description: "pick(\"\(text)\"): / and ? are keys")
    }
    try clearFilter()
    try waitFor(text)
    try type(text)
    try waitFor("Filter: " + text)
    try keys("Enter")
  }

  /// Clears the list's type-to-filter text (Esc) when one shows.
  func clearFilter() throws {
    guard try screen().contains("Filter: ") else { return }
    try keys("Escape")
    try waitForAbsence("Filter: ")
  }

  /// Opens the first resident's record from the main menu ("1", Enter) and Tabs to its
  /// Relatives tab (other areas' tabs come first); returns the record's first screen.
  @discardableResult
  func openFirstResidentsRelatives() throws -> String {
    try keys("1")
    try waitFor("Beboere")
    try keys("Enter")
    let record = try waitFor("Overblik")
    try press("Tab", until: "✓ samtykke", limit: 12)
    return record
  }

  /// Opens the main-menu entry named `title`: types the name (the menu selects it, showing
  /// "Gå til: …") and Enter.
  func openMenu(_ title: String, menu: String = "Hovedmenu", prompt: String = "Gå til: ") throws {
    // The menu's name ends the header line once it shows, so a key before it has been read
    // on its own (an Escape followed at once by a letter would arrive as Alt and the letter).
    try waitUntil("waited for the main menu (\(menu))", timeout: 20) {
      $0.split(separator: "\n").first?.trimmingCharacters(in: .whitespaces).hasSuffix(menu) == true
    }
    try type(title)
    try waitFor(prompt + title)
    try keys("Enter")
  }
}

/// Runs the binary without a terminal (standard input from /dev/null), at the fake time, with
/// `environment` (else the test's own) and a home folder of this test process unless
/// `environment` names one: nothing is written under the real `$HOME`.
func runTovholder(_ arguments: [String], environment: [String: String]? = nil) throws -> Spawn.Result {
  var env = environment ?? ProcessInfo.processInfo.environment
  if environment?["HOME"] == nil {
    let home = DemoDatabase.folder.appendingPathComponent("home").path
    env["HOME"] = home
    for (key, sub) in [("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"), ("XDG_STATE_HOME", "state")] {
      env[key] = home + "/" + sub
    }
  }
  env.merge(try FakeTime.environment.get()) { $1 }
  return try Spawn.run([Tmux.binary] + arguments, environment: env)
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
