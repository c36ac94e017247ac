import ArgumentParser
import Foundation
import TovholderApp
import TovholderCore

/// `tovholder manual GENERATED`: the man page. `make man` runs swift-argument-parser's
/// generate-manual plugin for the command reference and passes its page here; this joins
/// the sections only the program knows (KEYS from the command table, ENVIRONMENT, FILES,
/// EXIT STATUS, EXAMPLES). Without GENERATED it writes those sections alone.
struct Manual: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "manual", abstract: "Writes the man page (mdoc) to standard output.", shouldDisplay: false)

  @Argument(help: "The page generate-manual wrote for tovholder.") var generated: String?

  @OptionGroup var global: GlobalOptions

  func run() throws {
    guard let generated else { return print(ManualPage.sections()) }
    guard let page = try? String(contentsOfFile: generated, encoding: .utf8) else {
      let message = Texts(language: global.resolvedLanguage)("manual.cannotRead", generated)
      throw CommandFailure(message, .usage)
    }
    print(ManualPage.join(generated: page))
  }
}
