import ArgumentParser
import Foundation
import TovholderApp
import TovholderCore
import TovholderStorage

/// `tovholder export relative-digest RESIDENT --for-relative N --user NAME [--output FILE]`:
/// what the relative may be told today and why, and the digest of exactly that. Giving it is
/// logged on the contact log (what, when, by whom); a relative with no consent and no
/// guardianship gets nothing (exit 3).
struct ExportRelativeDigest: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "relative-digest",
    abstract: "Writes what a relative may be told today, and the digest of exactly that (logged on the contact log).")

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The resident's number as shown on screen, or the CPR number.") var resident: String
  @Option(help: "The relative: their number as shown on screen, or their name.") var forRelative: String
  @Option(name: .shortAndLong, help: "Write to this file (0600) instead of standard output.") var output: String?
  @OptionGroup var signIn: SignInOptions

  func run() throws {
    let texts = Texts(language: global.resolvedLanguage)
    let secret = try signIn.password(global)
    let db = try openDatabase(global)
    let actor = try signIn.signIn(db, global, password: secret)
    let digest: RelativeDigest
    do {
      let id = try RightsWords.resident(resident, db: db, actor: actor)
      guard let relative = try RelativeSharing.relative(forRelative, residentID: id, db: db, actor: actor) else {
        throw CommandFailure(texts("plans.cli.noRelative"), .usage)
      }
      digest = try db.relatives.digest(residentID: id, relativeID: relative.id, actor: actor)
    } catch let failure as CommandFailure {
      throw failure
    } catch {
      throw failure(error, global)
    }
    let text = RelativeDigestText.render(digest, texts, db.catalogues.informationKinds)
    guard !digest.allowedKinds.isEmpty else {
      // Nothing may be given: the refusal says why per kind, and nothing is logged as given.
      throw CommandFailure(VisibleText.of(text).trimmingCharacters(in: .newlines), .refused)
    }
    try ExportOutput.write(text, to: output, global)
    do {
      let names = digest.allowedKinds.map { $0.name(language: texts("rel.language")) }.joined(separator: ", ")
      try db.relatives.logDigestGiven(
        digest, as: .letter, said: texts("rights.tell.said", texts("rights.tell.said.file"), names), actor: actor)
    } catch {
      if let output { unlink(output) }
      throw failure(error, global)
    }
    if let output { say(global, "rights.cli.written", output) }
    FileHandle.standardError.write(
      Data((texts("rights.cli.digest.logged", VisibleText.of(digest.relative.name)) + "\n").utf8))
  }
}
