import Foundation
import TovholderCore
import TovholderStorage

/// The first-run screen's other way in: the fictional demo home, in a file of its own
/// (`demo.sqlite` in the data folder), made the first time and opened as it is after that.
/// The terminal's own empty database is left untouched.
extension SessionFlow {
  /// `$XDG_DATA_HOME/tovholder/demo.sqlite`.
  static func demoURL(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
    AppDatabase.defaultURL(environment: environment).deletingLastPathComponent().appendingPathComponent("demo.sqlite")
  }

  /// Opens (making it when new) the demo home at `url` and goes on to its sign-in, or says
  /// why not (the message is for the message line).
  func openDemo() -> Result<ScreenAction, DemoRefusal> {
    let url = demoLocation
    do {
      let demo =
        url.standardizedFileURL == database.url.standardizedFileURL
        ? database : try AppDatabase.open(at: url, options: database.options)
      if let home = try demo.setup.home() {
        guard home.isFictional else { return .failure(.notTheDemo(path: url.path)) }
      } else {
        try DemoHome.create(in: demo)
      }
      return .success(switchTo(demo: demo))
    } catch {
      return .failure(.storage(error))
    }
  }

  enum DemoRefusal: Error {
    /// A real home lives in the demo's file: it is never opened as the demo.
    case notTheDemo(path: String)
    case storage(Error)

    func message(_ t: Texts) -> String {
      switch self {
      case .notTheDemo(let path): return t("firstRun.demo.notDemo", path)
      case .storage(let error): return ErrorMessages.describe(error, t)
      }
    }
  }
}
