import ArgumentParser
import Foundation
import TovholderApp
import TovholderCore
import TovholderStorage

/// `tovholder access-log RESIDENT [--from D --to D] --user NAME`: who read or changed what
/// about the resident, when, in plain words, newest first (searches that showed them
/// included). Leaders of the resident's unit; the look-up is itself logged.
struct AccessLog: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "access-log",
    abstract: "Shows who read or changed what about a resident, and when (leaders of the resident's unit).")

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The resident's number as shown on screen, or the CPR number.") var resident: String
  @Option(help: "First day (2026-03-01 or 01-03-2026).") var from: DayArgument?
  @Option(help: "Last day (2026-03-31 or 31-03-2026).") var to: DayArgument?
  @OptionGroup var signIn: SignInOptions

  func run() throws {
    let texts = Texts(language: global.resolvedLanguage)
    let period: ClosedRange<CalendarDay>?
    do { period = try ExportDate.period(from: from?.day, to: to?.day) } catch {
      throw CommandFailure(error.message(texts), .usage)
    }
    let secret = try signIn.password(global)
    let db = try openDatabase(global)
    let actor = try signIn.signIn(db, global, password: secret)
    let entries: [AuditEntry]
    do {
      let id = try RightsWords.resident(resident, db: db, actor: actor)
      entries = try db.rights.accessLog(
        residentID: id, from: from == nil ? nil : period?.lowerBound.start(in: .danish),
        to: to == nil ? nil : period?.upperBound.adding(days: 1).start(in: .danish).addingTimeInterval(-0.001),
        actor: actor)
    } catch {
      throw failure(error, global)
    }
    guard !entries.isEmpty else {
      say(global, "rights.cli.access.none")
      return
    }
    let lines = entries.map {
      [
        DateWording.dateTime($0.at), RightsWords.who($0, texts), RightsWords.readOrChanged($0, texts),
        RightsWords.what($0, texts),
      ].joined(separator: "  ")
    }
    FileHandle.standardOutput.write(Data(VisibleText.of(lines.joined(separator: "\n") + "\n").utf8))
  }
}
