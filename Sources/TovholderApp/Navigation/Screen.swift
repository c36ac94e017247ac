import TerminalUI
import TovholderCore

/// What a screen asks the shell to do after a key.
public enum ScreenAction {
  /// Handled; stay on this screen.
  case stay
  /// Not for this screen: the shell may try something else (for a command: pass the raw key).
  case unhandled
  case push(any Screen)
  case replace(any Screen)
  /// Replaces this screen with several, the last on top (e.g. the menu with a form over it).
  case replaceWith([any Screen])
  case pop
  /// Pop back to the first screen of the stack (the main menu).
  case popToRoot
  case quit
}

/// One screen of the program. It holds its state, draws it into a rectangle and turns
/// keys and commands into actions. Screens are small; widgets do the drawing.
public protocol Screen: AnyObject {
  /// The title in the header, already in the user's language.
  func title(_ context: AppContext) -> String
  /// The command scopes whose keys work here (besides `.global`), for dispatch and help.
  var scopes: [CommandScope] { get }
  /// True while a text field has focus: printable keys are text, not commands.
  var isEditingText: Bool { get }
  /// Draws into `area`; returns where the terminal cursor belongs (the focused field or
  /// selected row), or nil.
  func draw(into buffer: inout Buffer, area: Rect, context: AppContext) -> Point?
  /// A command from the keymap. `.unhandled` makes the shell pass the raw key to `handle`.
  func perform(_ command: CommandID, context: AppContext) -> ScreenAction
  /// A key that no command took.
  func handle(_ key: Key, context: AppContext) -> ScreenAction
  /// Keeps what the user is typing as a draft (before lock, quit, or a termination signal).
  func saveDraft(context: AppContext)
  /// Extra key hints for the status bar, as (key, label) pairs.
  func hints(context: AppContext) -> [(String, String)]
  /// The resident this screen shows (a record), so a form opened over it (F5, F6) starts
  /// with that resident chosen.
  var residentInView: ResidentID? { get }
  /// The screen is on top again after the one above it closed: a list shows what was saved
  /// meanwhile (by this form or a global one such as F5 or F6).
  func reappear(context: AppContext)
  /// Another terminal saved something: re-read what is shown, keeping the selection and
  /// anything typed. Lists, queues and records do; forms keep what the user is typing.
  func refresh(context: AppContext)
  /// For help: the commands of its scopes this screen acts on; nil: all of them.
  func helpCommands(context: AppContext) -> Set<CommandID>?
  /// For help: keys of the screen's own that are no command (menu digits, ←→ on a chart).
  func helpKeys(context: AppContext) -> [HelpKey]
}

/// A key of a screen's own in its help: the key, what it does, and a longer description.
public struct HelpKey {
  public let keys: String
  public let label: String
  public let help: String
  public init(_ keys: String, _ label: String, _ help: String) {
    self.keys = keys
    self.label = label
    self.help = help
  }
}

extension Screen {
  public var scopes: [CommandScope] { [] }
  public var isEditingText: Bool { false }
  public func perform(_ command: CommandID, context: AppContext) -> ScreenAction { .unhandled }
  public func handle(_ key: Key, context: AppContext) -> ScreenAction { .unhandled }
  public func saveDraft(context: AppContext) {}
  public func hints(context: AppContext) -> [(String, String)] { [] }
  public var residentInView: ResidentID? { nil }
  public func reappear(context: AppContext) {}
  public func refresh(context: AppContext) {}
  public func helpCommands(context: AppContext) -> Set<CommandID>? { nil }
  public func helpKeys(context: AppContext) -> [HelpKey] { [] }
}
