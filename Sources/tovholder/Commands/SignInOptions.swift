import ArgumentParser
import Foundation
import TovholderApp
import TovholderCore
import TovholderStorage

/// Who a command acts for: `--user`, and the password from `--password-file`, from
/// `TOVHOLDER_PASSWORD`, or typed at the terminal without echo, in that order. Never from the
/// command line, where every user of the machine can read it in `ps`.
struct SignInOptions: ParsableArguments {
  @Option(help: "Your user name; the command is done and logged as you.")
  var user: String

  @Option(
    name: .customLong("password-file"),
    help: "Read your password from the first line of this file (owner-only, e.g. chmod 600).")
  var passwordFile: String?

  /// Accepted only to refuse it with the reason.
  @Option(name: .customLong("password"), help: .hidden)
  var passwordOnCommandLine: String?

  /// Signs in with the password from `password(_:)`, or exits 3 when sign-in is refused.
  func signIn(_ db: AppDatabase, _ global: GlobalOptions, password secret: String) throws(CommandFailure) -> Actor {
    do {
      return try db.accounts.signIn(username: user, password: secret)
    } catch {
      throw failure(error, global, status: .refused)
    }
  }

  /// The password, asked before the database is opened (so a missing one costs nothing), or
  /// exit 2 when none can be had.
  func password(_ global: GlobalOptions) throws(CommandFailure) -> String {
    let t = Texts(language: global.resolvedLanguage)
    if passwordOnCommandLine != nil { throw usage(t("signin.cli.noPasswordOption")) }
    if let passwordFile {
      var info = stat()
      guard stat(passwordFile, &info) == 0, let data = FileManager.default.contents(atPath: passwordFile) else {
        throw usage(t("signin.cli.passwordFileUnreadable", passwordFile))
      }
      if info.st_mode & 0o077 != 0 { throw usage(t("signin.cli.passwordFileOpen", passwordFile)) }
      return String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        .first.map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: "\r")) } ?? ""
    }
    if let fromEnvironment = ProcessInfo.processInfo.environment["TOVHOLDER_PASSWORD"] { return fromEnvironment }
    if let typed = TerminalPassword.read(prompt: t("signin.cli.prompt", user)) { return typed }
    throw usage(t("signin.cli.noPassword"))
  }

  private func usage(_ message: String) -> CommandFailure { CommandFailure(message, .usage) }
}

/// Reads a line from the controlling terminal with echo off (restored afterwards, also on
/// Ctrl-C). Nil when the command does not run at a terminal (standard input redirected, as in
/// a script or a test: it must never sit waiting for a password nobody is asked for).
enum TerminalPassword {
  /// The terminal and its mode to restore if Ctrl-C arrives while echo is off.
  nonisolated(unsafe) static var restoreOnInterrupt: (Int32, termios)?

  static func read(prompt: String) -> String? {
    guard isatty(STDIN_FILENO) == 1 else { return nil }
    let fd = open("/dev/tty", O_RDWR | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var saved = termios()
    guard tcgetattr(fd, &saved) == 0 else { return nil }
    var silent = saved
    silent.c_lflag &= ~tcflag_t(ECHO)
    silent.c_lflag |= tcflag_t(ECHONL | ICANON)
    let bytes = Array(prompt.utf8)
    _ = write(fd, bytes, bytes.count)
    restoreOnInterrupt = (fd, saved)
    signal(SIGINT) { _ in
      if let (fd, saved) = TerminalPassword.restoreOnInterrupt {
        var mode = saved
        tcsetattr(fd, TCSAFLUSH, &mode)
      }
      _exit(130)
    }
    guard tcsetattr(fd, TCSAFLUSH, &silent) == 0 else { return nil }
    defer {
      tcsetattr(fd, TCSAFLUSH, &saved)
      signal(SIGINT, SIG_DFL)
      restoreOnInterrupt = nil
    }
    var line: [UInt8] = []
    var byte: UInt8 = 0
    while Foundation.read(fd, &byte, 1) == 1, byte != 0x0A, byte != 0x0D { line.append(byte) }
    return String(decoding: line, as: UTF8.self)
  }
}
