import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// Staff accounts: who can sign in, their role, units and expiry. Ctrl-N creates an account
/// (a leader: a time-limited one for a temp), F4 sets a new password (admin).
final class AccountListScreen: TableScreen {
  let session: Session
  var accounts: [Account] = []

  init(session: Session) {
    self.session = session
    super.init(
      titleKey: "accounts.title",
      columns: [
        ColumnSpec("accounts.col.name", .flexible(min: 12)), ColumnSpec("accounts.col.username", .fixed(12)),
        ColumnSpec("accounts.col.role", .fixed(9)), ColumnSpec("accounts.col.units", .fixed(18)),
        ColumnSpec("accounts.col.status", .fixed(16)),
      ], emptyKey: "accounts.empty", load: { _ in [] })
    load = { [unowned self] context in
      let t = context.texts
      do {
        accounts = try session.database.accounts.list(for: session.actor)
      } catch {
        context.show(ErrorMessages.describe(error, t), kind: .error)
      }
      let now = context.clock()
      return accounts.map { a in
        let units = a.unitIDs.sorted().compactMap { session.unitNames[$0] }.joined(separator: ", ")
        var status = a.isActive ? "" : t("accounts.status.closed")
        if let until = a.lockedUntil, until > now { status = t("accounts.status.locked", DateWording.time(until)) }
        if let expiry = a.expiresAt {
          status = expiry < now ? t("accounts.status.expired") : t("accounts.status.expires", DateWording.day(expiry))
        }
        return [a.displayName, a.username, t("role.\(a.role.rawValue)"), units, status]
      }
    }
    onCommand[.new] = { [unowned self] _, context in
      open(AccountFormScreen.make(session: session, context: context))
    }
    if session.actor.role == .admin {
      onCommand[.edit] = { [unowned self] row, context in
        guard let row, accounts.indices.contains(row) else { return .stay }
        return .push(PasswordResetScreen.make(session: session, account: accounts[row], context: context))
      }
      commandHints = [(.new, "accounts.new"), (.edit, "accounts.resetPassword")]
    } else {
      commandHints = [(.new, "accounts.newTemp")]
    }
  }
}
