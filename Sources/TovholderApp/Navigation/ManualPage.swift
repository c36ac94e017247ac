import Foundation
import TerminalUI
import TovholderResources

/// The man page, tovholder(1): the command reference that swift-argument-parser's
/// generate-manual plugin writes (`make man`), joined with the sections only the program
/// knows: KEYS from the command table (per screen group, in English), and ENVIRONMENT,
/// FILES, EXIT STATUS, EXAMPLES and SEE ALSO from `Resources/manual/manual-sections.mdoc`.
public enum ManualPage {
  /// `generated` (an mdoc page) with its generic EXIT STATUS section, and anything after it
  /// but AUTHORS, replaced by the program's own sections.
  public static func join(generated: String) -> String {
    var lines = generated.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let isExit = { (line: String) in line.hasPrefix(".Sh") && line.uppercased().contains("EXIT STATUS") }
    let start = lines.firstIndex(where: isExit) ?? lines.endIndex
    let authors = lines[start...].firstIndex { $0.hasPrefix(".Sh") && $0.uppercased().contains("AUTHORS") }
    let end = authors ?? lines.endIndex
    lines.replaceSubrange(start..<end, with: sections().split(separator: "\n").map(String.init))
    return lines.joined(separator: "\n")
  }

  /// KEYS, ENVIRONMENT, FILES, EXIT STATUS, EXAMPLES and SEE ALSO, in mdoc.
  public static func sections() -> String {
    let written = String(decoding: TovholderResources.manualSections, as: UTF8.self)
    return written.split(separator: "\n", omittingEmptySubsequences: false)
      .map { $0 == ".\\\" @KEYS@" ? keys(Texts(language: .en)) : String($0) }
      .filter { !$0.hasPrefix(".\\\"") }
      .joined(separator: "\n")
  }

  /// The KEYS section: every command of the table with its default keys and help text, one
  /// list per screen group, in the order the table gives.
  static func keys(_ t: Texts) -> String {
    var out = [
      ".Sh KEYS",
      "The status bar shows the keys of the screen on show, and",
      ".Sy F1",
      "(or",
      ".Sy \\&? )",
      "lists them all.",
      "Each can be rebound in",
      ".Pa $XDG_CONFIG_HOME/tovholder/keys.conf",
      "by the command name given in parentheses below.",
      "Printable keys are text while a text field has the cursor.",
    ]
    for scope in CommandScope.allCases {
      let commands = CommandTable.all.filter { $0.scope == scope }
      guard !commands.isEmpty else { continue }
      out += [".Ss \(quoted(t("manual.scope.\(scope.rawValue)")))", ".Bl -tag -width Ds"]
      for command in commands {
        let keys = command.defaultKeys.map(\.name).joined(separator: ", ")
        out.append(".It Sy \(quoted(keys))")
        out.append(text("\(t(command.labelKey)): \(t(command.helpKey)) (\(command.id.rawValue))."))
      }
      out.append(".El")
    }
    return out.joined(separator: "\n")
  }

  /// A macro argument in double quotes, escaped for roff.
  static func quoted(_ s: String) -> String {
    "\"" + escape(s).replacingOccurrences(of: "\"", with: "\\(dq") + "\""
  }

  /// A text line: roff escapes, and a line that would start a request starts with `\&`.
  static func text(_ s: String) -> String {
    let e = escape(s)
    return e.hasPrefix(".") || e.hasPrefix("'") ? "\\&" + e : e
  }

  private static func escape(_ s: String) -> String { s.replacingOccurrences(of: "\\", with: "\\e") }
}
