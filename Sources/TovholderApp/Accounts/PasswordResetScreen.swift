import TerminalUI
import TovholderCore
import TovholderStorage

/// Admin sets a new password for an account (which also lifts a lock).
final class PasswordResetScreen: Screen {
  let session: Session
  let account: Account
  var form: FormState

  init(session: Session, account: Account, context: AppContext) {
    self.session = session
    self.account = account
    let t = context.texts
    form = FormState(
      fields: [.text(id: "password", label: t("accounts.field.newPassword"), isRequired: true, secret: true)],
      requiredMessage: t("form.required"))
  }

  func title(_ context: AppContext) -> String { context.texts("accounts.reset.title", account.displayName) }
  var isEditingText: Bool { true }
  var scopes: [CommandScope] { [.form] }

  func draw(into buffer: inout Buffer, area: Rect, context: AppContext) -> Point? {
    let inner = area.inset(horizontal: 1, vertical: 1)
    buffer.put(
      context.texts("accounts.reset.intro", account.displayName, account.username), x: inner.x, y: inner.y,
      maxWidth: inner.width, style: .header)
    Form(labelWidth: 20).render(
      into: &buffer, area: Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: 3), state: &form)
    return form.cursor
  }

  func perform(_ command: CommandID, context: AppContext) -> ScreenAction {
    command == .save ? save(context) : .unhandled
  }

  func handle(_ key: Key, context: AppContext) -> ScreenAction {
    if key == .enter { return save(context) }
    _ = form.handle(key)
    return .stay
  }

  private func save(_ context: AppContext) -> ScreenAction {
    guard form.validateAll() else { return .stay }
    do {
      try session.database.accounts.resetPassword(accountID: account.id, to: form.value("password"), by: session.actor)
      context.show(context.texts("accounts.reset.done", account.username))
      return .pop
    } catch {
      form.setMessage(ErrorMessages.describe(error, context.texts), for: "password")
      return .stay
    }
  }
}
