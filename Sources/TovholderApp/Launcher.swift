import Foundation
import TerminalUI

#if canImport(Glibc)
  import Glibc
#endif

/// Starts the terminal program: reads the user's keys, opens the terminal, runs the shell
/// and always gives the terminal back. The command line calls this and nothing else.
public enum Launcher {
  public struct Options {
    public var language: Language
    public var theme: ThemeChoice
    public var databasePath: String?

    public init(language: Language, theme: ThemeChoice = .automatic, databasePath: String? = nil) {
      self.language = language
      self.theme = theme
      self.databasePath = databasePath
    }
  }

  /// Runs the program; returns the process exit code.
  public static func run(_ options: Options) -> Int32 {
    let texts = Texts(language: options.language)
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
      FileHandle.standardError.write(Data((texts("cli.error.notTerminal") + "\n").utf8))
      return 2
    }
    let context = AppContext(texts: texts)
    let problems = loadKeys(into: context)
    let shell = Shell(root: MainMenuScreen(entries: menuEntries(options)), context: context)
    if let first = problems.first { context.show(first, kind: .warning, seconds: 10) }

    TerminalRestore.shared.install()
    let backend = NcursesBackend(themeChoice: options.theme)
    defer { backend.shutdown() }
    AppRunner(shell: shell, backend: backend).run()
    return 0
  }

  static func menuEntries(_ options: Options) -> [MenuEntry] {
    [
      MenuEntry(titleKey: "menu.about", descriptionKey: "menu.about.description") { _ in
        AboutScreen(databasePath: options.databasePath)
      }
    ]
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
