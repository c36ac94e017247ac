import TerminalUI

/// A question in a dialog over a screen, answered once: the one way the program asks before a
/// step that can't be undone, or which of two ways to go on. Left/Right/Tab choose, Enter
/// answers, a letter answers at once (j/y yes, n no, or the caller's), Esc cancels.
public struct ConfirmPrompt {
  public var title: String?
  public var question: String
  public var yesLabel: String
  public var noLabel: String
  var state: ConfirmDialogState
  let onYes: (AppContext) -> ScreenAction
  let onNo: (AppContext) -> ScreenAction
  let onCancel: (AppContext) -> ScreenAction

  /// `onCancel` (Esc) defaults to `onNo`.
  public init(
    title: String? = nil, question: String, yesLabel: String, noLabel: String, yesKeys: [Character] = ["j", "y"],
    noKeys: [Character] = ["n"], defaultYes: Bool = false, onYes: @escaping (AppContext) -> ScreenAction,
    onNo: @escaping (AppContext) -> ScreenAction = { _ in .stay }, onCancel: ((AppContext) -> ScreenAction)? = nil
  ) {
    self.title = title
    self.question = question
    self.yesLabel = yesLabel
    self.noLabel = noLabel
    state = ConfirmDialogState(yesKeys: yesKeys, noKeys: noKeys, defaultYes: defaultYes)
    self.onYes = onYes
    self.onNo = onNo
    self.onCancel = onCancel ?? onNo
  }

  /// A yes/no question about an irreversible step: "No" is selected, so Enter alone never does it.
  public static func irreversible(
    _ question: String, yes: String, texts t: Texts, onYes: @escaping (AppContext) -> ScreenAction
  ) -> ConfirmPrompt {
    ConfirmPrompt(
      title: t("confirm.title"), question: question, yesLabel: yes.prefix(1).uppercased() + yes.dropFirst(),
      noLabel: t("confirm.no"), onYes: onYes)
  }

  mutating func draw(into buffer: inout Buffer, area: Rect) -> Point? {
    let dialog = ConfirmDialog(
      title: title, question: question, yesLabel: yesLabel, noLabel: noLabel, maxWidth: min(64, area.width - 2))
    dialog.render(into: &buffer, area: area, state: &state)
    return state.cursor
  }

  /// What the screen does with a key or command while its prompt is open.
  enum Reply {
    /// The prompt was answered (and closed): run this.
    case run((AppContext) -> ScreenAction)
    /// Still open.
    case wait
    /// The shell's own command (quit, lock, help …): let it through.
    case pass
  }

  /// A key while the prompt is open; once answered the prompt closes. The caller runs the
  /// answer after this returns (`ConfirmPrompt.perform`), so the answer may change the screen.
  static func reply(to key: Key, _ prompt: inout ConfirmPrompt?) -> Reply {
    guard var p = prompt else { return .pass }
    if key == .escape {
      prompt = nil
      return .run(p.onCancel)
    }
    _ = p.state.handle(key)
    guard let answer = p.state.answer else {
      prompt = p
      return .wait
    }
    prompt = nil
    return .run(answer ? p.onYes : p.onNo)
  }

  /// A command while the prompt is open: Esc cancels, a list's Enter answers, the shell's
  /// own commands still work, other screens' global commands wait.
  static func reply(to command: CommandID, _ prompt: inout ConfirmPrompt?) -> Reply {
    switch command {
    case .back: return reply(to: .escape, &prompt)
    case .open: return reply(to: .enter, &prompt)
    case .quit, .lock, .redraw, .suspend, .help: return .pass
    default: return CommandTable.command(command).scope == .global ? .wait : .pass
    }
  }

  static func perform(_ reply: Reply, context: AppContext) -> ScreenAction {
    switch reply {
    case .run(let action): return action(context)
    case .wait: return .stay
    case .pass: return .unhandled
    }
  }
}
