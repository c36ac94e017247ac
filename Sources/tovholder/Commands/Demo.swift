import ArgumentParser
import Foundation
import TovholderApp
import TovholderStorage

/// `tovholder demo [--large]`: a fictional home to try the program on.
struct Demo: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Creates a fictional demo home (refuses a database that holds data).")

  @OptionGroup var global: GlobalOptions

  @Flag(help: "The performance dataset: ten years, 260 residents, 500,000 notes (takes minutes).")
  var large = false

  func run() throws {
    let db = try openDatabase(global)
    let started = ContinuousClock.now
    let isTerminal = isatty(STDOUT_FILENO) == 1
    do {
      let summary = try DemoHome.create(in: db, size: large ? .large : .standard) { done, total in
        let percent = total > 0 ? done * 100 / total : 100
        if isTerminal {
          FileHandle.standardOutput.write(Data("\r\(percent) %".utf8))
        } else if done == total || percent % 10 == 0 {
          print("\(percent) %")
        }
      }
      if isTerminal { print("") }
      say(
        global, "demo.done", db.url.path, summary.residents, summary.notes,
        Int(started.duration(to: .now).components.seconds))
      say(global, "demo.accounts", DemoHome.usernames.joined(separator: ", "), DemoHome.password)
      say(global, "demo.fictional")
    } catch {
      throw failure(error, global)
    }
  }
}
