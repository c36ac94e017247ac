import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs a program and waits for it with posix_spawn and waitpid. Foundation's `Process`
/// sometimes never notices that a tmux client has exited (it stays a zombie), so the
/// end-to-end tests do not use it. Output goes to files, never pipes: a tmux server started
/// meanwhile by a parallel test would inherit a pipe and keep it open.
enum Spawn {
  struct Result {
    let status: Int32
    let out: String
    let err: String
  }

  static func run(_ argv: [String], environment: [String: String]? = nil, capture: Bool = true) throws -> Result {
    let dir = FileManager.default.temporaryDirectory.path
    let token = UUID().uuidString
    let outPath = capture ? "\(dir)/tvh-out-\(token)" : "/dev/null"
    let errPath = capture ? "\(dir)/tvh-err-\(token)" : "/dev/null"
    defer {
      if capture {
        unlink(outPath)
        unlink(errPath)
      }
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    let env = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
    var cArgs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
    var cEnv: [UnsafeMutablePointer<CChar>?] = env.map { strdup($0) } + [nil]
    defer {
      cArgs.forEach { free($0) }
      cEnv.forEach { free($0) }
    }
    // Test threads block most signals; a child must start with none blocked, or a tmux server
    // (and every program in it) would never see SIGWINCH or SIGTERM.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var empty = sigset_t()
    sigemptyset(&empty)
    posix_spawnattr_setsigmask(&attributes, &empty)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
    var pid = pid_t()
    let spawned = posix_spawnp(&pid, argv[0], &actions, &attributes, &cArgs, &cEnv)
    guard spawned == 0 else { throw Tmux.Failure(description: "cannot start \(argv[0]): error \(spawned)") }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    let code = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    let read = { (path: String) in capture ? ((try? String(contentsOfFile: path, encoding: .utf8)) ?? "") : "" }
    return Result(status: code, out: read(outPath), err: read(errPath))
  }
}
