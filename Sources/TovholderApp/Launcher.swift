import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

#if canImport(Glibc)
  import Glibc
#endif

/// Starts the terminal program: opens the database, reads the user's keys, opens the
/// terminal, runs the shell and always gives the terminal back. The command line calls this.
public enum Launcher {
  public struct Options {
    public var language: Language
    public var theme: ThemeChoice
    public var databasePath: String?
    /// Minutes without a key before the screen locks itself.
    public var idleLockMinutes: Double
    /// Where a home's own catalogue files are (`$XDG_CONFIG_HOME/tovholder`).
    public var configDirectory: String

    public init(
      language: Language, theme: ThemeChoice = .automatic, databasePath: String? = nil, idleLockMinutes: Double = 5,
      configDirectory: String = UserPaths.configDirectory
    ) {
      self.language = language
      self.theme = theme
      self.databasePath = databasePath
      self.idleLockMinutes = idleLockMinutes
      self.configDirectory = configDirectory
    }
  }

  /// The database file: `--database`, else TOVHOLDER_DATABASE, else the XDG default.
  public static func databaseURL(_ path: String?) -> URL {
    if let path, !path.isEmpty { return URL(fileURLWithPath: path) }
    if let env = ProcessInfo.processInfo.environment["TOVHOLDER_DATABASE"], !env.isEmpty {
      return URL(fileURLWithPath: env)
    }
    return AppDatabase.defaultURL()
  }

  /// Loads the catalogues (a home's own files first) and opens the database with them, or
  /// explains in the user's language why not (exit code 3): a broken catalogue stops the
  /// program here, naming the file and the fault, before any screen needs it.
  /// `readOnly`: for checks; the file must exist and is never created, migrated or written.
  public static func openDatabase(_ options: Options, readOnly: Bool = false) -> Result<AppDatabase, LaunchFailure> {
    let texts = Texts(language: options.language)
    let catalogues: Catalogues
    do throws(CatalogueLoadError) {
      catalogues = try CatalogueLoader.load(overridesIn: options.configDirectory)
    } catch {
      return .failure(LaunchFailure(message: texts("error.catalogue", error.file, error.fault), code: 3))
    }
    let url = databaseURL(options.databasePath)
    let databaseOptions = AppDatabase.Options(logger: AppLog.logger, catalogues: catalogues)
    do {
      return .success(
        readOnly
          ? try AppDatabase.openReadOnly(at: url, options: databaseOptions)
          : try AppDatabase.open(at: url, options: databaseOptions))
    } catch {
      return .failure(LaunchFailure(message: ErrorMessages.describe(error, texts), code: 3))
    }
  }

  public struct LaunchFailure: Error {
    public let message: String
    public let code: Int32
  }

  /// Runs the program; returns the process exit code.
  public static func run(_ options: Options) -> Int32 {
    let texts = Texts(language: options.language)
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
      return fail(texts("cli.error.notTerminal"), code: 2)
    }
    let database: AppDatabase
    switch openDatabase(options) {
    case .success(let db): database = db
    case .failure(let failure): return fail(failure.message, code: failure.code)
    }
    let context = AppContext(texts: texts)
    let problems = loadKeys(into: context)
    let flow = SessionFlow(database: database, context: context)
    let shell = Shell(root: flow.firstScreen(), context: context)
    shell.terminalDatabase = { [unowned flow] in flow.database }
    if let first = problems.first { context.show(first, kind: .warning, seconds: 10) }

    TerminalRestore.shared.install()
    let backend = NcursesBackend(themeChoice: options.theme)
    defer { backend.shutdown() }
    let runner = AppRunner(shell: shell, backend: backend)
    runner.onLock = { flow.lock($0) }
    runner.idleLimit = options.idleLockMinutes * 60
    runner.onIdle = { shell in if context.session != nil { flow.lock(shell) } }
    runner.run()
    return 0
  }

  static func fail(_ message: String, code: Int32) -> Int32 {
    FileHandle.standardError.write(Data(("tovholder: " + message + "\n").utf8))
    return code
  }

  /// Applies keys.conf when it exists; returns one message per bad line.
  static func loadKeys(into context: AppContext) -> [String] {
    guard let text = try? String(contentsOfFile: UserPaths.keysFile, encoding: .utf8) else { return [] }
    return context.keymap.apply(config: text).map { describe($0, context.texts) }
  }

  static func describe(_ problem: Keymap.LineProblem, _ t: Texts) -> String {
    switch problem.kind {
    case .syntax: return t("keys.problem.syntax", problem.line)
    case .unknownCommand(let c): return t("keys.problem.command", problem.line, c)
    case .unknownKey(let k): return t("keys.problem.key", problem.line, k)
    }
  }
}
