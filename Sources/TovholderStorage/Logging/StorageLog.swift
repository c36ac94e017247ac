import Logging

/// The only way Storage logs: an event kind and ids. Names, CPR numbers and note text can
/// never reach the log because no event case can carry a string from the user.
struct StorageLog {
  let logger: Logger

  enum Event {
    case opened
    case signedIn(account: Int64)
    case signInFailed(account: Int64?)
    case accountLocked(account: Int64)
    case accountCreated(account: Int64)
    case passwordReset(account: Int64)
    case residentCreated(resident: Int64)
    case residentUpdated(resident: Int64)
    case noteCreated(note: Int64, resident: Int64)
    case noteUpdated(note: Int64, resident: Int64)
    case versionConflict(table: Table, id: Int64)
    case accessDenied(account: Int64)
    case auditBroken(row: Int64)
    case backup
    case restored
    case demoProgress(done: Int, total: Int)

    enum Table: String { case resident, note, account, unit }
  }

  func event(_ event: Event) {
    switch event {
    case .opened: logger.info("database.opened")
    case .signedIn(let a): logger.info("signin.ok", metadata: ["account": "\(a)"])
    case .signInFailed(let a):
      logger.notice("signin.failed", metadata: ["account": "\(a.map(String.init) ?? "unknown")"])
    case .accountLocked(let a): logger.notice("signin.locked", metadata: ["account": "\(a)"])
    case .accountCreated(let a): logger.info("account.created", metadata: ["account": "\(a)"])
    case .passwordReset(let a): logger.info("account.passwordReset", metadata: ["account": "\(a)"])
    case .residentCreated(let r): logger.info("resident.created", metadata: ["resident": "\(r)"])
    case .residentUpdated(let r): logger.info("resident.updated", metadata: ["resident": "\(r)"])
    case .noteCreated(let n, let r):
      logger.info("note.created", metadata: ["note": "\(n)", "resident": "\(r)"])
    case .noteUpdated(let n, let r):
      logger.info("note.updated", metadata: ["note": "\(n)", "resident": "\(r)"])
    case .versionConflict(let t, let id):
      logger.notice("version.conflict", metadata: ["table": "\(t.rawValue)", "id": "\(id)"])
    case .accessDenied(let a): logger.notice("access.denied", metadata: ["account": "\(a)"])
    case .auditBroken(let row): logger.error("audit.broken", metadata: ["row": "\(row)"])
    case .restored: logger.notice("database.restored")
    case .backup: logger.info("database.backup")
    case .demoProgress(let done, let total):
      logger.debug("demo.progress", metadata: ["done": "\(done)", "total": "\(total)"])
    }
  }
}
