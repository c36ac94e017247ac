import ArgumentParser
import TovholderCore

/// `tovholder manual`: writes the man page (roff), generated from the argument parser's own
/// help for every subcommand, so it never drifts from `--help`.
struct Manual: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "manual", abstract: "Writes the man page to standard output.", shouldDisplay: false)

  func run() throws {
    var page = """
      .TH TOVHOLDER 1 "" "Tovholder \(TovholderVersion.current)" "User Commands"
      .SH NAME
      tovholder \\- \(Tovholder.configuration.abstract)
      .SH DESCRIPTION
      \(Tovholder.configuration.discussion)
      .SH USAGE
      .nf
      \(escape(Tovholder.helpMessage()))
      .fi

      """
    for sub in Tovholder.configuration.subcommands where sub.configuration.shouldDisplay {
      let name = sub.configuration.commandName ?? ""
      page += ".SH \(name.uppercased())\n.nf\n\(escape(Tovholder.helpMessage(for: sub)))\n.fi\n"
    }
    page += ".SH EXIT STATUS\n"
    for status in ExitStatus.allCases { page += ".TP\n\(status.rawValue)\n\(status.meaning)\n" }
    page += ".SH FILES\n$XDG_DATA_HOME/tovholder/tovholder.sqlite, $XDG_CONFIG_HOME/tovholder/keys.conf, "
    page += "$XDG_STATE_HOME/tovholder/tovholder.log\n"
    print(page)
  }

  private func escape(_ text: String) -> String {
    text.replacingOccurrences(of: "\\", with: "\\\\").split(separator: "\n", omittingEmptySubsequences: false)
      .map { $0.hasPrefix(".") || $0.hasPrefix("'") ? "\\&" + $0 : String($0) }.joined(separator: "\n")
  }
}
