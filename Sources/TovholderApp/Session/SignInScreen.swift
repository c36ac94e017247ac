import TerminalUI
import TovholderCore
import TovholderStorage

public enum SignInField: String, FormFieldID { case username, password }

/// Sign-in (and the lock screen): user name, then password. Enter moves on, and signs in
/// from the password field; a refusal is said under the password, which is cleared (a
/// database busy past the timeout keeps it: the shell signs in when it is free). Esc
/// clears both. Nothing here is a draft.
public final class SignInScreen: FormScreen<SignInField> {
  let locked: Bool
  let flow: SessionFlow

  init(flow: SessionFlow, locked: Bool = false) {
    self.locked = locked
    self.flow = flow
    let t = flow.context.texts
    super.init(
      title: t(locked ? "signin.lockedTitle" : "signin.title"), context: flow.context,
      fields: [
        .text(.username, t("signin.username"), max: 64),
        .secret(.password, t("signin.password")),
      ], draftKey: nil
    ) { s, context in
      let actor: Actor
      do {
        actor = try flow.database.accounts.signIn(username: s.text(.username), password: s.raw(.password))
      } catch StorageError.locked {
        // Said on the message line, where the shell signs in again once the database is free.
        throw StorageError.locked
      } catch {
        throw FieldProblem(SignInField.password, ErrorMessages.describe(error, context.texts))
      }
      return FormSaved(nil, then: flow.signedIn(actor))
    }
    labelWidth = 14
    onRefused = { [context = flow.context] screen in
      guard context.message?.text != context.texts("error.locked") else { return }
      screen.setValue(.password, "")
      screen.focus(.password)
    }
  }

  public override func draw(into buffer: inout Buffer, area: Rect, context: AppContext) -> Point? {
    let t = context.texts
    let box = area.centered(width: 56, height: 11)
    let block = Block(title: titleText)
    block.render(into: &buffer, area: box)
    let inner = block.inner(box).inset(horizontal: 1, vertical: 0)
    var y = inner.y
    let intro =
      locked
      ? t("signin.lockedIntro")
      : context.isFictional
        ? t("signin.demoIntro", DemoHome.usernames.joined(separator: ", "), DemoHome.password) : t("signin.intro")
    for line in intro.wrapped(toWidth: max(1, inner.width)).prefix(2) {
      buffer.put(line, x: inner.x, y: y, maxWidth: inner.width, style: .muted)
      y += 1
    }
    return drawForm(
      into: &buffer, area: Rect(x: inner.x, y: y + 1, width: inner.width, height: max(0, inner.maxY - y - 1)))
  }

  public override var scopes: [CommandScope] { [] }

  public override func perform(_ command: CommandID, context: AppContext) -> ScreenAction {
    // F6: the quick log at once; the person says who they are when saving.
    if command == .quickLog { return .push(flow.lockedQuickLog(typedUsername: value(.username), locked: locked)) }
    guard command == .back else { return super.perform(command, context: context) }
    setValue(.username, "")
    setValue(.password, "")
    for id in [SignInField.username, .password] { setMessage(nil, for: id) }
    focus(.username)
    return .stay
  }

  /// Only F6: the quick log works before anyone signs in.
  public override func hints(context: AppContext) -> [(String, String)] {
    [(context.keyName(.quickLog), context.texts(CommandTable.command(.quickLog).labelKey))]
  }
}
