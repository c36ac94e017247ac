import Foundation
import TerminalUI
import Testing
import TovholderCore
import TovholderStorage

@testable import TovholderApp

/// The first-run screen opens the fictional demo home in one key, in a file of its own, marked
/// as fictional on every title line (issue 19).
@MainActor
@Suite struct FirstRunDemoTests {
  /// A terminal on an empty database, with the demo's file in the same temporary folder.
  final class EmptyStart {
    let folder: URL
    let database: AppDatabase
    let context = AppContext(texts: Texts(language: .da))
    let flow: SessionFlow
    let shell: Shell

    init(demo: URL? = nil) throws {
      folder = FileManager.default.temporaryDirectory.appendingPathComponent("tvh-firstrun-\(UUID().uuidString)")
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      database = try AppDatabase.open(
        at: folder.appendingPathComponent("tovholder.sqlite"), options: .init(passwordHashing: .fastForTesting))
      flow = SessionFlow(database: database, context: context)
      flow.demoLocation = demo ?? folder.appendingPathComponent("demo.sqlite")
      shell = Shell(root: flow.firstScreen(), context: context)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    func screen(width: Int = 80, height: Int = 24) -> String {
      shell.render(size: Size(width: width, height: height)).0.text
    }

    /// Keys as the real program gets them: a frame drawn after each.
    func press(_ keys: Key...) {
      for key in keys {
        shell.handle(key)
        _ = screen()
      }
    }

    func type(_ text: String) { for c in text { press(.char(c)) } }
  }

  @Test func oneKeyMakesTheDemoInItsOwnFileAndEveryTitleLineSaysItIsFictional() throws {
    let start = try EmptyStart()
    let first = start.screen()
    #expect(first.contains("F9 åbner en fiktiv demo-bolig"))
    #expect(first.contains("F9 Prøv demo"))

    start.shell.handle(.function(9))
    #expect(start.screen().contains("Laver den fiktive demo-bolig"), "said before the work starts")
    start.shell.runAfterFrame()
    let signIn = start.screen()
    #expect(signIn.split(separator: "\n")[0].contains("Tovholder · FIKTIV DEMO"))
    #expect(signIn.contains("Fiktiv demo: log ind som admin, leder, personale,"))
    #expect(signIn.contains("nattevagt med adgangskoden demo1234."))
    #expect(signIn.contains("jeres database er stadig tom"))
    let demo = start.flow.demoLocation.path
    #expect(FileManager.default.fileExists(atPath: demo))
    #expect(mode(demo) == 0o600)
    #expect(try start.database.setup.isInitialized() == false, "the terminal's own database stays empty")

    start.type("personale")
    start.press(.enter)
    start.type(DemoHome.password)
    // Staff start on their handover list; Esc is the menu beneath it.
    start.press(.enter)
    #expect(start.screen().contains("Overlevering · Egehuset"))
    start.press(.escape, .char("1"), .enter)
    for (width, height) in [(80, 24), (60, 16)] {
      let record = start.screen(width: width, height: height)
      let title = String(record.split(separator: "\n")[0])
      #expect(title.contains("FIKTIV DEMO"), "\(width)×\(height): \(title)")
      #expect(record.contains("Seneste notater"))
    }
  }

  @Test func theDemoMadeBeforeIsOpenedAsItIs() throws {
    let made = try EmptyStart()
    try FileManager.default.copyItem(at: AppFixture.template.get(), to: made.flow.demoLocation)
    let before = try AppDatabase.open(at: made.flow.demoLocation, options: .init(passwordHashing: .fastForTesting))
    let residents = try before.residents.list(for: before.accounts.signIn(username: "leder", password: "demo1234"))
    made.shell.handle(.function(9))
    made.shell.runAfterFrame()
    #expect(made.screen().contains("FIKTIV DEMO"))
    let leader = try made.flow.database.accounts.signIn(username: "leder", password: "demo1234")
    #expect(try made.flow.database.residents.list(for: leader).count == residents.count)
  }

  @Test func aRealHomeInTheDemosFileIsNeverOpenedAsTheDemo() throws {
    let real = try EmptyStart()
    let path = real.folder.appendingPathComponent("demo.sqlite")
    let other = try AppDatabase.open(at: path, options: .init(passwordHashing: .fastForTesting))
    _ = try other.setup.initialize(
      homeName: "Bostedet Lærkereden",
      admin: NewAccount(username: "admin", displayName: "Åse Admin", role: .admin, unitIDs: [], password: "hemmelig1"))
    real.shell.handle(.function(9))
    real.shell.runAfterFrame()
    let screen = real.screen(width: 120, height: 30)
    #expect(screen.contains("indeholder et rigtigt bosted"))
    #expect(screen.contains("Velkommen til Tovholder"))
    #expect(!screen.contains("FIKTIV DEMO"))
  }
}

func mode(_ path: String) -> Int {
  ((try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? NSNumber)?.intValue ?? -1
}
