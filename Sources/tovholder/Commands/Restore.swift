import ArgumentParser
import Foundation
import TovholderApp
import TovholderCore
import TovholderStorage

/// `tovholder restore BACKUP`: puts a checked backup back while nobody has the database open.
struct RestoreBackup: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "restore",
    abstract: "Puts a backup back in place of the database, after checking it.",
    discussion: """
      The backup must pass the checks of 'tovholder check' (SQLite's integrity check and the audit \\
      chain). Refused while any program has the database open: ask everyone to quit Tovholder \\
      first. The replaced file is kept beside it as NAME.replaced-YYYYMMDD-HHMMSS, and the restore \\
      is written in the audit log. Exit 3 when the database is in use or can't be written, 4 when \\
      the backup fails its check.
      """)

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The backup file to put back (from 'tovholder backup').") var backup: String

  func run() throws {
    let texts = Texts(language: global.resolvedLanguage)
    let database = Launcher.databaseURL(global.database)
    let source = URL(fileURLWithPath: backup)
    if source.standardizedFileURL.path == database.standardizedFileURL.path {
      throw CommandFailure(texts("restore.sameFile", backup), .usage)
    }
    do {
      let result = try Restore.restore(
        backup: source, over: database, actorName: Self.systemUser(), options: .init(logger: AppLog.logger))
      say(global, "restore.done", backup, database.path)
      if let replaced = result.replacedPath { say(global, "restore.kept", replaced) }
    } catch Restore.Refusal.databaseInUse(let pid) {
      throw CommandFailure(texts("restore.inUse", database.path, pid), .refused)
    } catch Restore.Refusal.backupDamaged(let report) {
      say(
        global, report.sqliteOK ? "check.sqliteOK" : "check.sqliteBad",
        report.sqliteProblems.prefix(5).joined(separator: "; "))
      try? printAudit(report.audit, global)
      throw CommandFailure(texts("restore.damaged", backup), .integrity)
    } catch {
      throw failure(error, global, status: .refused)
    }
  }

  /// The system account running the command, for the audit row (e.g. "tovholder (system)").
  static func systemUser() -> String {
    let name = getpwuid(getuid()).flatMap { String(validatingCString: $0.pointee.pw_name) } ?? "uid \(getuid())"
    return "\(name) (restore)"
  }
}
