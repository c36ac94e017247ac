import ArgumentParser
import Foundation
import TovholderApp
import TovholderStorage

/// `tovholder export force-report ID`: the completed force form as text in the official order,
/// naming the form and its version. Signs in as `--user` (password from --password or
/// TOVHOLDER_PASSWORD); the export is audited as a read of the resident's data.
struct ExportForceReport: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "force-report", abstract: "Writes a force report (magtanvendelse) as text in the form's order.")

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The report's number as shown on screen.") var id: Int64
  @Option(help: "Sign in as this user.") var user: String
  @Option(help: "The password (else TOVHOLDER_PASSWORD).") var password: String?
  @Option(name: .shortAndLong, help: "Write to this file instead of standard output.") var output: String?

  func run() throws {
    let db = try openDatabase(global)
    let secret = password ?? ProcessInfo.processInfo.environment["TOVHOLDER_PASSWORD"] ?? ""
    do {
      let actor = try db.accounts.signIn(username: user, password: secret)
      let text = try db.force.exportText(
        id: id, forms: db.catalogues.forceForms.all, wording: Texts(language: global.resolvedLanguage).wording,
        actor: actor)
      if let output {
        guard
          FileManager.default.createFile(
            atPath: output, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600])
        else { throw StorageError.io(errno: errno) }
      } else {
        print(text, terminator: "")
      }
    } catch {
      throw failure(error, global)
    }
  }
}
