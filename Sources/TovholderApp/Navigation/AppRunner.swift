import Foundation
import TerminalUI

/// Connects the shell to a real backend: draws a frame, waits for a key, repeats. Also
/// acts on termination signals (save drafts, restore the terminal) and idle time.
public final class AppRunner {
  public let shell: Shell
  private let backend: any Backend
  /// Called when the user locks the screen (or the idle time runs out).
  public var onLock: ((Shell) -> Void)?
  /// Seconds without a key before `onIdle` runs; nil never.
  public var idleLimit: TimeInterval?
  public var onIdle: ((Shell) -> Void)?
  /// Idle time is measured on the monotonic clock: moving the wall clock neither locks nor delays.
  private var lastKey = ContinuousClock.now

  public init(shell: Shell, backend: any Backend) {
    self.shell = shell
    self.backend = backend
  }

  /// Runs until the user quits or a termination signal arrives.
  public func run() {
    // For `make bench-startup`: time from process start to the first full frame.
    let exitAfterFirstFrame = ProcessInfo.processInfo.environment["TOVHOLDER_EXIT_AFTER_FIRST_FRAME"] == "1"
    while true {
      let (frame, cursor) = shell.render(size: backend.size)
      backend.draw(frame, cursor: cursor)
      if shell.context.afterFrame != nil {
        shell.runAfterFrame()
        continue
      }
      if exitAfterFirstFrame { return }
      let key = backend.readKey(timeoutMilliseconds: 250)
      if TerminalRestore.shared.takePendingSignal() != nil {
        shell.saveDrafts()
        return
      }
      guard let key else {
        shell.tick()
        if let idleLimit, lastKey.duration(to: .now) > .seconds(idleLimit) {
          lastKey = .now
          onIdle?(shell)
        }
        continue
      }
      lastKey = .now
      switch shell.handle(key) {
      case .none: break
      case .quit: return
      case .redraw: backend.invalidate()
      case .suspend: (backend as? NcursesBackend)?.suspend()
      case .lock: onLock?(shell)
      }
    }
  }
}
