import ArgumentParser
import Foundation
import TovholderApp
import TovholderStorage

/// `tovholder export force-report ID`: the completed force form as text in the official order,
/// naming the form and its version. Signs in as `--user` (see `SignInOptions`); the export is
/// audited as a read of the resident's data.
struct ExportForceReport: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "force-report", abstract: "Writes a force report (magtanvendelse) as text in the form's order.")

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The report's number as shown on screen.") var id: Int64
  @OptionGroup var signIn: SignInOptions
  @Option(name: .shortAndLong, help: "Write to this file instead of standard output.") var output: String?

  func run() throws {
    let secret = try signIn.password(global)
    let db = try openDatabase(global)
    let actor = try signIn.signIn(db, global, password: secret)
    let text: String
    do {
      text = try db.force.exportText(
        id: id, forms: db.catalogues.forceForms.all, wording: Texts(language: global.resolvedLanguage).wording,
        actor: actor)
    } catch {
      throw failure(error, global)
    }
    try ExportOutput.write(text, to: output, global)
  }
}
