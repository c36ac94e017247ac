import ArgumentParser
import Foundation
import TovholderApp
import TovholderCore
import TovholderResources
import TovholderStorage

/// `tovholder export resident RESIDENT --format json|text [--output FILE] --user NAME`:
/// everything held about one resident (GDPR art. 15), for leaders of the resident's unit.
struct ExportResident: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "resident",
    abstract: "Writes everything held about a resident (right of access): JSON or a text document.",
    discussion: """
      Every row about the resident in every table (the register entry, notes, the plan with goals, \
      progress and follow-ups, relatives, consents and their history, guardianships, the contact log, \
      screenings, UTH events that concern them without the reporter, violent episodes, force reports, \
      risk checks) and who has read or changed it. Leaders of the resident's unit only; the export is \
      logged. The JSON follows the schema `tovholder export resident --schema` prints \
      (Resources/schemas/resident-copy.v1.schema.json).
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable { case json, text }

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The resident's number as shown on screen, or the CPR number.") var resident: String?
  @Option(help: "json or text.") var format: Format = .json
  @Option(name: .shortAndLong, help: "Write to this file (0600) instead of standard output.") var output: String?
  @Flag(help: "Print the JSON Schema of the copy and exit.") var schema = false
  @OptionGroup var signIn: SignInOptions

  func run() throws {
    if schema {
      FileHandle.standardOutput.write(Data(TovholderResources.residentCopySchema))
      return
    }
    let texts = Texts(language: global.resolvedLanguage)
    guard let resident else { throw CommandFailure(texts("rights.cli.badResident"), .usage) }
    let secret = try signIn.password(global)
    let db = try openDatabase(global)
    let actor = try signIn.signIn(db, global, password: secret)
    let text: String
    do {
      let id = try RightsWords.resident(resident, db: db, actor: actor)
      let copy = try db.rights.copy(residentID: id, actor: actor)
      switch format {
      case .json: text = try copy.json { RightsWords.what($0, texts) }
      case .text: text = ResidentCopyText.render(copy, texts)
      }
    } catch {
      throw failure(error, global)
    }
    try ExportOutput.write(text, to: output, global)
    if let output { say(global, "rights.cli.written", output) }
  }
}
