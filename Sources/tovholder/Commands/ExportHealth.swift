import ArgumentParser
import Foundation
import TovholderApp
import TovholderCore
import TovholderStorage

/// `tovholder export screenings RESIDENT --user NAME [--for-relative N]`: the health summary for
/// the GP or the health check, as text on standard output. Needs the resident's health consent,
/// and for a relative also a consent (or guardianship) that covers health for that relative.
struct ExportScreenings: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "screenings",
    abstract: "Writes a resident's health summary for the GP (resident's number or CPR).")

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The resident's number or CPR number.") var resident: String
  @OptionGroup var signIn: SignInOptions
  @Option(help: "The relative the summary is for: their number as shown on screen, or their name.")
  var forRelative: String?

  func run() throws {
    let secret = try signIn.password(global)
    let db = try openDatabase(global)
    let actor = try signIn.signIn(db, global, password: secret)
    do {
      let id = try ExportScreenings.residentID(resident, db: db, actor: actor)
      let relative = try forRelative.map { try requireSharing(with: $0, residentID: id, db: db, actor: actor) }
      let summary = try db.health.exportSummary(residentID: id, actor: actor)
      let texts = Texts(language: global.resolvedLanguage)
      try ExportOutput.write(
        summary.text(HealthFormat(language: texts.language.rawValue) { texts($0) }), to: nil, global)
      if let relative {
        try db.relatives.logReportGiven(
          residentID: id, relativeID: relative.id, said: texts("rights.report.said.health"), toldAboutHealth: true,
          actor: actor)
      }
    } catch ExportScreenings.Problem.badResident {
      throw CommandFailure(text("health.cli.badResident"), .usage)
    } catch let failure as CommandFailure {
      throw failure
    } catch {
      throw failure(error, global)
    }
  }

  enum Problem: Error { case badResident }

  /// Refuses (exit 2 or 3, with the reason) unless the resident's consent or a guardianship
  /// lets `reference` be told about health. The check is audited whether or not it allows.
  private func requireSharing(with reference: String, residentID: ResidentID, db: AppDatabase, actor: Actor) throws
    -> Relative
  {
    guard let relative = try RelativeSharing.relative(reference, residentID: residentID, db: db, actor: actor) else {
      throw CommandFailure(text("plans.cli.noRelative"), .usage)
    }
    do {
      _ = try RelativeSharing.check(db).require(
        residentID: residentID, relativeID: relative.id, kindCode: SharingCheck.health, actor: actor)
      return relative
    } catch .relatives(.sharingRefused(let reason)) {
      let texts = Texts(language: global.resolvedLanguage)
      let why = RelativeSharing.refusal(
        reason, relativeName: relative.name, kindCode: SharingCheck.health, texts: texts,
        kinds: db.catalogues.informationKinds)
      throw CommandFailure(texts("health.cli.refused", why), .refused)
    }
  }

  /// A short number is the resident's number; ten digits (with or without dash) a CPR number.
  static func residentID(_ text: String, db: AppDatabase, actor: Actor) throws -> ResidentID {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    if trimmed.count <= 8, let id = ResidentID(trimmed) {
      return try db.residents.fetch(id: id, actor: actor).id
    }
    guard let cpr = try? CPRNumber(trimmed) else { throw Problem.badResident }
    return try db.residents.fetch(cpr: cpr, actor: actor).id
  }

  private func text(_ key: String) -> String { Texts(language: global.resolvedLanguage)(key) }
}
