import TerminalUI
import TovholderCore
import TovholderStorage

/// Sign-in (and the lock screen): user name, then password. Enter moves on, and signs in
/// from the password field.
public final class SignInScreen: Screen {
  let flow: SessionFlow
  let locked: Bool
  var form: FormState
  var error: String?

  init(flow: SessionFlow, locked: Bool = false) {
    self.flow = flow
    self.locked = locked
    let t = flow.context.texts
    form = FormState(fields: [
      .text(id: "username", label: t("signin.username"), maxLength: 64),
      .text(id: "password", label: t("signin.password"), secret: true, maxLength: 256),
    ])
  }

  public func title(_ context: AppContext) -> String {
    context.texts(locked ? "signin.lockedTitle" : "signin.title")
  }
  public var isEditingText: Bool { true }

  public func draw(into buffer: inout Buffer, area: Rect, context: AppContext) -> Point? {
    let t = context.texts
    let box = area.centered(width: 56, height: 11)
    let block = Block(title: t(locked ? "signin.lockedTitle" : "signin.title"))
    block.render(into: &buffer, area: box)
    let inner = block.inner(box)
    var y = inner.y
    let intro =
      locked
      ? t("signin.lockedIntro")
      : context.isFictional
        ? t("signin.demoIntro", DemoHome.usernames.joined(separator: ", "), DemoHome.password) : t("signin.intro")
    for line in intro.wrapped(toWidth: max(1, inner.width - 2)).prefix(2) {
      buffer.put(line, x: inner.x + 1, y: y, maxWidth: inner.width - 2, style: .muted)
      y += 1
    }
    let formArea = Rect(x: inner.x + 1, y: y + 1, width: inner.width - 2, height: 4)
    Form(labelWidth: 14).render(into: &buffer, area: formArea, state: &form)
    if let error {
      for (i, line) in error.wrapped(toWidth: max(1, inner.width - 2)).prefix(2).enumerated() {
        buffer.put(line, x: inner.x + 1, y: formArea.maxY + i, maxWidth: inner.width - 2, style: .error)
      }
    }
    return form.cursor
  }

  public func perform(_ command: CommandID, context: AppContext) -> ScreenAction {
    if command == .back {
      form = FormState(
        fields: form.fields.map {
          var f = $0; f.input = .text(TextFieldState(), secret: f.id == "password"); return f
        })
      form.setFocus(0)
      return .stay
    }
    return .unhandled
  }

  public func handle(_ key: Key, context: AppContext) -> ScreenAction {
    if key == .enter {
      if form.focus == 0 {
        form.setFocus(1)
        return .stay
      }
      return signIn(context)
    }
    _ = form.handle(key)
    return .stay
  }

  private func signIn(_ context: AppContext) -> ScreenAction {
    let username = form.value("username").trimmingCharacters(in: [" "])
    let password = form.value("password")
    do {
      let actor = try flow.database.accounts.signIn(username: username, password: password)
      return flow.signedIn(actor)
    } catch {
      self.error = ErrorMessages.describe(error, context.texts)
      clearPassword()
      return .stay
    }
  }

  private func clearPassword() {
    if let i = form.index(of: "password") {
      form.fields[i].input = .text(TextFieldState(), secret: true)
      form.setFocus(i)
    }
  }
}
