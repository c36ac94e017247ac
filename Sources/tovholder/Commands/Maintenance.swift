import ArgumentParser
import Foundation
import TovholderApp
import TovholderCore
import TovholderStorage

/// `tovholder backup DEST`: a consistent copy while others keep working.
struct Backup: ParsableCommand {
  static let configuration = CommandConfiguration(abstract: "Writes a consistent copy of the database to DEST.")

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The new file to write (must not exist).") var destination: String

  func run() throws {
    let db = try openDatabase(global)
    do {
      try db.maintenance.backup(to: URL(fileURLWithPath: destination))
      say(global, "backup.done", destination)
    } catch {
      throw failure(error, global)
    }
  }
}

/// `tovholder check`: SQLite's integrity check and the audit chain.
struct Check: ParsableCommand {
  static let configuration = CommandConfiguration(abstract: "Checks the database file and the audit log.")

  @OptionGroup var global: GlobalOptions

  func run() throws {
    let db = try openDatabase(global)
    do {
      let report = try db.maintenance.integrityCheck()
      say(
        global, report.sqliteOK ? "check.sqliteOK" : "check.sqliteBad",
        report.sqliteProblems.prefix(5).joined(separator: "; "))
      try printAudit(report.audit, global)
    } catch let failure as CommandFailure {
      throw failure
    } catch {
      throw failure(error, global)
    }
  }
}

/// `tovholder audit verify`: proves the audit log untouched, or names the first broken row.
struct Audit: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "The audit log.", subcommands: [Verify.self])

  struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Verifies the audit log's hash chain.")
    @OptionGroup var global: GlobalOptions

    func run() throws {
      let db = try openDatabase(global)
      do {
        try printAudit(try db.audit.verify(), global)
      } catch let failure as CommandFailure {
        throw failure
      } catch {
        throw failure(error, global)
      }
    }
  }
}

func printAudit(_ result: AuditVerification, _ global: GlobalOptions) throws {
  switch result {
  case .intact(let rows): say(global, "audit.intact", rows)
  case .broken(let row):
    throw CommandFailure(Texts(language: global.resolvedLanguage)("audit.broken", row), .integrity)
  }
}
