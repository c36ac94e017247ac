import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A program running under its own pseudo-terminal (80×24): it is a session leader with the
/// pty as its controlling terminal, as under sshd or a terminal emulator.
final class PtyProcess {
  let pid: pid_t
  /// The master side: what the program writes is read here; keys are written here.
  let master: Int32

  struct Failure: Error, CustomStringConvertible {
    let description: String
  }

  init(_ argv: [String], environment: [String: String], width: Int = 80, height: Int = 24) throws {
    let master = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC)
    guard master >= 0, grantpt(master) == 0, unlockpt(master) == 0, let name = ptsname(master) else {
      throw Failure(description: "no pseudo-terminal: errno \(errno)")
    }
    let slave = String(cString: name)
    var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
    _ = ioctl(master, UInt(TIOCSWINSZ), &size)

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    // After setsid (the attribute below), opening the slave makes it the controlling terminal.
    posix_spawn_file_actions_addopen(&actions, 0, slave, O_RDWR, 0)
    posix_spawn_file_actions_adddup2(&actions, 0, 1)
    posix_spawn_file_actions_adddup2(&actions, 0, 2)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var empty = sigset_t()
    sigemptyset(&empty)
    posix_spawnattr_setsigmask(&attributes, &empty)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSID | POSIX_SPAWN_SETSIGMASK))
    let cArgs = argv.map { strdup($0) } + [nil]
    let cEnv = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { (cArgs + cEnv).forEach { free($0) } }
    var pid = pid_t()
    let spawned = posix_spawn(&pid, argv[0], &actions, &attributes, cArgs, cEnv)
    guard spawned == 0 else {
      close(master)
      throw Failure(description: "cannot start \(argv[0]): error \(spawned)")
    }
    self.pid = pid
    self.master = master
  }

  /// Writes key bytes to the program.
  func send(_ bytes: [UInt8]) {
    var offset = 0
    while offset < bytes.count {
      let n = bytes[offset...].withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR || errno == EAGAIN { continue }
        return
      }
      offset += n
    }
  }

  /// Reads what is there within `timeout` (empty when nothing came; nil when the program ended).
  func read(timeout: Duration) -> [UInt8]? {
    var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
    let ms = Int32(timeout.components.seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000)
    let ready = poll(&descriptor, 1, max(0, ms))
    if ready == 0 { return [] }
    if ready < 0 { return errno == EINTR ? [] : nil }
    var buffer = [UInt8](repeating: 0, count: 65_536)
    let n = buffer.withUnsafeMutableBytes { Glibc.read(master, $0.baseAddress, $0.count) }
    if n <= 0 { return (n < 0 && errno == EINTR) ? [] : nil }
    return Array(buffer[0..<n])
  }

  /// Hangs up (as a closed terminal does) and waits for the program to end; its exit status.
  @discardableResult
  func hangUp() -> Int32 {
    close(master)
    var status: Int32 = 0
    var waited = 0
    while waitpid(pid, &status, WNOHANG) == 0 {
      if waited == 100 { kill(pid, SIGKILL) }
      usleep(50_000)
      waited += 1
    }
    return status
  }

  /// Resident set size and proportional set size (shared pages divided among the processes
  /// that map them) and the peak resident size, in kB, from /proc.
  func memory() -> (rss: Int, pss: Int, peak: Int) {
    func field(_ file: String, _ name: String) -> Int {
      guard let text = try? String(contentsOfFile: "/proc/\(pid)/\(file)", encoding: .utf8) else { return 0 }
      for line in text.split(separator: "\n") where line.hasPrefix(name + ":") {
        return Int(line.split(separator: " ").dropFirst().first { !$0.isEmpty } ?? "") ?? 0
      }
      return 0
    }
    return (field("status", "VmRSS"), field("smaps_rollup", "Pss"), field("status", "VmHWM"))
  }
}
