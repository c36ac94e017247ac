import ArgumentParser
import Foundation
import TovholderApp
import TovholderCore
import TovholderStorage

/// How `tovholder` ends (the man page lists these).
enum ExitStatus: Int32, CaseIterable {
  case ok = 0
  /// Anything else that went wrong (disk, a missing plan …).
  case failed = 1
  /// The command line was wrong: an unknown option, a bad date or format, a missing value.
  case usage = 2
  /// Refused or cannot open: sign-in or access refused, sharing without consent, not a
  /// Tovholder database, read-only, locked, a broken catalogue.
  case refused = 3
  /// The data failed a check: a broken audit chain, a row that cannot be read.
  case integrity = 4

  var meaning: String {
    switch self {
    case .ok: "success"
    case .failed: "failed (e.g. the disk is full, the plan does not exist)"
    case .usage: "usage: an unknown option, a bad date or format, a missing value"
    case .refused:
      "refused or cannot open: sign-in, access or sharing refused; not a Tovholder database, read-only, locked; a broken catalogue"
    case .integrity: "integrity: the audit chain is broken or a row cannot be read (run tovholder check)"
    }
  }

  /// The one choice of status for an error a command throws.
  init(for error: any Error) {
    guard let e = error as? StorageError else {
      self = .failed
      return
    }
    switch e {
    case .notATovholderDatabase, .newerSchema, .readOnly, .locked, .cannotCreateFolder, .notInitialized,
      .missingDatabase, .emptyDatabase, .networkFileSystem, .accessDenied, .residentNotAvailable, .signInRefused,
      .relatives(.sharingRefused), .health(.noHealthConsent):
      self = .refused
    case .undecodable: self = .integrity
    default: self = .failed
    }
  }
}

/// A command that cannot do its job: the message, already in the user's language, and how
/// the program ends. Commands throw it; `Tovholder.main` prints it and exits.
struct CommandFailure: Error {
  var message: String
  var status: ExitStatus

  init(_ message: String, _ status: ExitStatus) {
    self.message = message
    self.status = status
  }

  /// A failure whose reasons the command has already printed (`check`'s report).
  static func alreadySaid(_ status: ExitStatus) -> CommandFailure { CommandFailure("", status) }

  /// Any error: its text (`UserMessage`) and its status (`ExitStatus(for:)`).
  init(_ error: any Error, _ texts: Texts) {
    if let failure = error as? CommandFailure {
      self = failure
    } else {
      self.init(ErrorMessages.describe(error, texts), ExitStatus(for: error))
    }
  }
}

extension Tovholder {
  /// The one place the command line's errors are printed and its exit status chosen.
  static func main() {
    let status: Int32
    do {
      var command = try parseAsRoot()
      try command.run()
      status = ExitStatus.ok.rawValue
    } catch let failure as CommandFailure {
      if !failure.message.isEmpty {
        FileHandle.standardError.write(Data(("tovholder: " + failure.message + "\n").utf8))
      }
      status = failure.status.rawValue
    } catch let code as ExitCode {
      // Already reported where it arose (the terminal program's own exit).
      status = code.rawValue
    } catch {
      // The parser's: --help and --version end well; anything else is a usage error.
      if exitCode(for: error) == .success {
        print(fullMessage(for: error))
        status = ExitStatus.ok.rawValue
      } else {
        FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
        status = ExitStatus.usage.rawValue
      }
    }
    Foundation.exit(status)
  }
}

/// A day on the command line, `2026-03-01` or `01-03-2026`, checked by the parser.
struct DayArgument: ExpressibleByArgument {
  let day: CalendarDay

  init?(argument: String) {
    guard let day = try? ExportDate.parse(argument) else { return nil }
    self.day = day
  }

  static var defaultCompletionKind: CompletionKind { .default }
}

extension IncidentExport.Format: ExpressibleByArgument {}
