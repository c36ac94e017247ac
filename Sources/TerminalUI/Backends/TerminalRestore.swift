#if canImport(Glibc)
  import Glibc
#endif

/// Brings the terminal back to a usable state on any exit: normal, SIGTERM, SIGHUP,
/// Ctrl-C, or a crash signal. Signal handlers may only note the signal (the main loop
/// acts on it) or, for crashes, restore the saved terminal modes with async-signal-safe calls.
public final class TerminalRestore: @unchecked Sendable {
  public static let shared = TerminalRestore()

  /// True while curses mode is on.
  public var armed = false

  private init() {}

  /// Saves the terminal's modes (call before curses starts) and installs the handlers.
  public func install() {
    if tcgetattr(STDIN_FILENO, &savedModes) == 0 { haveSavedModes = 1 }
    // A parent may have started us with signals blocked; resize and termination must arrive.
    var wanted = sigset_t()
    sigemptyset(&wanted)
    for sig in [SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGWINCH, SIGTSTP, SIGCONT] { sigaddset(&wanted, sig) }
    sigprocmask(SIG_UNBLOCK, &wanted, nil)
    for sig in [SIGTERM, SIGHUP, SIGINT, SIGQUIT] { signal(sig, terminationHandler) }
    for sig in [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP] { signal(sig, crashHandler) }
  }

  /// The termination signal received since the last call, if any (SIGTERM, SIGHUP …).
  public func takePendingSignal() -> Int32? {
    let s = pendingSignal
    guard s != 0 else { return nil }
    pendingSignal = 0
    return s
  }
}

nonisolated(unsafe) private var savedModes = termios()
nonisolated(unsafe) private var haveSavedModes: sig_atomic_t = 0
nonisolated(unsafe) private var pendingSignal: sig_atomic_t = 0

private func terminationHandler(_ sig: Int32) {
  pendingSignal = sig
}

/// Leaves the alternate screen, shows the cursor, resets attributes and bracketed paste,
/// restores the saved modes, then dies of the same signal.
private func crashHandler(_ sig: Int32) {
  let reset: StaticString = "\u{1B}[?2004l\u{1B}[0m\u{1B}[?25h\u{1B}[?1049l\r\n"
  _ = write(STDOUT_FILENO, reset.utf8Start, reset.utf8CodeUnitCount)
  if haveSavedModes != 0 { tcsetattr(STDIN_FILENO, TCSANOW, &savedModes) }
  signal(sig, SIG_DFL)
  raise(sig)
}
