import ArgumentParser
import TerminalUI
import TovholderApp
import TovholderCore

@main
struct Tovholder: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tovholder",
    abstract: "Tovholder: fagsystem til bosteder / case system for residential care homes.",
    discussion: """
      Start without a subcommand to open the terminal program. Data lives in \
      $XDG_DATA_HOME/tovholder/tovholder.sqlite unless --database or TOVHOLDER_DATABASE says otherwise.
      """,
    version: TovholderVersion.current,
    subcommands: [
      Start.self, Demo.self, Backup.self, RestoreBackup.self, Check.self, Audit.self, Export.self, AccessLog.self,
      Retention.self, Forms.self, HomeCommand.self, Manual.self,
    ],
    defaultSubcommand: Start.self
  )
}

/// Options every subcommand shares.
struct GlobalOptions: ParsableArguments {
  @Option(name: .long, help: "Sprog / language: da or en (default from LANG, Danish otherwise).")
  var language: LanguageOption?

  @Option(name: .long, help: "The database file (default: $XDG_DATA_HOME/tovholder/tovholder.sqlite).")
  var database: String?

  var resolvedLanguage: Language { language?.value ?? Language.fromEnvironment() }
}

struct LanguageOption: ExpressibleByArgument {
  let value: Language
  init?(argument: String) {
    guard let l = Language(rawValue: argument.lowercased()) else { return nil }
    value = l
  }
  static var allValueStrings: [String] { Language.allCases.map(\.rawValue) }
}

extension ThemeChoice: ExpressibleByArgument {}

struct Start: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "start", abstract: "Opens the terminal program (the default).")

  @OptionGroup var global: GlobalOptions

  @Option(help: "Colours: automatic, colors256, colors16 or monochrome (NO_COLOR also gives monochrome).")
  var theme: ThemeChoice = .automatic

  @Option(name: .customLong("idle-lock"), help: "Minutes without a key before the screen locks itself (default 5).")
  var idleLock: Double = 5

  func run() throws {
    let code = Launcher.run(
      .init(
        language: global.resolvedLanguage, theme: theme, databasePath: global.database,
        idleLockMinutes: max(0.1, idleLock)))
    if code != 0 { throw ExitCode(code) }
  }
}
