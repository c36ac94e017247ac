import ArgumentParser
import Foundation
import TovholderApp
import TovholderCore
import TovholderStorage

/// `tovholder backup DEST` (or `--keep N FOLDER`): a consistent copy while others keep
/// working, checked after it is written.
struct Backup: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Writes a consistent copy of the database to DEST, and checks the copy.",
    discussion: """
      With --keep N, DEST is a folder: the copy is named tovholder-YYYYMMDD-HHMMSS.sqlite and only the \
      N newest such copies are kept there (for a nightly timer; see contrib/systemd). Exit 4 when the \
      copy fails its check.
      """)

  @OptionGroup var global: GlobalOptions
  @Option(help: "Write into the folder DEST and keep only this many copies (the newest).") var keep: Int?
  @Argument(help: "The new file to write (must not exist), or with --keep a folder.") var destination: String

  func run() throws {
    let db = try openDatabase(global)
    do {
      let written: String
      if let keep {
        guard keep >= 1 else {
          throw CommandFailure(Texts(language: global.resolvedLanguage)("backup.keepPositive"), .usage)
        }
        let result = try db.maintenance.backup(intoFolder: URL(fileURLWithPath: destination), keep: keep)
        written = result.written.path
        for old in result.removed { say(global, "backup.removed", old.path) }
      } else {
        try db.maintenance.backup(to: URL(fileURLWithPath: destination))
        written = destination
      }
      let report = try Maintenance.check(copy: URL(fileURLWithPath: written))
      guard report.isOK else {
        throw CommandFailure(Texts(language: global.resolvedLanguage)("backup.checkFailed", written), .integrity)
      }
      say(global, "backup.done", written)
    } catch let failure as CommandFailure {
      throw failure
    } catch StorageError.io(errno: EEXIST) {
      throw CommandFailure(Texts(language: global.resolvedLanguage)("backup.exists", destination), .refused)
    } catch {
      throw failure(error, global, status: .refused)
    }
  }
}

/// `tovholder check`: SQLite's integrity check, the audit chain, the audit triggers, and rows
/// changed outside the program. Opens the file read-only: it stays byte-identical.
struct Check: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Checks the database file, the audit log and its triggers, and rows changed outside the program.",
    discussion:
      "Reads only: never creates, migrates or writes the file. Exit 3 when it cannot be opened, 4 when anything is wrong."
  )

  @OptionGroup var global: GlobalOptions

  func run() throws {
    let db = try openDatabase(global, readOnly: true)
    let report: IntegrityReport
    do {
      report = try db.maintenance.integrityCheck()
    } catch {
      throw readFailure(error, global)
    }
    say(
      global, report.sqliteOK ? "check.sqliteOK" : "check.sqliteBad",
      report.sqliteProblems.prefix(5).joined(separator: "; "))
    for trigger in report.tampering.missingTriggers { say(global, "check.missingTrigger", trigger) }
    for row in report.tampering.changedRows { say(global, "check.changedRow", row.table, row.id) }
    if report.tampering.isClean {
      say(global, "check.rowsOK", report.tampering.checkedRows, report.tampering.uncheckedRows)
    }
    try printAudit(report.audit, global, failed: !report.isOK)
  }
}

/// `tovholder audit verify [--anchor N:HASH]` and `tovholder audit anchor`.
struct Audit: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "The audit log: verify its chain, or print its head to keep outside the database.",
    subcommands: [Verify.self, Anchor.self])

  struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Verifies the audit log's hash chain (read-only).",
      discussion: "With --anchor (from 'audit anchor'), also proves the log still holds that row unchanged.")
    @OptionGroup var global: GlobalOptions
    @Option(help: "A head printed earlier by 'tovholder audit anchor' (ROWS:HASH or HASH).") var anchor: String?

    func run() throws {
      let parsed = try anchor.map { try AuditAnchor.parse($0, global) }
      let db = try openDatabase(global, readOnly: true)
      do {
        let result = try db.audit.verify()
        guard let parsed, result.isIntact else { return try printAudit(result, global) }
        say(global, "audit.intact", result.rowCount)
        guard let row = try db.audit.contains(parsed) else {
          throw CommandFailure(
            Texts(language: global.resolvedLanguage)("audit.anchorMissing", parsed.description), .integrity)
        }
        say(global, "audit.anchorFound", row)
      } catch let failure as CommandFailure {
        throw failure
      } catch {
        throw readFailure(error, global)
      }
    }
  }

  struct Anchor: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Prints the audit log's head (rows and hash) to keep outside the database (read-only).",
      discussion: """
        Someone who can write the database file can drop the triggers and rewrite the whole log with \
        fresh hashes. Keep the printed line elsewhere (on paper, in a mail); 'tovholder audit verify \
        --anchor LINE' later proves the log still holds it.
        """)
    @OptionGroup var global: GlobalOptions

    func run() throws {
      let db = try openDatabase(global, readOnly: true)
      do {
        let result = try db.audit.verify()
        guard result.isIntact else { return try printAudit(result, global) }
        let head = try db.audit.head()
        print(head.description)
      } catch let failure as CommandFailure {
        throw failure
      } catch {
        throw readFailure(error, global)
      }
    }
  }
}

enum AuditAnchor {
  static func parse(_ text: String, _ global: GlobalOptions) throws(CommandFailure) -> AuditHead {
    guard let head = AuditHead(text) else {
      throw CommandFailure(Texts(language: global.resolvedLanguage)("audit.badAnchor", text), .usage)
    }
    return head
  }
}

/// A check that could not read what it checks: exit 3 (cannot open), or 4 when a row
/// cannot be decoded.
private func readFailure(_ error: Error, _ global: GlobalOptions) -> CommandFailure {
  failure(error, global, status: ExitStatus(for: error) == .integrity ? .integrity : .refused)
}

func printAudit(_ result: AuditVerification, _ global: GlobalOptions, failed: Bool = false) throws(CommandFailure) {
  switch result {
  case .intact(let rows):
    say(global, "audit.intact", rows)
    if failed { throw .alreadySaid(.integrity) }
  case .broken(let row):
    throw CommandFailure(Texts(language: global.resolvedLanguage)("audit.broken", row), .integrity)
  }
}
