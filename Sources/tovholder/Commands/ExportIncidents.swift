import ArgumentParser
import Foundation
import TovholderApp
import TovholderCore
import TovholderStorage

/// `tovholder export incidents`: the leader's units' unintended events as CSV (`;`, UTF-8,
/// header row) or the DPSD field set, never with the reporter's identity.
struct ExportIncidents: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "incidents",
    abstract: "Writes unintended events (UTH) as CSV or the DPSD field set, without reporter identity.")

  @OptionGroup var global: GlobalOptions

  @Option(help: "First day of the event (2026-03-01 or 01-03-2026).")
  var from: DayArgument?

  @Option(help: "Last day of the event (2026-03-31 or 31-03-2026).")
  var to: DayArgument?

  @Option(help: "csv (semicolon separated, for spreadsheets) or dpsd (the DPSD field set).")
  var format: IncidentExport.Format = .csv

  @Option(help: "Write to this file instead of standard output.")
  var output: String?

  @OptionGroup var signIn: SignInOptions

  @Flag(help: "Include rejected events.")
  var includeRejected = false

  func run() throws {
    let texts = Texts(language: global.resolvedLanguage)
    let period: ClosedRange<CalendarDay>?
    do {
      period = try ExportDate.period(from: from?.day, to: to?.day)
    } catch {
      throw CommandFailure(error.message(texts), .usage)
    }
    let secret = try signIn.password(global)
    let db = try openDatabase(global)
    let actor = try signIn.signIn(db, global, password: secret)
    let text: String
    do {
      text = try db.incidents.export(
        period: period, format: format, includeRejected: includeRejected, wording: texts.wording, by: actor)
    } catch {
      throw failure(error, global)
    }
    try ExportOutput.write(text, to: output, global)
  }
}
