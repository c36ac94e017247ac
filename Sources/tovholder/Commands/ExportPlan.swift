import ArgumentParser
import Foundation
import TovholderApp
import TovholderCore
import TovholderStorage

extension StatusReport.Format: ExpressibleByArgument {}

/// `tovholder export plan RESIDENT [--format markdown|text] [--for-relative N]`: the plan's status report.
struct ExportPlan: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "plan",
    abstract: "Writes a resident's plan as a status report (goals, progress and charts, follow-ups).",
    discussion: """
      Give the report only to those the resident has consented to: with --for-relative the \
      report is written only when a consent to share the plan (or a guardianship within scope) \
      covers that relative; otherwise it is refused with the reason and exit status 3. The export \
      and the check are logged.
      """)

  @OptionGroup var global: GlobalOptions

  @Argument(help: "The resident's number as shown on screen, or the CPR number.")
  var resident: String

  @Option(help: "markdown or text.") var format: StatusReport.Format = .markdown
  @Option(help: "The relative the report is for: their number as shown on screen, or their name.")
  var forRelative: String?
  @OptionGroup var signIn: SignInOptions
  @Option(name: .shortAndLong, help: "Write to this file instead of standard output.") var output: String?

  func run() throws {
    let secret = try signIn.password(global)
    let db = try openDatabase(global)
    let texts = Texts(language: global.resolvedLanguage)
    let report: String
    let residentID: ResidentID
    let actor: Actor
    var relative: Relative?
    actor = try signIn.signIn(db, global, password: secret)
    do {
      residentID = try db.plans.resident(reference: resident, actor: actor).id
      if let forRelative {
        relative = try RelativeSharing.relative(forRelative, residentID: residentID, db: db, actor: actor)
        if relative == nil { throw CommandFailure(texts("plans.cli.noRelative"), .usage) }
      }
    } catch let failure as CommandFailure {
      throw failure
    } catch {
      throw failure(error, global)
    }
    do {
      report = try db.plans.statusReport(
        residentID: residentID, format: format, wording: PlanTexts.wording(texts, db.catalogues.plans), actor: actor,
        forRelative: relative?.id, sharing: RelativeSharing.check(db))
    } catch .notFound {
      throw CommandFailure(texts("plans.cli.noPlan"), .failed)
    } catch .relatives(.sharingRefused(let reason)) {
      let why = RelativeSharing.refusal(
        reason, relativeName: relative?.name ?? "", kindCode: SharingCheck.plan, texts: texts,
        kinds: db.catalogues.informationKinds)
      throw CommandFailure(texts("plans.cli.refused", why), .refused)
    } catch {
      throw failure(error, global)
    }
    try ExportOutput.write(report, to: output, global)
    if let relative {
      do {
        try db.relatives.logReportGiven(
          residentID: residentID, relativeID: relative.id, said: texts("rights.report.said.plan"),
          toldAboutHealth: false, actor: actor)
      } catch {
        throw failure(error, global)
      }
    }
    if let output { say(global, "plans.cli.written", output) }
  }
}
