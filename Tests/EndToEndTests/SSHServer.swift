import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A real OpenSSH server on a loopback port, set up as the README's "one server per home":
/// the database owned by one account (a throwaway system account when the tests run as root,
/// else the tests' own account) and 0600, and `ForceCommand` starting `tovholder` on it for
/// whoever signs in with the throwaway client key. Its host key, keys, config and log live in
/// one temporary folder; `stop()` ends the server and removes the account and the folder.
final class SSHServer {
  /// Why the server could not be started here (the journey is then skipped with this).
  struct CannotStart: Error, CustomStringConvertible {
    let description: String
  }

  static let sshd = "/usr/sbin/sshd"

  let folder: URL
  let port: Int
  let user: String
  let databasePath: String
  private let createdUser: Bool
  private var pid: pid_t?

  /// Starts a server whose sessions run `tovholder` on a copy of `database`.
  init(database: URL) throws {
    guard FileManager.default.isExecutableFile(atPath: Self.sshd) else {
      throw CannotStart(description: "\(Self.sshd) is missing (Debian package openssh-server; `make deps` installs it)")
    }
    folder = URL(fileURLWithPath: "/tmp/tvh-ssh-\(getpid())-\(UUID().uuidString.prefix(6))")
    try FileManager.default.createDirectory(
      at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
    let isRoot = getuid() == 0
    if isRoot {
      user = "tvh\(getpid() % 100_000)\(UInt32.random(in: 100...999))"
      createdUser = true
    } else {
      user = String(cString: getpwuid(getuid()).pointee.pw_name)
      createdUser = false
    }
    port = try Self.freePort()
    databasePath = folder.path + "/srv/tovholder.sqlite"
    do {
      try setUp(database: database, isRoot: isRoot)
    } catch {
      stop()
      throw error
    }
  }

  deinit { stop() }

  /// The command a workstation runs: `ssh -tt` with the throwaway key, trusting the
  /// throwaway host key on first sight, no config of the user's own.
  var clientCommand: [String] {
    [
      "ssh", "-tt", "-F", "/dev/null", "-p", "\(port)", "-i", folder.path + "/client_key",
      "-o", "IdentitiesOnly=yes", "-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=no",
      "-o", "UserKnownHostsFile=" + folder.path + "/known_hosts", "-o", "LogLevel=ERROR", "\(user)@127.0.0.1",
    ]
  }

  /// Ends the server (sessions end with it) and removes the account and every file.
  func stop() {
    if let pid {
      kill(pid, SIGTERM)
      self.pid = nil
    }
    if createdUser { _ = try? Spawn.run(["userdel", "--force", user]) }
    try? FileManager.default.removeItem(at: folder)
  }

  /// The server's log, for a failing test's message.
  var log: String { (try? String(contentsOfFile: folder.path + "/sshd.log", encoding: .utf8)) ?? "" }

  private func setUp(database: URL, isRoot: Bool) throws {
    let path = folder.path
    for (key, type) in [("host_key", "ed25519"), ("client_key", "ed25519")] {
      try check(
        Spawn.run(["ssh-keygen", "-q", "-t", type, "-N", "", "-C", "tvh-e2e", "-f", "\(path)/\(key)"]), "ssh-keygen")
    }
    try FileManager.default.copyItem(atPath: "\(path)/client_key.pub", toPath: "\(path)/authorized_keys")
    if isRoot {
      // A system account like the README's `tovholder`; '*' (no password, not locked) lets
      // sshd accept its key without PAM.
      try check(
        Spawn.run(["useradd", "--system", "--no-create-home", "--home-dir", "\(path)/home", "--shell", "/bin/sh", user]
        ),
        "useradd")
      try check(Spawn.run(["usermod", "-p", "*", user]), "usermod")
      try FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true)
    }
    // The account's home and the database folder: its own, 0700; the database 0600.
    for sub in ["home", "srv"] {
      try FileManager.default.createDirectory(
        atPath: "\(path)/\(sub)", withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    }
    try FileManager.default.copyItem(atPath: database.path, toPath: databasePath)
    chmod(databasePath, 0o600)
    if isRoot { try check(Spawn.run(["chown", "-R", "\(user):", "\(path)/home", "\(path)/srv"]), "chown") }

    // ForceCommand: whatever the client asks, the session is tovholder on the one database.
    let fake = try FakeTime.environment.get()
    let environment = [
      "HOME": "\(path)/home", "XDG_DATA_HOME": "\(path)/home/data", "XDG_CONFIG_HOME": "\(path)/home/config",
      "XDG_STATE_HOME": "\(path)/home/state", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
    ].merging(fake) { $1 }
    let exports = environment.sorted { $0.key < $1.key }.map { "export \($0.key)=\(Tmux.quote($0.value))" }
    let script =
      (["#!/bin/sh"] + exports + ["exec \(Tmux.quote(Tmux.binary)) --database \(Tmux.quote(databasePath))"])
      .joined(separator: "\n") + "\n"
    try script.write(toFile: "\(path)/session", atomically: true, encoding: .utf8)
    chmod("\(path)/session", 0o755)

    let config = """
      Port \(port)
      ListenAddress 127.0.0.1
      HostKey \(path)/host_key
      PidFile \(path)/sshd.pid
      AuthorizedKeysFile \(path)/authorized_keys
      AllowUsers \(user)
      PubkeyAuthentication yes
      PasswordAuthentication no
      KbdInteractiveAuthentication no
      UsePAM no
      StrictModes no
      PermitTTY yes
      AllowTcpForwarding no
      X11Forwarding no
      ForceCommand \(path)/session
      LogLevel VERBOSE

      """
    try config.write(toFile: "\(path)/sshd_config", atomically: true, encoding: .utf8)
    // sshd checks its config, binds the port, then goes to the background and writes its pid.
    let started = try Spawn.run([Self.sshd, "-f", "\(path)/sshd_config", "-E", "\(path)/sshd.log"])
    // The parent exits before the daemon has written its pid: wait for the file (10 s at most).
    var pid: pid_t?
    for _ in 0..<200 where started.status == 0 {
      let text = try? String(contentsOfFile: "\(path)/sshd.pid", encoding: .utf8)
      pid = text.flatMap { pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
      if pid != nil { break }
      usleep(50_000)
    }
    guard started.status == 0, let pid else {
      throw CannotStart(description: "sshd did not start (exit \(started.status)): \(started.err)\(log)")
    }
    self.pid = pid
  }

  private func check(_ result: Spawn.Result, _ what: String) throws {
    guard result.status == 0 else { throw CannotStart(description: "\(what) failed: \(result.out)\(result.err)") }
  }

  /// A loopback port nothing listens on now.
  private static func freePort() throws -> Int {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { throw CannotStart(description: "no socket: errno \(errno)") }
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = 0
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0
      }
    }
    guard bound else { throw CannotStart(description: "no free loopback port: errno \(errno)") }
    return Int(UInt16(bigEndian: address.sin_port))
  }
}
