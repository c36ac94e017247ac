import TerminalUI
import TovholderCore
import TovholderStorage

enum PasswordResetField: String, FormFieldID { case password }

/// Admin sets a new password for an account (which also lifts a lock). Nothing here is kept
/// as a draft: a password never is.
enum PasswordResetScreen {
  static func make(session: Session, account: Account, context: AppContext) -> FormScreen<PasswordResetField> {
    let t = context.texts
    let screen = FormScreen<PasswordResetField>(
      title: t("accounts.reset.title", account.displayName), context: context,
      fields: [.secret(.password, t("accounts.field.newPassword"), required: true)], draftKey: nil
    ) { s, context in
      do {
        try session.database.accounts.resetPassword(accountID: account.id, to: s.raw(.password), by: session.actor)
      } catch {
        throw FieldProblem(PasswordResetField.password, ErrorMessages.describe(error, context.texts))
      }
      return FormSaved(context.texts("accounts.reset.done", account.username))
    }
    screen.header = { context in
      [(context.texts("accounts.reset.intro", account.displayName, account.username), .header)]
    }
    screen.labelWidth = 20
    return screen
  }
}
