import ArgumentParser
import Foundation
import TovholderApp
import TovholderCore
import TovholderStorage

/// `tovholder home …`: the home's settings from the command line, beside the admin's screen
/// (Bostedets indstillinger): name, address, acting municipality and shift changes.
struct HomeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "home", abstract: "Shows or sets the home's name, address, acting municipality and shift changes.",
    subcommands: [HomeShow.self, HomeSet.self])
}

/// `tovholder home show`: the settings as they are.
struct HomeShow: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "show", abstract: "Shows the home's settings.")

  @OptionGroup var global: GlobalOptions

  func run() throws {
    let db = try openDatabase(global, readOnly: true)
    guard let home = (try? db.setup.home()) ?? nil else {
      throw failure(StorageError.notFound, global, status: .refused)
    }
    for line in HomeWording.lines(home, Texts(language: global.resolvedLanguage)) { print(line) }
  }
}

/// `tovholder home set [--name N] [--address A] [--municipality M] [--shifts 07:00,15:00,23:00] --user LEADER`:
/// changes what is given, checks it as the screen does, and saves it audited.
struct HomeSet: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "set", abstract: "Changes the home's settings (admin or leader); what is not given stays.")

  @OptionGroup var global: GlobalOptions
  @Option(help: "The home's name.") var name: String?
  @Option(help: "The home's address.") var address: String?
  @Option(help: "The acting municipality (handlekommune).") var municipality: String?
  @Option(help: "When the day, evening and night shifts begin, e.g. 07:00,15:00,23:00.") var shifts: String?
  @OptionGroup var signIn: SignInOptions

  func run() throws {
    let t = Texts(language: global.resolvedLanguage)
    var times: ShiftTimes?
    if let shifts {
      let parts = shifts.split(separator: ",").map { TimeOfDay(parsing: $0.trimmingCharacters(in: .whitespaces)) }
      guard parts.count == 3, let d = parts[0], let e = parts[1], let n = parts[2] else {
        throw CommandFailure(t("home.cli.badShifts", shifts), .usage)
      }
      times = ShiftTimes(day: d.minuteOfDay, evening: e.minuteOfDay, night: n.minuteOfDay)
    }
    let secret = try signIn.password(global)
    let db = try openDatabase(global)
    let actor = try signIn.signIn(db, global, password: secret)
    guard var home = (try? db.setup.home()) ?? nil else {
      throw failure(StorageError.notFound, global, status: .refused)
    }
    if let name { home.name = name }
    if let address { home.address = address }
    if let municipality { home.actingMunicipality = municipality }
    if let times { home.shiftTimes = times }
    let saved: Home
    do {
      saved = try db.setup.updateHome(home, by: actor)
    } catch {
      throw failure(error, global, status: .refused)
    }
    say(global, "home.settings.saved")
    for line in HomeWording.lines(saved, t) { print(line) }
  }
}

enum HomeWording {
  static func lines(_ home: Home, _ t: Texts) -> [String] {
    func time(_ minute: Int) -> String { TimeOfDay(minuteOfDay: minute)?.description ?? "–" }
    let s = home.shiftTimes
    return [
      t("home.settings.name") + ": " + home.name,
      t("home.settings.address") + ": " + (home.address.isEmpty ? "–" : home.address),
      t("home.settings.municipality") + ": " + (home.actingMunicipality.isEmpty ? "–" : home.actingMunicipality),
      t("home.cli.shifts", time(s.day), time(s.evening), time(s.night)),
    ]
  }
}
