import Foundation
import TerminalUI
import TovholderCore

/// What every screen may use: texts, keys, the clock, the message line, and (once signed
/// in) the session. One per running program.
public final class AppContext {
  public var texts: Texts
  public var keymap: Keymap
  /// Now: `context.clock()`. The system's time in the program, a stated time in tests.
  public let clock: Clock
  /// The person signed in and their unit, as shown in the status bar.
  public var statusPerson: String?
  public var statusUnit: String?
  public private(set) var message: Message?
  /// The name of the home, shown in the header.
  public var homeName: String?
  /// The fictional demo home: every title line says so.
  public var isFictional = false
  /// Work to do once the frame now on screen is drawn (e.g. making the demo home, after a
  /// frame that says it is being made); the runner calls `Shell.runAfterFrame()`.
  public var afterFrame: ((Shell) -> Void)?
  /// The person signed in at this terminal; nil on the sign-in and lock screens.
  public var session: Session?
  /// The resident whose record is open under the current screen, as a global command is
  /// given (F5 and F6 start with them chosen); set by the shell.
  public var residentInView: Int64?

  public struct Message {
    public enum Kind { case info, warning, error }
    public let text: String
    public let kind: Kind
    public let expires: Date
    /// The screen the message belongs to: the one on top once the key that made it was
    /// handled. It goes when another screen comes on top (or the terminal locks). nil while
    /// new; always nil for a message about the terminal itself (`isTerminalWide`).
    var owner: ObjectIdentifier?
    /// About the terminal, not a screen (waiting for the database, input not UTF-8): stays.
    var isTerminalWide = false
  }

  /// Where files made from a screen are written (0600): a resident's full copy, a relative's
  /// digest. Tests point it at a temporary folder.
  public var exportDirectory: String = UserPaths.exportDirectory

  public init(texts: Texts, keymap: Keymap = Keymap(), clock: Clock = .system) {
    self.texts = texts
    self.keymap = keymap
    self.clock = clock
  }

  /// Shows a message on the message line for a few seconds.
  public func show(_ text: String, kind: Message.Kind = .info, seconds: TimeInterval = 5) {
    message = Message(text: text, kind: kind, expires: clock().addingTimeInterval(seconds))
  }

  /// Shows a message about the terminal itself, which stays when screens change.
  func showTerminalWide(_ text: String, kind: Message.Kind = .info, seconds: TimeInterval = 5) {
    message = Message(
      text: text, kind: kind, expires: clock().addingTimeInterval(seconds), owner: nil, isTerminalWide: true)
  }

  /// A new message now belongs to `top`; one that belongs to another screen goes.
  func settleMessage(top: any Screen) {
    guard var m = message, !m.isTerminalWide else { return }
    if let owner = m.owner {
      if owner != ObjectIdentifier(top) { message = nil }
    } else {
      m.owner = ObjectIdentifier(top)
      message = m
    }
  }

  public func clearExpiredMessage() {
    if let m = message, m.expires <= clock() { message = nil }
  }

  /// Writes that found the database locked by another program, by key (a draft's form key),
  /// each returning true once it is through; retried on the idle tick. The latest write
  /// for a key replaces the one before, so what is typed meanwhile is all kept.
  private var waitingWrites: [String: () -> Bool] = [:]

  public var isWaitingForDatabase: Bool { !waitingWrites.isEmpty }

  func isWaiting(for key: String) -> Bool { waitingWrites[key] != nil }

  /// Keeps `write` to retry and shows, until it is through, that the program is waiting.
  public func waitForDatabase(_ key: String, _ write: @escaping () -> Bool) {
    waitingWrites[key] = write
    showTerminalWide(texts("db.waiting"), kind: .warning, seconds: 24 * 3600)
  }

  public func stopWaiting(_ key: String) {
    guard waitingWrites.removeValue(forKey: key) != nil, waitingWrites.isEmpty else { return }
    showTerminalWide(texts("db.free"))
  }

  /// Retries the waiting writes (the runner calls it when no key came for a moment).
  public func retryWaitingWrites() {
    for (key, write) in waitingWrites where write() { stopWaiting(key) }
  }

  /// The first key bound to a command, by name, for hints ("F1", "Ctrl-X").
  public func keyName(_ id: CommandID) -> String { keymap.keys(for: id).first?.name ?? "" }
}
